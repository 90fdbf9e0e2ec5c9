"""One attempt over HTTP (``api.webhooks.sending``) into a real receiver on loopback, and
the retry schedule (``api.webhooks.delivery.backoff_s``)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from api.webhooks import sending
from api.webhooks.delivery import CAP_S, backoff_s
from api.webhooks.sending import Due, Outcome, attempt, new_client
from api.webhooks.signing import new_secret
from api.webhooks.ssrf import Target
from tests.api.webhook_receiver import Receiver, receiving

BODY = '{"type":"webhook.test","timestamp":"2026-12-10T00:00:00Z","data":{}}'


def _send(url: str, secret: str, *, allow_private: bool = True, timeout_s: float = 10) -> Outcome:
    async def run() -> Outcome:
        async with new_client(timeout_s) as client:
            due = Due("msg-1", "org", "endpoint", url, secret, BODY)
            return await attempt(client, due, allow_private=allow_private, timeout_s=timeout_s)

    return asyncio.run(run())


def _signed(receiver: Receiver) -> str:
    receiver.secret = new_secret()
    return receiver.secret


def test_an_attempt_is_signed_and_verified_by_the_receiver() -> None:
    with receiving() as receiver:
        outcome = _send(receiver.url, _signed(receiver))
        (got,) = receiver.received
    assert outcome.ok
    assert (outcome.status_code, outcome.error) == (200, None)
    assert got.verified
    assert got.body.decode() == BODY
    assert got.headers["webhook-id"] == "msg-1"
    assert got.headers["user-agent"].startswith("Screener-Webhooks/")


def test_the_connection_goes_to_the_address_that_was_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the check on, the host is resolved once and the request sent to that address
    with the name kept in ``Host`` (here a name that resolves nowhere, pinned to the
    receiver's address by a stand-in resolver)."""
    with receiving() as receiver:
        checked: list[Target] = []

        async def resolved(target: Target, timeout_s: float) -> str:
            checked.append(target)
            return "127.0.0.1"

        monkeypatch.setattr(sending, "checked_address", resolved)
        url = f"http://hooks.screener.invalid:{receiver.port}/hook"
        outcome = _send(url, _signed(receiver), allow_private=False)
        (got,) = receiver.received
    assert outcome.ok
    assert [t.host for t in checked] == ["hooks.screener.invalid"]
    assert got.headers["host"] == f"hooks.screener.invalid:{receiver.port}"
    assert got.verified


def test_a_redirect_is_a_failure_and_is_not_followed() -> None:
    with receiving(statuses=[302]) as receiver:
        outcome = _send(receiver.url, _signed(receiver))
        assert len(receiver.received) == 1
    assert not outcome.ok
    assert outcome.error == "answered 302 (redirects are not followed)"


def test_a_receiver_that_does_not_answer_times_out() -> None:
    with receiving() as receiver:
        receiver.hold = threading.Event()  # the receiver holds its answer until released
        outcome = _send(receiver.url, _signed(receiver), timeout_s=0.3)
        receiver.hold.set()
    assert (outcome.status_code, outcome.error) == (None, "timed out after 0.3 s")


def test_a_receiver_that_is_down_is_a_connection_error() -> None:
    with receiving() as receiver:
        url = receiver.url
    outcome = _send(url, new_secret())
    assert outcome.status_code is None
    assert outcome.error is not None
    assert outcome.error.startswith("ConnectError")


def test_the_retry_schedule_spans_about_a_day() -> None:
    nominal = [min(15 * 4 ** (n - 1), CAP_S) for n in range(1, 10)]  # waits of 10 attempts
    assert 20 * 3600 < sum(nominal) < 28 * 3600
    for n, wait in enumerate(nominal, start=1):
        for _ in range(50):
            assert wait * 0.75 <= backoff_s(n, 15) <= wait * 1.25
