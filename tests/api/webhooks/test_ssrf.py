"""Which webhook URLs may be called (``api.webhooks.ssrf``)."""

from __future__ import annotations

import pytest

from api.webhooks.ssrf import FORBIDDEN, INVALID, UrlRefused, blocked_reason, check_url, parse_url


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "a loopback address"),
        ("127.255.0.9", "a loopback address"),
        ("::1", "a loopback address"),
        ("10.1.2.3", "a private address"),
        ("172.16.0.1", "a private address"),
        ("192.168.1.1", "a private address"),
        ("fc00::1", "a private address"),
        ("169.254.169.254", "the cloud metadata address"),
        ("169.254.1.1", "a link-local address"),
        ("fe80::1%eth0", "a link-local address"),
        ("224.0.1.1", "a multicast address"),
        ("ff02::1", "a multicast address"),
        ("0.0.0.0", "a private address"),
        ("240.0.0.1", "a private address"),
        ("100.64.0.1", "a non-public address"),  # shared address space (carrier NAT)
        ("::ffff:127.0.0.1", "a loopback address"),  # IPv4-mapped
        ("::ffff:169.254.169.254", "the cloud metadata address"),
        ("2002:7f00:1::", "a loopback address"),  # 6to4 of 127.0.0.1
    ],
)
def test_non_public_addresses_are_refused(address: str, reason: str) -> None:
    assert blocked_reason(address) == reason


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert blocked_reason(address) is None


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ftp://example.org/hook", INVALID),
        ("file:///etc/passwd", INVALID),
        ("gopher://127.0.0.1:25/", INVALID),
        ("not a url", INVALID),
        ("http://", INVALID),
        ("https://user:secret@8.8.8.8/hook", INVALID),
        ("http://no-such-host.invalid/", INVALID),
        ("http://127.0.0.1:8080/hook", FORBIDDEN),
        ("http://localhost/hook", FORBIDDEN),
        ("http://[::1]:9000/", FORBIDDEN),
        ("http://2130706433/", FORBIDDEN),  # 127.0.0.1 written as a number
        ("http://0x7f.1/", FORBIDDEN),  # and in hex
        ("http://169.254.169.254/latest/meta-data/", FORBIDDEN),
    ],
)
def test_refused_urls_carry_a_stable_code(url: str, code: str) -> None:
    with pytest.raises(UrlRefused) as refused:
        check_url(url, allow_private=False)
    assert refused.value.code == code
    assert refused.value.detail


def test_the_setting_lifts_the_address_check_only() -> None:
    target = check_url("http://127.0.0.1:8080/hook", allow_private=True)
    assert (target.host, target.port) == ("127.0.0.1", 8080)
    with pytest.raises(UrlRefused):
        check_url("ftp://127.0.0.1/", allow_private=True)


def test_a_public_address_passes_without_any_request() -> None:
    target = check_url("https://8.8.8.8/hooks/screener?x=1", allow_private=False)
    assert (target.host, target.port, str(target.url)) == (
        "8.8.8.8",
        443,
        "https://8.8.8.8/hooks/screener?x=1",
    )


def test_an_international_name_is_looked_up_in_its_ascii_form() -> None:
    assert parse_url("https://bücher.example/hook").host == "xn--bcher-kva.example"


def test_the_setting_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from api.settings import ApiSettings

    assert ApiSettings().webhooks_allow_private_networks is False
    monkeypatch.setenv("SCREENER_WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true")
    assert ApiSettings().webhooks_allow_private_networks is True
