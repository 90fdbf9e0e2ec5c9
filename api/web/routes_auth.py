"""Signing in and out, the home page, and blind mode (a preference of the session)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from api.db import users
from api.db.session import session_scope
from api.web import csrf
from api.web.auth import (
    SESSION_COOKIE,
    SESSION_HOURS,
    LoginThrottle,
    MaybeUser,
    clear_session_cookie,
    set_session_cookie,
)
from api.web.csrf import Protected
from api.web.pages import local_path, render, see_other
from api.web.passwords import hash_password, needs_rehash, verify_password

router = APIRouter(include_in_schema=False)
WRONG = "The e-mail address or the password is not right."


@router.get("/")
def home(user: MaybeUser) -> Response:
    """Signed in: the jobs; otherwise the sign-in form."""
    return see_other("/jobs" if user else "/sign-in")


@router.get("/sign-in")
def sign_in_form(request: Request, user: MaybeUser, next: str | None = None) -> Response:
    """The sign-in form (e-mail, password), with its double-submit CSRF token."""
    if user is not None:
        return see_other(local_path(next, "/jobs"))
    return _form(request, next, email="", error=None, status=200)


def _form(
    request: Request, next_path: str | None, *, email: str, error: str | None, status: int
) -> Response:
    token = csrf.login_token(request)
    response = render(
        request,
        "sign_in.html",
        None,
        status,
        title="Sign in",
        csrf_token=token,
        next=local_path(next_path, "/jobs"),
        email=email,
        error=error,
    )
    csrf.set_login_cookie(response, request, token)
    return response


def _check_password(
    factory: sessionmaker[Session], email: str, password: str, old_token: str
) -> str | None:
    """The token of a new session when ``password`` is right for ``email``, else None; a
    session this browser held before is ended (its cookie is replaced)."""
    with session_scope(factory) as session:
        user = users.user_by_email(session, email)
        if not verify_password(user.password_hash if user else None, password) or user is None:
            return None
        if needs_rehash(user.password_hash):
            users.set_password_hash(session, user, hash_password(password))
        users.purge_expired_sessions(session)
        if old_token:
            users.delete_session(session, old_token)
        token, _ = users.create_session(session, user, SESSION_HOURS)
        return token


@router.post("/sign-in")
async def sign_in(
    request: Request,
    email: Annotated[str, Form(max_length=320)] = "",
    password: Annotated[str, Form(max_length=2048)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/jobs",
) -> Response:
    """Check the password (argon2, in a thread); sign in and go on, or say what went wrong."""
    await csrf.check(request, request.cookies.get(csrf.LOGIN_COOKIE, ""))
    throttle: LoginThrottle = request.app.state.login_throttle
    address = users.normalise_email(email)
    client = (request.client.host if request.client else "?") or "?"
    wait = throttle.attempt(address, client)  # counted now, before the slow hash
    if wait:
        minutes = max(1, round(wait / 60))
        error = f"Too many attempts. Try again in about {minutes} minute(s)."
        response = _form(request, next, email=email, error=error, status=429)
        response.headers["Retry-After"] = str(wait)
        return response
    factory: sessionmaker[Session] = request.app.state.session_factory
    old = request.cookies.get(SESSION_COOKIE, "")
    token = await run_in_threadpool(_check_password, factory, address, password, old)
    if token is None:
        return _form(request, next, email=email, error=WRONG, status=401)
    throttle.succeeded(address, client)
    response = see_other(local_path(next, "/jobs"))
    set_session_cookie(response, request, token)
    response.delete_cookie(csrf.LOGIN_COOKIE, path="/")
    return response


def _forget(factory: sessionmaker[Session], token: str) -> None:
    with session_scope(factory) as session:
        users.delete_session(session, token)


@router.post("/sign-out")
async def sign_out(request: Request, user: Protected) -> Response:
    """End the session here and for every copy of its cookie."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    await run_in_threadpool(_forget, factory, request.cookies.get(SESSION_COOKIE, ""))
    response = see_other("/sign-in")
    clear_session_cookie(response, request)
    return response


def _set_blind(factory: sessionmaker[Session], session_id: str, blind: bool) -> None:
    with session_scope(factory) as session:
        users.set_blind(session, session_id, blind)


@router.post("/preferences/blind")
async def set_blind_mode(
    request: Request,
    user: Protected,
    blind: Annotated[str, Form(max_length=10)] = "off",
    next: Annotated[str, Form(max_length=2000)] = "/jobs",
) -> Response:
    """Blind mode on or off for this session: names and contact details hidden everywhere."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    await run_in_threadpool(_set_blind, factory, user.session_id, blind == "on")
    return see_other(local_path(next, "/jobs"))
