"""The session before the body: a form posted to the web application without a live
session is sent to the sign-in page with its body unread.

FastAPI reads a form before it runs the ``Protected`` dependency, so without this layer an
outsider could make the server spool a large upload (or parse a large rule file) before
being refused. Like ``api.gate.KeyGate`` for API keys, this pure ASGI middleware looks the
session cookie up (in a thread) on the headers alone. The sign-in form itself is exempt:
it has no session yet and its body is small (the body cap of ``api.body_limit``).
"""

from __future__ import annotations

from http.cookies import CookieError, SimpleCookie

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from api.db.busy import BUSY_DETAIL, database_busy
from api.problems import send_problem
from api.routes_table import needs_key
from api.web.auth import SESSION_COOKIE, lookup_user

_OPEN = frozenset({"/sign-in"})  # posted without a session
_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def session_token(scope: Scope) -> str | None:
    """The session cookie's value in the request's headers, or None."""
    for name, value in scope.get("headers") or []:
        if name != b"cookie":
            continue
        try:
            jar = SimpleCookie(value.decode("latin-1"))
        except CookieError:
            continue
        if SESSION_COOKIE in jar:
            return jar[SESSION_COOKIE].value or None
    return None


def guarded(method: str, path: str) -> bool:
    """True for the web application's writes that need a session (not ``/v1``, not sign-in)."""
    return method in _WRITES and not needs_key(path) and path.rstrip("/") not in _OPEN


class SessionGate:
    """Refuse a web form without a live session before reading its body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not guarded(scope["method"], scope["path"]):
            await self.app(scope, receive, send)
            return
        factory: sessionmaker[Session] = scope["app"].state.session_factory
        try:
            user = await run_in_threadpool(lookup_user, factory, session_token(scope))
        except Exception as error:
            if not database_busy(error):
                raise
            retry = {"Retry-After": str(scope["app"].state.settings.retry_after_s)}
            await send_problem(send, 503, "busy", BUSY_DETAIL, headers=retry)
            return
        if user is None:
            await _see_sign_in(send)
            return
        await self.app(scope, receive, send)


async def _see_sign_in(send: Send) -> None:
    """303 to the sign-in form, closing the connection (the body stays unread)."""
    await send(
        {
            "type": "http.response.start",
            "status": 303,
            "headers": [
                (b"location", b"/sign-in?next=/jobs"),
                (b"content-length", b"0"),
                (b"connection", b"close"),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": b""})
