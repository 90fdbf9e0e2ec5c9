"""Which webhook URLs may be called: http or https, to public addresses only.

A URL is checked when an endpoint is created or changed (422 with a stable code) and
again before every attempt: a host's DNS answer can change after it was registered (DNS
rebinding), so each attempt resolves the host, checks every address it gets and connects
to the address it checked (``api.webhooks.sending``). Refused: loopback, private
(RFC 1918, unique-local), link-local (the cloud metadata address 169.254.169.254 among
them), multicast, reserved, unspecified and every other non-global range (shared
100.64/10, documentation, benchmarking), also when written as an IPv4-mapped, 6to4 or
Teredo IPv6 address or as a decimal/hex number (the resolver reads those, then the
address is checked). ``webhooks_allow_private_networks`` lifts the address check for
development and tests; the scheme and credentials checks stay.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass

import httpx

INVALID = "invalid_webhook_url"
FORBIDDEN = "webhook_url_forbidden"
METADATA = ipaddress.ip_address("169.254.169.254")
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class UrlRefused(Exception):
    """A webhook URL that may not be called; ``code`` is stable, ``detail`` says why."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Target:
    """A parsed webhook URL: its host (ASCII, IDNA-encoded) and port."""

    url: httpx.URL
    host: str
    port: int


def parse_url(url: str) -> Target:
    """``url`` if it is an absolute http(s) URL with a host and no credentials."""
    try:
        parsed = httpx.URL(url)
        host = parsed.raw_host.decode("ascii")
    except (httpx.InvalidURL, UnicodeError, ValueError, TypeError) as error:
        raise UrlRefused(INVALID, "The webhook URL is not a valid URL.") from error
    if parsed.scheme not in ("http", "https"):
        raise UrlRefused(INVALID, "A webhook URL must start with http:// or https://.")
    if not host:
        raise UrlRefused(INVALID, "A webhook URL must name a host.")
    if parsed.userinfo:
        raise UrlRefused(
            INVALID, "A webhook URL may not hold credentials: verify the signature instead."
        )
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return Target(parsed, host, port)


def _embedded(ip: Address) -> Address:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo), else ``ip``."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip.sixtofour is not None:
            return ip.sixtofour
        if ip.teredo is not None:
            return ip.teredo[1]
    return ip


def blocked_reason(address: str) -> str | None:
    """Why ``address`` may not be called ("a loopback address", ...), or None."""
    ip = _embedded(ipaddress.ip_address(address.split("%", 1)[0]))
    if ip == METADATA:
        return "the cloud metadata address"
    kinds = (
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_private, "a private address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_unspecified, "an unspecified address"),
        (not ip.is_global, "a non-public address"),
    )
    return next((reason for blocked, reason in kinds if blocked), None)


def check_addresses(host: str, addresses: list[str]) -> None:
    """Refuse (``webhook_url_forbidden``) when any address of ``host`` is not public."""
    for address in addresses:
        reason = blocked_reason(address)
        if reason is not None:
            raise UrlRefused(FORBIDDEN, f"The webhook host {host} resolves to {reason}.")


def _addresses(infos: list[tuple[object, ...]]) -> list[str]:
    found: list[str] = []
    for info in infos:
        address = str(info[4][0])  # type: ignore[index]
        if address not in found:
            found.append(address)
    return found


def resolve(target: Target) -> list[str]:
    """Every address ``target``'s host resolves to (``invalid_webhook_url`` if none)."""
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as error:
        raise UrlRefused(INVALID, f"The webhook host {target.host} does not resolve.") from error
    return _addresses(list(infos))


def check_url(url: str, *, allow_private: bool) -> Target:
    """``url`` parsed, its host resolved and every address checked (unless
    ``allow_private``); raises ``UrlRefused`` with a stable code."""
    target = parse_url(url)
    if not allow_private:
        check_addresses(target.host, resolve(target))
    return target


async def checked_address(target: Target, timeout_s: float) -> str:
    """Resolve ``target`` without blocking the event loop, check every address and give
    the one to connect to (so the connection goes where the check looked)."""
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM), timeout_s
        )
    except (OSError, UnicodeError, ValueError, TimeoutError) as error:
        raise UrlRefused(INVALID, f"The webhook host {target.host} does not resolve.") from error
    addresses = _addresses(list(infos))
    if not addresses:
        raise UrlRefused(INVALID, f"The webhook host {target.host} does not resolve.")
    check_addresses(target.host, addresses)
    return addresses[0]
