"""Errors as RFC 9457 ``application/problem+json``, carrying ``screener.errors`` codes."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from screener.errors import ScreenerError

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("screener.api")

_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    404: "Not found",
    409: "Conflict",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    500: "Internal server error",
}
_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_format",
    422: "invalid_request",
    500: "internal_error",
}


class BodyTooLarge(Exception):
    """Raised while a request body streams in, once it passes the size limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"body over {limit} bytes")
        self.limit = limit


def problem(status: int, code: str, detail: str, **extra: Any) -> JSONResponse:
    """A problem+json response."""
    body = {
        "type": f"https://screener.example.org/problems/{code}",
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "code": code,
        "detail": detail,
        **extra,
    }
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


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
    async def crash(_: Request, error: Exception) -> JSONResponse:
        log.exception("unhandled error (%s)", type(error).__name__)
        return problem(500, "internal_error", "The server could not complete the request.")
