"""The key before the body: authenticate ``/v1`` requests on their headers, then admit the
ones that need the parse workers — all before the application reads a byte of the body.

FastAPI reads a form or JSON body before it runs dependencies, so a dependency cannot
refuse a request without reading it first; this pure ASGI middleware can. A request
without a valid ``Authorization: Bearer`` key is answered 401 and its connection closed
with the body unread, as is one whose key is revoked or expired (401) or whose scope does
not cover the request (403 ``insufficient_scope``: ``api.routes_table.required_scope``).
The key is looked up in a thread (never blocking the event loop);
the organisation's id is left in ``scope["state"]["org_id"]`` for ``api.deps.current_org``.
A busy database during the look-up is 503 ``busy``; a client sending many wrong keys is
slowed with 429.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.db.busy import BUSY_DETAIL, database_busy
from api.db.keys import SCOPES
from api.problems import Busy, send_problem
from api.request_id import RequestLog
from api.routes_table import needs_key, required_scope, uses_workers

log = RequestLog("screener.api")
MISSING = "An API key is required: Authorization: Bearer <key>."
INVALID = "The API key is not valid."
BAD_KEYS_PER_MINUTE = 30  # wrong keys one client may send before it is slowed (429)


def bearer_key(scope: Scope) -> str | None:
    """The key of an ``Authorization: Bearer <key>`` header, or None."""
    for name, value in scope.get("headers") or []:
        if name == b"authorization":
            scheme, _, key = value.decode("latin-1").strip().partition(" ")
            key = key.strip()
            return key if scheme.lower() == "bearer" and key else None
    return None


def _org_for_key(factory: Callable[[], Any], key: str) -> tuple[str, str] | None:
    """The organisation's id and the scope of a live ``key``, or None; its
    ``last_used_at`` is kept up to date on the way (best effort: a failed write is no
    reason to refuse the request)."""
    from sqlalchemy.exc import SQLAlchemyError

    from api.db.keys import live_key, touch_key

    with factory() as session:
        row = live_key(session, key)
        if row is None:
            return None
        found = (str(row.org_id), str(row.scope))
        try:
            if touch_key(session, row):
                session.commit()
        except SQLAlchemyError as error:
            session.rollback()
            log.warning("could not record a key's use (%s)", type(error).__name__)
        return found


def _with_headers(send: Send, headers: dict[str, str]) -> Send:
    """``send`` adding ``headers`` to the response's start."""
    if not headers:
        return send
    raw = [(name.lower().encode(), value.encode()) for name, value in headers.items()]

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *raw]}
        await send(message)

    return sending


class KeyGate:
    """Authenticate and admit ``/v1`` requests before the application runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._bad_keys: dict[str, tuple[float, int]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not needs_key(scope["path"]):
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        client = (scope.get("client") or ("?", 0))[0]
        key = bearer_key(scope)
        if key is None:
            await send_problem(send, 401, "unauthorized", MISSING)
            return
        try:
            found = await run_in_threadpool(_org_for_key, state.session_factory, key)
        except Exception as error:
            if not database_busy(error):
                raise
            log.warning("database busy (%s) checking a key: answered 503", type(error).__name__)
            retry = {"Retry-After": str(state.settings.retry_after_s)}
            await send_problem(send, 503, "busy", BUSY_DETAIL, headers=retry)
            return
        if found is None:
            await self._refuse_key(send, client)
            return
        org, scope_of_key = found
        needed = required_scope(scope["method"], scope["path"])
        if SCOPES.index(scope_of_key) < SCOPES.index(needed):
            detail = f"This API key's scope is {scope_of_key!r}; this request needs {needed!r}."
            await send_problem(send, 403, "insufficient_scope", detail)
            return
        allowed, limit_headers = state.rate_limit.hit(key)
        if not allowed:
            detail = "This API key made too many requests; retry after the time given."
            await send_problem(send, 429, "rate_limited", detail, headers=limit_headers)
            return
        send = _with_headers(send, limit_headers)
        scope.setdefault("state", {})["org_id"] = org
        if not uses_workers(scope["method"], scope["path"]):
            await self.app(scope, receive, send)
            return
        try:
            state.admission.enter(org)
        except Busy as busy:
            headers = {"Retry-After": str(busy.retry_after_s)}
            await send_problem(send, busy.status, "busy", busy.detail, headers=headers)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            state.admission.leave(org)

    async def _refuse_key(self, send: Send, client: str) -> None:
        """401, or 429 once ``client`` sent too many wrong keys this minute (a valid key
        from the same address, e.g. behind a proxy, is never refused for it)."""
        now = time.monotonic()
        started, count = self._bad_keys.get(client, (now, 0))
        if now - started >= 60:
            started, count = now, 0
        if len(self._bad_keys) > 10_000:  # bounded memory: forget every client
            self._bad_keys.clear()
        self._bad_keys[client] = (started, count + 1)
        if count + 1 > BAD_KEYS_PER_MINUTE:
            retry = {"Retry-After": str(max(1, round(60 - (now - started))))}
            detail = "Too many invalid API keys; retry later."
            await send_problem(send, 429, "too_many_attempts", detail, headers=retry)
            return
        await send_problem(send, 401, "unauthorized", INVALID)
