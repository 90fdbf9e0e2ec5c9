"""Who is signed in: the session cookie, the ``SignedIn`` dependency, and the sign-in throttle.

The cookie (``screener_session``) is HttpOnly, SameSite=Lax, ``Secure`` over HTTPS, and
holds a random token whose SHA-256 finds a row of ``web_sessions`` (``api.db.users``).
Every page reads the organisation from that row, so a user sees only their organisation's
data, exactly as an API key does.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session, sessionmaker

from api.db.session import session_scope
from api.db.users import session_for_token

SESSION_COOKIE = "screener_session"
SESSION_HOURS = 12.0


@dataclass(frozen=True)
class WebUser:
    """The signed-in person of a request, with their session's CSRF token and blind mode."""

    session_id: str
    user_id: str
    email: str
    org_id: str
    org_name: str
    csrf_token: str
    blind: bool


class SignInRequired(Exception):
    """No live session: the page answers with a redirect to the sign-in form."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def lookup_user(factory: sessionmaker[Session], token: str | None) -> WebUser | None:
    """The signed-in user of a session cookie, or None."""
    if not token:
        return None
    with session_scope(factory) as session:
        found = session_for_token(session, token)
        if found is None:
            return None
        row, user, org = found
        return WebUser(row.id, user.id, user.email, org.id, org.name, row.csrf_token, row.blind)


def optional_user(request: Request) -> WebUser | None:
    """The signed-in user, or None (a sync dependency: FastAPI runs it in a thread)."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    return lookup_user(factory, request.cookies.get(SESSION_COOKIE))


def signed_in(user: Annotated[WebUser | None, Depends(optional_user)], request: Request) -> WebUser:
    """The signed-in user; otherwise the page redirects to the sign-in form."""
    if user is None:
        path = request.url.path
        raise SignInRequired(path if request.method == "GET" else "/jobs")
    return user


SignedIn = Annotated[WebUser, Depends(signed_in)]
MaybeUser = Annotated[WebUser | None, Depends(optional_user)]


def set_session_cookie(response: Response, request: Request, token: str) -> None:
    """Put the session token in its cookie (HttpOnly, SameSite=Lax, Secure over HTTPS)."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_HOURS * 3600),
        path="/",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )


def clear_session_cookie(response: Response, request: Request) -> None:
    """Remove the session cookie from the browser."""
    response.delete_cookie(
        SESSION_COOKIE,
        path="/",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )


class LoginThrottle:
    """Failed sign-ins counted per e-mail address and per client address over a window;
    past the limit, attempts are refused (without checking the password) until it ends."""

    def __init__(self, per_email: int = 5, per_client: int = 20, window_s: float = 15 * 60) -> None:
        self.per_email, self.per_client, self.window_s = per_email, per_client, window_s
        self._failures: dict[str, list[float]] = {}

    def retry_after(self, email: str, client: str) -> int:
        """Seconds until ``email`` from ``client`` may try again (0: it may now)."""
        now = time.monotonic()
        waits = [
            self._wait(f"email:{email}", self.per_email, now),
            self._wait(f"client:{client}", self.per_client, now),
        ]
        return max(waits)

    def failed(self, email: str, client: str) -> None:
        """Count one failed attempt."""
        now = time.monotonic()
        if len(self._failures) > 10_000:  # bounded memory: forget the oldest half
            for key in list(self._failures)[:5_000]:
                del self._failures[key]
        for key in (f"email:{email}", f"client:{client}"):
            self._failures.setdefault(key, []).append(now)

    def succeeded(self, email: str) -> None:
        """A correct password clears the address's failures."""
        self._failures.pop(f"email:{email}", None)

    def _wait(self, key: str, limit: int, now: float) -> int:
        recent = [t for t in self._failures.get(key, []) if now - t < self.window_s]
        if recent:
            self._failures[key] = recent
        else:
            self._failures.pop(key, None)
        if len(recent) < limit:
            return 0
        return max(1, round(self.window_s - (now - recent[-limit])))
