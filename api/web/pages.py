"""Rendering pages: one Jinja2 environment (autoescaped), the answers every page shares
(not found, refused, redirects), and the handlers for signing in and CSRF refusals."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.web.auth import SignInRequired, WebUser
from api.web.csrf import CsrfRefused
from api.web.reasons import VERDICT_TEXT
from screener.report.ranking import format_score
from screener.version import __version__

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(version=__version__, verdict_text=VERDICT_TEXT)
templates.env.filters["score"] = lambda value: "" if value is None else format_score(value)
NO_STORE = {"Cache-Control": "no-store"}


def render(
    request: Request,
    name: str,
    user: WebUser | None = None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    """The template ``name`` with ``context``, the user and their CSRF token; never cached
    (pages hold personal data)."""
    context.setdefault("csrf_token", user.csrf_token if user else "")
    response = templates.TemplateResponse(
        request, name, {"user": user, **context}, status_code=status_code, headers=NO_STORE
    )
    return response


def not_found(request: Request, user: WebUser | None, what: str = "page") -> HTMLResponse:
    """404: the same answer for another organisation's row as for one that does not exist."""
    return render(request, "error.html", user, 404, title="Not found", message=f"No such {what}.")


def see_other(path: str) -> RedirectResponse:
    """303 to ``path`` on this server (after a POST, so a reload does not post again)."""
    return RedirectResponse(path, status_code=303, headers=NO_STORE)


def local_path(value: str | None, default: str) -> str:
    """``value`` when it is a path on this server, else ``default`` (no open redirect)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return default
    return value


_NOT_PAGES = ("/v1", "/openapi.json", "/healthz", "/readyz", "/static/")


def is_page(path: str) -> bool:
    """True for the web application's paths (the API and its probes answer JSON)."""
    return not path.startswith(_NOT_PAGES)


async def _delegate(handler: Callable[..., Any], request: Request, error: Exception) -> Response:
    """The answer of another exception handler, sync or async."""
    answer = handler(request, error)
    if inspect.isawaitable(answer):
        answer = await answer
    assert isinstance(answer, Response)
    return answer


def install_handlers(app: FastAPI) -> None:
    """Answer a page without a session with a redirect to sign in, a refused CSRF with 403,
    and a page's bad query or unknown address with an HTML page (the API's own errors stay
    problem+JSON: ``api.problems.install`` runs first)."""
    api_invalid = app.exception_handlers[RequestValidationError]
    api_http_error = app.exception_handlers[StarletteHTTPException]

    @app.exception_handler(RequestValidationError)
    async def invalid_page(request: Request, error: Exception) -> Response:
        if not is_page(request.url.path):
            return await _delegate(api_invalid, request, error)
        message = (
            "The address or the form holds a value this page cannot use. Go back and try again."
        )
        return render(request, "error.html", None, 400, title="Not understood", message=message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error_page(request: Request, error: Exception) -> Response:
        status = getattr(error, "status_code", 500)
        if not is_page(request.url.path) or status not in (404, 405):
            return await _delegate(api_http_error, request, error)
        if status == 405:
            message = "This address does not take that kind of request."
            return render(request, "error.html", None, 405, title="Not allowed", message=message)
        return not_found(request, None)

    @app.exception_handler(SignInRequired)
    async def sign_in_first(_: Request, error: SignInRequired) -> Response:
        return see_other(f"/sign-in?next={quote(error.next_path, safe='/')}")

    @app.exception_handler(CsrfRefused)
    async def refused(request: Request, _: CsrfRefused) -> Response:
        message = (
            "This form has expired or did not come from this site, so nothing was changed. "
            "Go back, reload the page and try again."
        )
        return render(request, "error.html", None, 403, title="Form refused", message=message)
