"""A request id for every HTTP request, in the ``X-Request-ID`` response header and in
every warning or error the API logs while serving it.

A client's own ``X-Request-ID`` is kept when it is sane (1–128 characters of letters,
digits and ``._:+/=-``: a UUID, a trace id); anything else is replaced by a fresh UUID
(hex), so a header can never inject text into a log line. The id is in
``scope["state"]["request_id"]`` (``request.state.request_id``) and in a context variable
that :class:`RequestLog` reads: the middleware runs in the request's own task (one per
request under uvicorn), so the variable is never reset and the outermost error handler
still sees it. Log lines carry the id, the method and the path — never a body, a résumé
or SQL parameters.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import MutableMapping
from contextvars import ContextVar
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID_HEADER = "X-Request-ID"
_HEADER_KEY = REQUEST_ID_HEADER.lower().encode()
_SANE = re.compile(r"[A-Za-z0-9._:+/=-]{1,128}")
_current: ContextVar[str | None] = ContextVar("screener_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being served in this context, or None (e.g. the background
    loop)."""
    return _current.get()


def request_id_for(scope: Scope) -> str:
    """The request's sane incoming ``X-Request-ID``, or a new UUID (32 hex digits)."""
    for name, value in scope.get("headers") or []:
        if name == _HEADER_KEY:
            given: str = value.decode("latin-1").strip()
            if _SANE.fullmatch(given):
                return given
            break
    return uuid.uuid4().hex


class RequestId:
    """Give every HTTP request an id and return it in ``X-Request-ID``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_for(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        _current.set(request_id)  # this task's context only; see the module's docstring

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers") or [] if k != _HEADER_KEY]
                headers.append((_HEADER_KEY, request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_id)


class RequestLog(logging.LoggerAdapter[logging.Logger]):
    """A logger whose lines end with ``[request <id>]`` while a request is served (the id
    is also the record's ``request_id`` attribute, for formatters)."""

    def __init__(self, name: str) -> None:
        super().__init__(logging.getLogger(name), None)

    def process(
        self, msg: Any, kwargs: MutableMapping[str, Any]
    ) -> tuple[Any, MutableMapping[str, Any]]:
        """Append the request's id to the message and set ``request_id`` on the record."""
        request_id = current_request_id()
        if request_id is None:
            return msg, kwargs
        kwargs["extra"] = {**(kwargs.get("extra") or {}), "request_id": request_id}
        return f"{msg} [request {request_id}]", kwargs


class QueryDropped(logging.Filter):
    """Cut the query string from uvicorn's access lines: a search (``?q=``) may hold a
    candidate's name, and a name never goes to a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            path, question, _ = args[2].partition("?")
            if question:
                record.args = (*args[:2], f"{path}?…", *args[3:])
        return True


def drop_queries_from_access_log() -> None:
    """Install :class:`QueryDropped` on uvicorn's access logger (once)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, QueryDropped) for f in access.filters):
        access.addFilter(QueryDropped())
