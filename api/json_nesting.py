"""JSON bodies nested too deeply are refused before they are parsed.

``json.loads`` recurses once per level: 150,000 nested objects in a 750 KB body (under
the 1 MiB cap) ended in a ``RecursionError`` inside FastAPI's body parsing. The routes of
a router built with ``route_class=NestingLimitedRoute`` count the brackets of a JSON body
first (linear, no recursion; in a thread for a large body) and answer 422
``invalid_request`` past ``MAX_BODY_NESTING`` levels. A rule set inside a body has its
own, lower limit (``screener.requirements.reading.MAX_DEPTH``: 422 ``invalid_rules``).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import HTTPException, Request, Response
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from screener.requirements.reading import json_nesting

MAX_BODY_NESTING = 64
_SCAN_ON_LOOP = 64 * 1024  # bytes of body counted on the event loop; more, in a thread


class NestingLimitedRoute(APIRoute):
    """An ``APIRoute`` whose JSON bodies may nest at most ``MAX_BODY_NESTING`` levels."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def checked(request: Request) -> Response:
            media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            json_body = media_type.endswith("json") or not media_type  # none: read as JSON
            if request.method in ("POST", "PUT", "PATCH") and json_body:
                body = await request.body()  # kept by the request: FastAPI parses this copy
                text = body.decode("utf-8", errors="replace")
                if len(body) <= _SCAN_ON_LOOP:
                    depth = json_nesting(text)
                else:
                    depth = await run_in_threadpool(json_nesting, text)
                if depth > MAX_BODY_NESTING:
                    detail = f"The JSON body is nested deeper than {MAX_BODY_NESTING} levels."
                    raise HTTPException(422, detail)
            return await handler(request)

        return checked
