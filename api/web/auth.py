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
    """Sign-in attempts counted per e-mail address and per client address over a window;
    past the limit, attempts are refused (without checking the password) until it ends.

    An attempt is counted *before* its password is checked and uncounted when it was
    right, so concurrent guesses cannot all pass the check while the first is hashed (the
    check and the count run together on the event loop). Memory is bounded: past
    ``max_keys`` addresses, the expired ones go first, then the oldest that are not locked.
    """

    def __init__(
        self,
        per_email: int = 5,
        per_client: int = 20,
        window_s: float = 15 * 60,
        max_keys: int = 10_000,
    ) -> None:
        self.per_email, self.per_client, self.window_s = per_email, per_client, window_s
        self.max_keys = max_keys
        self._attempts: dict[str, list[float]] = {}

    def attempt(self, email: str, client: str) -> int:
        """Seconds until ``email`` from ``client`` may try again, nothing counted; or 0 and
        this attempt counted as failed until ``succeeded`` says otherwise."""
        now = time.monotonic()
        keys = self._keys(email, client)
        wait = max(self._wait(key, limit, now) for key, limit in keys)
        if wait:
            return wait
        if len(self._attempts) >= self.max_keys:
            self._evict(now)
        for key, _ in keys:
            self._attempts.setdefault(key, []).append(now)
        return 0

    def succeeded(self, email: str, client: str) -> None:
        """A right password: the address's attempts are forgotten and the client's last
        attempt uncounted."""
        self._attempts.pop(f"email:{email}", None)
        recent = self._attempts.get(f"client:{client}")
        if recent:
            recent.pop()
            if not recent:
                del self._attempts[f"client:{client}"]

    def retry_after(self, email: str, client: str) -> int:
        """Seconds until ``email`` from ``client`` may try again (0: it may now)."""
        now = time.monotonic()
        return max(self._wait(key, limit, now) for key, limit in self._keys(email, client))

    def _keys(self, email: str, client: str) -> list[tuple[str, int]]:
        return [(f"email:{email}", self.per_email), (f"client:{client}", self.per_client)]

    def _wait(self, key: str, limit: int, now: float) -> int:
        recent = [t for t in self._attempts.get(key, []) if now - t < self.window_s]
        if recent:
            self._attempts[key] = recent
        else:
            self._attempts.pop(key, None)
        if len(recent) < limit:
            return 0
        return max(1, round(self.window_s - (now - recent[-limit])))

    def _evict(self, now: float) -> None:
        """Forget expired addresses, then the oldest unlocked ones, down to half the cap;
        a locked address is dropped only when locked ones alone fill ten times the cap."""
        for key in [k for k, ts in self._attempts.items() if now - ts[-1] >= self.window_s]:
            del self._attempts[key]
        target = self.max_keys // 2
        if len(self._attempts) <= target:
            return
        limits = {"email": self.per_email, "client": self.per_client}

        def locked(key: str) -> bool:
            window = [t for t in self._attempts[key] if now - t < self.window_s]
            return len(window) >= limits[key.split(":", 1)[0]]

        by_age = sorted(self._attempts, key=lambda k: self._attempts[k][-1])
        for key in by_age:
            if len(self._attempts) <= target:
                return
            if not locked(key):
                del self._attempts[key]
        for key in by_age[: max(0, len(self._attempts) - 10 * self.max_keys)]:
            self._attempts.pop(key, None)
