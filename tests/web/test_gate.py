"""The session before the body: a web form posted without a live session is sent to sign
in with its body never read; with one, it goes on to its page."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fastapi import FastAPI

from api.web.auth import SESSION_COOKIE
from api.web.gate import guarded, session_token
from tests.web.conftest import Web

HUNDRED_MIB = 104_857_600


def _post(
    app: FastAPI, path: str, cookie: str | None, length: int = HUNDRED_MIB
) -> tuple[int, dict[str, str], bool]:
    """POST ``path`` straight into the ASGI app: status, headers, and whether the body was
    asked for (the request announces ``length`` bytes of multipart, sends an empty form)."""
    headers = [
        (b"content-type", b"multipart/form-data; boundary=b"),
        (b"content-length", str(length).encode()),
    ]
    if cookie is not None:
        headers.append((b"cookie", cookie.encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "app": app,
    }
    read = False
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal read
        read = True
        return {"type": "http.request", "body": b"--b--\r\n", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    asyncio.run(app(scope, receive, send))
    start = messages[0]
    return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, read


@pytest.mark.parametrize("path", ["/jobs/job-1/upload", "/jobs", "/jobs/job-1/rules"])
@pytest.mark.parametrize("cookie", [None, f"{SESSION_COOKIE}=not-a-session", "other=1"])
def test_a_form_without_a_session_is_refused_unread(
    web: Web, path: str, cookie: str | None
) -> None:
    status, headers, read = _post(web.app, path, cookie)
    assert status == 303
    assert headers["location"].startswith("/sign-in")
    assert headers["connection"] == "close"
    assert not read


def test_a_form_with_a_live_session_is_read(web: Web, org: str) -> None:
    web.user(org, f"gate@{org}.example")
    client, _ = web.signed_in(f"gate@{org}.example")
    token = client.cookies.get(SESSION_COOKIE)
    status, _, read = _post(web.app, "/jobs", f"{SESSION_COOKIE}={token}", length=7)
    assert read  # the form was read; its missing CSRF token is refused next
    assert status == 403


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("POST", "/jobs/x/upload", True),
        ("POST", "/sign-out", True),
        ("POST", "/sign-in", False),
        ("POST", "/v1/jobs", False),  # the key gate's
        ("GET", "/jobs", False),
    ],
)
def test_which_requests_need_a_session_first(method: str, path: str, expected: bool) -> None:
    assert guarded(method, path) is expected


def test_the_session_cookie_is_found_among_others() -> None:
    scope = {"headers": [(b"cookie", f"a=1; {SESSION_COOKIE}=tok-123; b=2".encode())]}
    assert session_token(scope) == "tok-123"
    assert session_token({"headers": [(b"cookie", b"a=1")]}) is None
