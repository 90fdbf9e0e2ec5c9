"""Organisations and API keys: only a key's SHA-256 is stored, compared in constant time.

A key has a scope — ``read`` (GET, and the stateless screen/parse), ``write`` (also every
change), ``admin`` (also ``/v1/keys``) — an optional expiry, and ``last_used_at``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.db.models import ApiKey, Organisation, utcnow

KEY_PREFIX = "scr_"
LOOKUP_CHARS = 8  # stored in clear to find the row; the rest is only hashed
SCOPES = ("read", "write", "admin")  # each allows what the ones before it do
TOUCH_EVERY = timedelta(minutes=1)


def hash_key(key: str) -> str:
    """SHA-256 hex of a key (keys carry 256 random bits, so a fast hash is enough)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_org(session: Session, name: str) -> Organisation:
    """The organisation called ``name``, created if new."""
    found = session.scalar(select(Organisation).where(Organisation.name == name))
    if found is not None:
        return found
    org = Organisation(name=name)
    session.add(org)
    session.flush()
    return org


def get_org(session: Session, org_id: str) -> Organisation | None:
    """An organisation by id."""
    return session.get(Organisation, org_id)


def issue_key(
    session: Session,
    org_id: str,
    *,
    scope: str = "admin",
    expires_at: datetime | None = None,
    name: str | None = None,
) -> tuple[ApiKey, str]:
    """A new key of ``org_id``: its row and its plaintext (returned once, never kept)."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}: one of {', '.join(SCOPES)}")
    key = KEY_PREFIX + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
    row = ApiKey(
        org_id=org_id,
        prefix=key[:LOOKUP_CHARS],
        key_hash=hash_key(key),
        scope=scope,
        expires_at=expires_at,
        name=name,
    )
    session.add(row)
    session.flush()
    return row, key


def create_api_key(
    session: Session,
    org_name: str,
    *,
    scope: str = "admin",
    expires_at: datetime | None = None,
    name: str | None = None,
) -> str:
    """A new key for ``org_name`` (created if new): the plaintext is returned once, never kept."""
    org = create_org(session, org_name)
    return issue_key(session, org.id, scope=scope, expires_at=expires_at, name=name)[1]


def live_key(session: Session, key: str) -> ApiKey | None:
    """The row of ``key`` while it may be used (not revoked, not expired), or None
    (unknown or malformed too)."""
    if not key.startswith(KEY_PREFIX) or len(key) < LOOKUP_CHARS + 16 or len(key) > 200:
        return None
    digest = hash_key(key)
    candidates = session.scalars(
        select(ApiKey).where(ApiKey.prefix == key[:LOOKUP_CHARS], ApiKey.revoked_at.is_(None))
    ).all()
    for row in candidates:
        if not hmac.compare_digest(row.key_hash, digest):
            continue
        if row.expires_at is not None and row.expires_at <= utcnow():
            return None
        return row
    return None


def touch_key(session: Session, row: ApiKey) -> bool:
    """Set ``last_used_at`` to now when it is over a minute old (a busy key writes once a
    minute, not once per request); whether it wrote."""
    now = utcnow()
    if row.last_used_at is not None and now - row.last_used_at < TOUCH_EVERY:
        return False
    session.execute(update(ApiKey).where(ApiKey.id == row.id).values(last_used_at=now))
    return True


def org_for_key(session: Session, key: str) -> Organisation | None:
    """The organisation owning ``key``, or None (unknown, malformed, revoked or expired)."""
    row = live_key(session, key)
    return None if row is None else session.get(Organisation, row.org_id)


def revoke_api_key(session: Session, key: str) -> bool:
    """Revoke ``key``; False when no live key matches."""
    digest = hash_key(key)
    rows = session.scalars(
        select(ApiKey).where(ApiKey.prefix == key[:LOOKUP_CHARS], ApiKey.revoked_at.is_(None))
    ).all()
    for row in rows:
        if hmac.compare_digest(row.key_hash, digest):
            session.execute(update(ApiKey).where(ApiKey.id == row.id).values(revoked_at=utcnow()))
            session.expire(row)
            return True
    return False


@dataclass(frozen=True)
class KeyInfo:
    """What may be shown about a key: never the key, only its id and first characters."""

    id: str
    org: str
    prefix: str
    created_at: datetime
    revoked_at: datetime | None
    scope: str = "admin"
    expires_at: datetime | None = None
    last_used_at: datetime | None = None
    name: str | None = None


def list_api_keys(session: Session, org_name: str | None = None) -> list[KeyInfo]:
    """Every key (of ``org_name`` only, when given), oldest first."""
    query = select(ApiKey, Organisation.name).join(Organisation, Organisation.id == ApiKey.org_id)
    if org_name is not None:
        query = query.where(Organisation.name == org_name)
    rows = session.execute(query.order_by(ApiKey.created_at, ApiKey.id)).all()
    return [_info(k, name) for k, name in rows]


def _info(row: ApiKey, org_name: str) -> KeyInfo:
    return KeyInfo(
        row.id,
        org_name,
        row.prefix,
        row.created_at,
        row.revoked_at,
        row.scope,
        row.expires_at,
        row.last_used_at,
        row.name,
    )


def org_keys(session: Session, org_id: str) -> list[ApiKey]:
    """Every key of ``org_id`` (revoked ones too), oldest first."""
    query = select(ApiKey).where(ApiKey.org_id == org_id)
    return list(session.scalars(query.order_by(ApiKey.created_at, ApiKey.id)).all())


def org_key(session: Session, org_id: str, key_id: str) -> ApiKey | None:
    """One key of ``org_id`` by id, or None."""
    return session.scalar(select(ApiKey).where(ApiKey.org_id == org_id, ApiKey.id == key_id))


def revoke_api_key_by_id(session: Session, key_id: str) -> bool:
    """Revoke the live key with id ``key_id``; False when there is none."""
    done = session.execute(
        update(ApiKey)
        .where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return bool(getattr(done, "rowcount", 0))
