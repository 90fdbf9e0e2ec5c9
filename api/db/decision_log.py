"""The append-only decision log: who screened, re-screened, viewed, decided or deleted
what, and when.

Each event names its subject by id (application, job, screening number) and carries a
small ``detail`` of ids, verdicts and counts — never a résumé's text, a file name, a
candidate's name or a recruiter's note. The application only ever inserts: nothing here
updates or deletes a row, and the database refuses it anyway (triggers of migration 0005).
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.actor import Actor, current_actor
from api.db.models import ApiKey
from api.db.models_history import AuditEvent

EVENTS = ("screen", "rescreen", "view", "decision", "delete", "audit")


def actor_name(session: Session, org_id: str, actor: Actor) -> str:
    """``key:<id>``, ``user:<id>`` or ``system`` (a key of another organisation or one
    no longer known is ``key:unknown``)."""
    if actor.user_id is not None:
        return f"user:{actor.user_id}"
    if actor.key_hash is None:
        return "system"
    rows = session.execute(select(ApiKey.id, ApiKey.key_hash).where(ApiKey.org_id == org_id))
    for key_id, key_hash in rows:
        if hmac.compare_digest(key_hash, actor.key_hash):
            return f"key:{key_id}"
    return "key:unknown"


def log_event(
    session: Session,
    org_id: str,
    action: str,
    *,
    application_id: str | None = None,
    job_id: str | None = None,
    detail: Mapping[str, Any] | None = None,
    actor: Actor | None = None,
) -> AuditEvent:
    """Append one event, in the caller's transaction, by ``actor`` (default: the
    request's, ``api.actor``)."""
    if action not in EVENTS:
        raise ValueError(f"unknown event {action!r}")
    event = AuditEvent(
        org_id=org_id,
        actor=actor_name(session, org_id, actor or current_actor()),
        action=action,
        application_id=application_id,
        job_id=job_id,
        detail=dict(detail or {}),
    )
    session.add(event)
    session.flush()
    return event


def events_since(
    session: Session, org_id: str, since: datetime | None, *, batch: int = 1000
) -> Iterator[AuditEvent]:
    """The organisation's events at or after ``since`` (all when None), oldest first,
    read ``batch`` rows at a time."""
    last = 0
    while True:
        query = select(AuditEvent).where(AuditEvent.org_id == org_id, AuditEvent.id > last)
        if since is not None:
            query = query.where(AuditEvent.at >= since)
        rows = session.scalars(query.order_by(AuditEvent.id).limit(batch)).all()
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1].id
