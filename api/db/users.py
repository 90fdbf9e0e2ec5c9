"""People who sign in to the web application, and their browser sessions.

A session's cookie carries 256 random bits; only their SHA-256 is stored (like API keys),
so a database dump holds no usable cookie, and signing out deletes the row.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from api.db.keys import create_org, hash_key
from api.db.models import Organisation, User, WebSession, utcnow


class UserExists(Exception):
    """An account with this e-mail address exists already."""


def normalise_email(email: str) -> str:
    """The address as stored and looked up: trimmed and lower-cased."""
    return email.strip().lower()


def create_user(session: Session, org_name: str, email: str, password_hash: str) -> User:
    """A new user of ``org_name`` (created if new); ``UserExists`` if the e-mail is taken."""
    address = normalise_email(email)
    taken = session.scalar(select(User.id).where(User.email == address))  # disabled too
    if taken is not None:
        raise UserExists(address)
    org = create_org(session, org_name)
    user = User(org_id=org.id, email=address, password_hash=password_hash)
    session.add(user)
    session.flush()
    return user


def user_by_email(session: Session, email: str) -> User | None:
    """The enabled account with this e-mail address, or None."""
    return session.scalar(
        select(User).where(User.email == normalise_email(email), User.disabled_at.is_(None))
    )


def set_password_hash(session: Session, user: User, password_hash: str) -> None:
    """Replace a user's password hash (a rehash with today's parameters, or a new password)."""
    user.password_hash = password_hash
    session.flush()


def create_session(session: Session, user: User, hours: float) -> tuple[str, WebSession]:
    """A new session for ``user`` lasting ``hours``: the cookie token (returned once) and
    the row (with its CSRF token)."""
    token = secrets.token_urlsafe(32)
    row = WebSession(
        token_hash=hash_key(token),
        user_id=user.id,
        csrf_token=secrets.token_urlsafe(32),
        blind=False,
        expires_at=utcnow() + timedelta(hours=hours),
    )
    session.add(row)
    session.flush()
    return token, row


def session_for_token(session: Session, token: str) -> tuple[WebSession, User, Organisation] | None:
    """The live session of a cookie token with its user and organisation, or None."""
    if not token or len(token) > 200:
        return None
    found = session.execute(
        select(WebSession, User, Organisation)
        .join(User, User.id == WebSession.user_id)
        .join(Organisation, Organisation.id == User.org_id)
        .where(
            WebSession.token_hash == hash_key(token),
            WebSession.expires_at > utcnow(),
            User.disabled_at.is_(None),
        )
    ).first()
    if found is None:
        return None
    web_session, user, org = found
    return web_session, user, org


def delete_session(session: Session, token: str) -> None:
    """Sign out: forget the session of ``token`` (a no-op when there is none)."""
    session.execute(delete(WebSession).where(WebSession.token_hash == hash_key(token)))


def set_blind(session: Session, session_id: str, blind: bool) -> None:
    """Turn blind mode on or off for one session."""
    row = session.get(WebSession, session_id)
    if row is not None:
        row.blind = blind
        session.flush()


def purge_expired_sessions(session: Session) -> int:
    """Delete every expired session; how many went."""
    result = session.execute(delete(WebSession).where(WebSession.expires_at <= utcnow()))
    return int(getattr(result, "rowcount", 0) or 0)
