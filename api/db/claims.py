"""Claims: several servers on one database share pending work, each item done once.

A server claims a batch in one statement — ``UPDATE … SET claimed_by = me, lease_until =
now + lease WHERE id IN (SELECT id … FOR UPDATE SKIP LOCKED LIMIT n) RETURNING id`` — so
two servers claiming at the same moment get disjoint batches: on PostgreSQL the inner
``SELECT`` skips the rows another transaction is claiming (and re-checks the lease on a
row that was claimed since its snapshot); SQLite has no row locks (SQLAlchemy renders no
``FOR UPDATE`` there) but runs one writer at a time, so the statement is atomic anyway.

The lease is what gives work back: a row is claimable when it is unclaimed or its lease
has expired, so a server killed mid-claim holds its batch only until then. The result is
stored only while the claim is still the server's (``still_claimed``): a server whose
lease ran out and whose work was taken over drops its result, so one result is stored.
A server whose work outlives the lease renews it while working (``renew``, called by
``api.leases.renewing``), so a slow parse is never taken over while its server lives.
Applications keep ``claimed_by`` once done (which server screened them); deliveries too.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from api.db.models import Application, WebhookDelivery, WebhookEndpoint, utcnow


def server_name() -> str:
    """A name for this server process that no other process shares: host, pid, random."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _claimable(model: Any) -> Any:
    now = utcnow()
    return or_(model.lease_until.is_(None), model.lease_until < now)


def claim_applications(
    session: Session, server: str, limit: int, lease_s: float
) -> list[tuple[str, str]]:
    """Claim up to ``limit`` pending applications, oldest first: (id, org id) pairs."""
    candidates = (
        select(Application.id)
        .where(Application.status == "pending", _claimable(Application))
        .order_by(Application.created_at, Application.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claimed = session.execute(
        update(Application)
        .where(Application.id.in_(candidates.scalar_subquery()))
        .values(claimed_by=server, lease_until=utcnow() + timedelta(seconds=lease_s))
        .returning(Application.id, Application.org_id, Application.created_at),
        execution_options={"synchronize_session": False},
    ).all()
    return [(app_id, org) for app_id, org, _ in sorted(claimed, key=lambda r: (r[2], r[0]))]


def claim_deliveries(session: Session, server: str, limit: int, lease_s: float) -> list[str]:
    """Claim up to ``limit`` due deliveries of enabled endpoints, oldest due first: ids."""
    candidates = (
        select(WebhookDelivery.id)
        .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
        .where(
            WebhookDelivery.status == "pending",
            WebhookDelivery.next_attempt_at <= utcnow(),
            WebhookEndpoint.disabled_at.is_(None),
            _claimable(WebhookDelivery),
        )
        .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=WebhookDelivery)
    )
    claimed = session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.id.in_(candidates.scalar_subquery()))
        .values(claimed_by=server, lease_until=utcnow() + timedelta(seconds=lease_s))
        .returning(WebhookDelivery.id, WebhookDelivery.next_attempt_at),
        execution_options={"synchronize_session": False},
    ).all()
    return [row[0] for row in sorted(claimed, key=lambda r: (r[1], r[0]))]


def still_claimed(row: Application | WebhookDelivery, server: str) -> bool:
    """True while ``row`` (read with ``locked``) is claimed by ``server``."""
    return row.claimed_by == server and row.lease_until is not None


def locked(session: Session, model: type[Any], row_id: str) -> Any:
    """``model``'s row ``row_id`` read ``FOR UPDATE`` (a plain read on SQLite), or None:
    the check that the claim is still ours and the write that follows are one step."""
    return session.scalar(select(model).where(model.id == row_id).with_for_update())


def renew(session: Session, model: Any, row_id: str, server: str, lease_s: float) -> bool:
    """Extend ``server``'s lease on pending ``model`` row ``row_id`` to now + ``lease_s``;
    False when the claim is no longer the server's (taken over, done or erased)."""
    result = session.execute(
        update(model)
        .where(
            model.id == row_id,
            model.claimed_by == server,
            model.status == "pending",
            model.lease_until.is_not(None),
        )
        .values(lease_until=utcnow() + timedelta(seconds=lease_s)),
        execution_options={"synchronize_session": False},
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def release(row: Application | WebhookDelivery) -> None:
    """End the claim's lease (the work is done); ``claimed_by`` stays as a record."""
    row.lease_until = None
