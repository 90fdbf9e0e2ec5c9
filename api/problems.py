"""Errors as RFC 9457 ``application/problem+json``, carrying ``screener.errors`` codes."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Send

from api.db.busy import BUSY_DETAIL, database_busy
from api.request_id import REQUEST_ID_HEADER, RequestLog
from screener.errors import ScreenerError

PROBLEM_JSON = "application/problem+json"
log = RequestLog("screener.api")

_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    409: "Conflict",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}
_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "insufficient_scope",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_format",
    422: "invalid_request",
    429: "busy",
    500: "internal_error",
    503: "busy",
}


class BodyTooLarge(Exception):
    """Raised while a request body streams in, once it passes the size limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"body over {limit} bytes")
        self.limit = limit


class Busy(Exception):
    """The server (its admission queue, or the database) cannot take the request now: 503
    (or 429 when it is the organisation's own share that is full), with ``Retry-After``."""

    def __init__(self, detail: str, retry_after_s: int = 1, status: int = 503) -> None:
        super().__init__(detail)
        self.detail = detail
        self.retry_after_s = retry_after_s
        self.status = status


def problem_body(status: int, code: str, detail: str, **extra: Any) -> dict[str, Any]:
    """The body of a problem document."""
    return {
        "type": f"https://screener.example.org/problems/{code}",
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "code": code,
        "detail": detail,
        **extra,
    }


def problem(
    status: int, code: str, detail: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    """A problem+json response."""
    body = problem_body(status, code, detail, **extra)
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def busy_problem(error: Busy) -> JSONResponse:
    """503/429 ``busy`` with ``Retry-After``."""
    headers = {"Retry-After": str(error.retry_after_s)}
    return problem(error.status, "busy", error.detail, headers=headers)


async def send_problem(
    send: Send,
    status: int,
    code: str,
    detail: str,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> None:
    """Answer a problem from ASGI middleware, closing the connection (its body may be
    unread)."""
    payload = json.dumps(problem_body(status, code, detail, **extra)).encode()
    raw = [
        (b"content-type", PROBLEM_JSON.encode()),
        (b"content-length", str(len(payload)).encode()),
        (b"connection", b"close"),
    ]
    if status == 401:
        raw.append((b"www-authenticate", b"Bearer"))
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})


def install(app: FastAPI) -> None:
    """Route every error through ``problem``."""

    @app.exception_handler(ScreenerError)
    async def screener_error(_: Request, error: ScreenerError) -> JSONResponse:
        extra = {k: v for k, v in error.details.items() if k not in ("file",)}
        return problem(error.http_status, error.code, error.message, **extra)

    @app.exception_handler(BodyTooLarge)
    async def too_large(_: Request, error: BodyTooLarge) -> JSONResponse:
        detail = f"The request body is larger than {error.limit:,} bytes."
        return problem(413, "too_large", detail, limit=error.limit)

    @app.exception_handler(Busy)
    async def busy(_: Request, error: Busy) -> JSONResponse:
        return busy_problem(error)

    @app.exception_handler(PoolTimeout)
    @app.exception_handler(OperationalError)
    async def database(request: Request, error: Exception) -> JSONResponse:
        if not database_busy(error):
            return await crash(request, error)
        log.warning("database busy (%s) on %s %s: answered 503",
                    type(getattr(error, "orig", error)).__name__, request.method,
                    request.url.path)  # fmt: skip
        retry = request.app.state.settings.retry_after_s
        return busy_problem(Busy(BUSY_DETAIL, retry))

    @app.exception_handler(RecursionError)
    async def too_deep(_: Request, error: RecursionError) -> JSONResponse:
        return problem(422, "invalid_request", "The request is nested too deeply.")

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        errors = [{"path": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")}
                  for e in error.errors()]  # fmt: skip
        return problem(422, "invalid_request", "The request is not valid.", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, error: StarletteHTTPException) -> JSONResponse:
        code = _CODES.get(error.status_code, "error")
        return problem(error.status_code, code, str(error.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, error: Exception) -> JSONResponse:
        log.exception("unhandled error (%s) on %s %s: answered 500", type(error).__name__,
                      request.method, request.url.path)  # fmt: skip
        # Starlette answers this one outside every middleware: the id is set here.
        request_id = getattr(request.state, "request_id", None)
        headers = {REQUEST_ID_HEADER: request_id} if request_id else None
        detail = "The server could not complete the request."
        return problem(500, "internal_error", detail, headers=headers)
