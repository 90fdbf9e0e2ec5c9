"""Organisations and API keys: only a key's SHA-256 is stored, compared in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

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
