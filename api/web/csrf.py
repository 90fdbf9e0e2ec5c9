"""CSRF protection: every form carries a ``csrf_token`` field; a POST without the right one
is refused with 403 before it changes anything.

Signed-in forms carry their session's token (a synchroniser token kept server-side in
``web_sessions``); the sign-in form, before there is a session, carries a double-submit
token that must equal the HttpOnly ``screener_csrf`` cookie. A POST whose ``Origin``
header names another site is refused too (SameSite=Lax already keeps the session cookie
off cross-site POSTs; these are the belt and braces).
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import Response

from api.web.auth import SignedIn, WebUser

FIELD = "csrf_token"
LOGIN_COOKIE = "screener_csrf"


class CsrfRefused(Exception):
    """The form's CSRF token is missing or wrong, or it came from another site."""


def same_origin(request: Request) -> bool:
    """False when the request's ``Origin`` names a site other than this server."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":  # "null": Referrer-Policy no-referrer hides it
        return True
    here = f"{request.url.scheme}://{request.headers.get('host', request.url.netloc)}"
    return origin.rstrip("/") == here


async def submitted_token(request: Request) -> str:
    """The ``csrf_token`` field of the request's form ("" when there is none)."""
    form = await request.form()  # cached: FastAPI's own form parameters read the same one
    value = form.get(FIELD)
    return value if isinstance(value, str) else ""


async def check(request: Request, expected: str) -> None:
    """Raise ``CsrfRefused`` unless the form's token equals ``expected`` (and same origin)."""
    token = await submitted_token(request)
    if not expected or not token or not same_origin(request):
        raise CsrfRefused
    if not hmac.compare_digest(token.encode(), expected.encode()):
        raise CsrfRefused


async def csrf_protected(request: Request, user: SignedIn) -> WebUser:
    """The signed-in user of a POST whose form carries their session's CSRF token."""
    await check(request, user.csrf_token)
    return user


Protected = Annotated[WebUser, Depends(csrf_protected)]


def login_token(request: Request) -> str:
    """The sign-in form's token: the browser's ``screener_csrf`` cookie, or a new one."""
    current = request.cookies.get(LOGIN_COOKIE, "")
    return current if 20 <= len(current) <= 100 else secrets.token_urlsafe(32)


def set_login_cookie(response: Response, request: Request, token: str) -> None:
    """Keep the sign-in form's token in its HttpOnly cookie."""
    response.set_cookie(
        LOGIN_COOKIE,
        token,
        path="/",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
