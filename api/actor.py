"""Who is acting in this request, for the decision log: a context variable.

``ActorContext`` (a pure ASGI middleware) records the SHA-256 of the request's Bearer key;
the web application's handlers name their signed-in user with ``acting_as``. The
variable follows the request into the threads and tasks it starts (``run_in_threadpool``
and ``asyncio`` copy the context), so a screening stored deep in ``api.background`` is
logged under the key that uploaded it. Work started by no request (the background loop,
retention) is ``system``. Only the key's hash is held, never the key; the log names the
key by its id (``api.db.decision_log.actor_name``).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from api.db.keys import hash_key


@dataclass(frozen=True)
class Actor:
    """A key (by the SHA-256 of its text), a web user (by id), or the system."""

    key_hash: str | None = None
    user_id: str | None = None


SYSTEM = Actor()
_current: ContextVar[Actor] = ContextVar("screener_actor", default=SYSTEM)


def current_actor() -> Actor:
    """The actor of the running request (``SYSTEM`` outside any request)."""
    return _current.get()


def acting_as(actor: Actor) -> None:
    """Name the actor for the rest of this context (a web handler: its user)."""
    _current.set(actor)


def bearer_key(scope: Scope) -> str | None:
    """The Bearer token of a request's ``Authorization`` header, or None."""
    for name, value in scope.get("headers") or []:
        if name == b"authorization":
            scheme, _, token = bytes(value).decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return str(token.strip())
    return None


class ActorContext:
    """Set the request's actor from its API key before the application runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            key = bearer_key(scope)
            _current.set(Actor(key_hash=hash_key(key)) if key else SYSTEM)
        await self.app(scope, receive, send)
