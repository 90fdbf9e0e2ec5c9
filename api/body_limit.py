"""Refuse request bodies over a size while they stream in, not by trusting Content-Length.

A pure ASGI middleware: each route has its own cap (``limit_for``: a JSON route takes
``max_json_bytes``, an upload route files × the per-file limit); a declared
``Content-Length`` over it is answered 413 at once; otherwise the bytes actually received
are counted and the request is cut off with 413 as soon as they pass the cap, before any
of it is parsed or written to disk.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import BodyTooLarge, send_problem


class BodyLimit:
    """Cap every HTTP request body at ``limit_for(method, path)`` bytes."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str, str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["method"], scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _too_large(send, limit)
            return
        received = 0
        exceeded = started = False

        async def counting_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise BodyTooLarge(limit)
            return message

        async def guarded_send(message: Message) -> None:
            # Body parsers may turn the exception into a 400 of their own: a request cut
            # off for its size is answered 413 whatever the application made of it.
            nonlocal started
            if exceeded:
                if not started and message["type"] == "http.response.start":
                    started = True
                    await _too_large(send, limit)
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except BodyTooLarge:
            if not started:
                await _too_large(send, limit)


async def _too_large(send: Send, limit: int) -> None:
    detail = f"The request body is larger than {limit:,} bytes."
    await send_problem(send, 413, "too_large", detail, limit=limit)
