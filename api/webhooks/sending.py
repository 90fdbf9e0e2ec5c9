"""One attempt at sending a delivery over HTTP (httpx), with no database session held.

Before each attempt the URL is checked again (``api.webhooks.ssrf``): the host is
resolved, every address checked, and the request goes to the address that was checked
(``Host`` and TLS SNI keep the name, so the certificate is verified for it) — a DNS
answer that changes between the check and the connection cannot redirect it. A refused
URL fails the attempt with its reason and no request is made. Redirects are not followed
(a 3xx is a failure), proxies from the environment are not used, connections are not
kept alive (each attempt connects afresh), the whole attempt is bounded by
``webhooks_timeout_s`` and the answer's body is never read.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import datetime

import httpx

from api.db.models import utcnow
from api.webhooks.signing import signed_headers
from api.webhooks.ssrf import Target, UrlRefused, checked_address, parse_url
from screener.version import __version__

USER_AGENT = f"Screener-Webhooks/{__version__}"
MAX_ERROR = 500


@dataclass(frozen=True)
class Due:
    """What one attempt needs, read from the outbox in a short session."""

    delivery_id: str
    org_id: str
    endpoint_id: str
    url: str
    secret: str
    payload: str


@dataclass(frozen=True)
class Outcome:
    """How an attempt went: the answer's status code, or the error that stopped it."""

    attempted_at: datetime
    status_code: int | None
    error: str | None
    duration_ms: int

    @property
    def ok(self) -> bool:
        """True for a 2xx answer."""
        return self.status_code is not None and 200 <= self.status_code < 300


def new_client(timeout_s: float) -> httpx.AsyncClient:
    """The client every attempt goes through."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout_s),
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
        headers={"User-Agent": USER_AGENT},
    )


async def _request(
    client: httpx.AsyncClient, target: Target, due: Due, allow_private: bool, timeout_s: float
) -> httpx.Request:
    headers = {"Content-Type": "application/json"}
    url, extensions = target.url, {}
    if not allow_private:
        address = await checked_address(target, timeout_s)
        url = target.url.copy_with(host=address)
        headers["Host"] = target.url.netloc.decode("ascii")
        if target.url.scheme == "https":
            extensions["sni_hostname"] = target.host
    headers |= signed_headers(due.secret, due.delivery_id, due.payload, utcnow())
    return client.build_request(
        "POST", url, content=due.payload.encode("utf-8"), headers=headers, extensions=extensions
    )


def _failure(code: int) -> str | None:
    if 200 <= code < 300:
        return None
    if 300 <= code < 400:
        return f"answered {code} (redirects are not followed)"
    return f"answered {code}"


async def attempt(
    client: httpx.AsyncClient, due: Due, *, allow_private: bool, timeout_s: float
) -> Outcome:
    """Send ``due`` once; every failure (refused URL, DNS, connection, timeout, non-2xx
    answer) is an ``Outcome`` with its error, never an exception."""
    started, at = time.monotonic(), utcnow()
    code: int | None = None
    error: str | None
    try:
        async with asyncio.timeout(timeout_s):
            request = await _request(client, parse_url(due.url), due, allow_private, timeout_s)
            response = await client.send(request, stream=True)
            await response.aclose()  # the body is not read
        code = response.status_code
        error = _failure(code)
    except UrlRefused as refused:
        error = f"refused before sending ({refused.code}): {refused.detail}"
    except (TimeoutError, httpx.TimeoutException):
        error = f"timed out after {timeout_s:g} s"
    except httpx.HTTPError as failed:
        error = f"{type(failed).__name__}: {failed}" if str(failed) else type(failed).__name__
    elapsed = round((time.monotonic() - started) * 1000)
    return Outcome(at, code, error[:MAX_ERROR] if error else None, elapsed)
