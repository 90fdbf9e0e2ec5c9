"""Organisations and API keys: only a key's SHA-256 is stored, compared in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.db.models import ApiKey, Organisation, utcnow

KEY_PREFIX = "scr_"
LOOKUP_CHARS = 8  # stored in clear to find the row; the rest is only hashed


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


def create_api_key(session: Session, org_name: str) -> str:
    """A new key for ``org_name`` (created if new): the plaintext is returned once, never kept."""
    org = create_org(session, org_name)
    key = KEY_PREFIX + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
    session.add(ApiKey(org_id=org.id, prefix=key[:LOOKUP_CHARS], key_hash=hash_key(key)))
    session.flush()
    return key


def org_for_key(session: Session, key: str) -> Organisation | None:
    """The organisation owning ``key``, or None (unknown, malformed or revoked)."""
    if not key.startswith(KEY_PREFIX) or len(key) < LOOKUP_CHARS + 16 or len(key) > 200:
        return None
    digest = hash_key(key)
    candidates = session.scalars(
        select(ApiKey).where(ApiKey.prefix == key[:LOOKUP_CHARS], ApiKey.revoked_at.is_(None))
    ).all()
    for row in candidates:
        if hmac.compare_digest(row.key_hash, digest):
            return session.get(Organisation, row.org_id)
    return None


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


def list_api_keys(session: Session, org_name: str | None = None) -> list[KeyInfo]:
    """Every key (of ``org_name`` only, when given), oldest first."""
    query = select(ApiKey, Organisation.name).join(Organisation, Organisation.id == ApiKey.org_id)
    if org_name is not None:
        query = query.where(Organisation.name == org_name)
    rows = session.execute(query.order_by(ApiKey.created_at, ApiKey.id)).all()
    return [KeyInfo(k.id, name, k.prefix, k.created_at, k.revoked_at) for k, name in rows]


def revoke_api_key_by_id(session: Session, key_id: str) -> bool:
    """Revoke the live key with id ``key_id``; False when there is none."""
    done = session.execute(
        update(ApiKey)
        .where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return bool(getattr(done, "rowcount", 0))
