"""The outbox: deliveries written in the caller's transaction, so an event that is
committed is never lost (a crash before the commit loses the event and its cause alike).

Each event becomes one ``webhook_deliveries`` row per enabled endpoint of the
organisation subscribed to its type, due at once; ``api.webhooks.delivery`` sends them.
Erasing an application erases every earlier delivery about it (they carry its id,
verdict and score); only the ``application.deleted`` notice keeps its id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from api.db.models import Application, WebhookDelivery, WebhookEndpoint, utcnow
from api.webhooks import events

LOG_DAYS = 30  # finished deliveries are kept this long in the delivery log


def enqueue(
    session: Session,
    org_id: str,
    event_type: str,
    data: Mapping[str, Any],
    *,
    application_id: str | None = None,
    endpoint_id: str | None = None,
) -> list[WebhookDelivery]:
    """Deliveries of one event to every enabled endpoint of ``org_id`` subscribed to
    ``event_type`` (or to ``endpoint_id`` alone, whatever its subscriptions)."""
    query = select(WebhookEndpoint).where(WebhookEndpoint.org_id == org_id)
    if endpoint_id is not None:
        query = query.where(WebhookEndpoint.id == endpoint_id)
    else:
        query = query.where(WebhookEndpoint.disabled_at.is_(None))
    endpoints = session.scalars(query.order_by(WebhookEndpoint.id)).all()
    targets = [e for e in endpoints if endpoint_id is not None or event_type in e.events]
    if not targets:
        return []
    now = utcnow()
    payload = events.body(event_type, data, now)
    made = [
        WebhookDelivery(
            org_id=org_id,
            endpoint_id=endpoint.id,
            event_type=event_type,
            payload=payload,
            application_id=application_id,
            status="pending",
            attempts=0,
            round_attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        for endpoint in targets
    ]
    session.add_all(made)
    session.flush()
    return made


def application_stored(session: Session, application: Application) -> None:
    """``application.screened`` or ``application.failed`` for a result just stored."""
    event_type = events.application_event(application)
    if event_type is not None:
        data = events.application_data(application)
        enqueue(session, application.org_id, event_type, data, application_id=application.id)


def application_deleted(session: Session, org_id: str, application_id: str, job_id: str) -> None:
    """Erase the deliveries about an application, then announce its deletion."""
    forget_applications(session, org_id, [application_id])
    data = events.deleted_data(application_id, job_id)
    enqueue(session, org_id, events.APPLICATION_DELETED, data, application_id=application_id)


def job_rescreened(
    session: Session,
    org_id: str,
    job_id: str,
    rule_set_id: str,
    applications: Iterable[Application],
) -> None:
    """``job.rescreened`` once a job's applications were screened again."""
    rows = list(applications)
    verdicts = Counter(a.verdict for a in rows if a.status == "done" and a.verdict)
    failed = sum(1 for a in rows if a.status == "failed")
    data = events.rescreened_data(job_id, rule_set_id, verdicts, failed)
    enqueue(session, org_id, events.JOB_RESCREENED, data)


def forget_applications(session: Session, org_id: str, application_ids: list[str]) -> None:
    """Erase every delivery (and its attempts) about these applications."""
    for start in range(0, len(application_ids), 500):
        chunk = application_ids[start : start + 500]
        session.execute(
            delete(WebhookDelivery).where(
                WebhookDelivery.org_id == org_id, WebhookDelivery.application_id.in_(chunk)
            ),
            execution_options={"synchronize_session": False},
        )


def purge_log(session: Session, days: int = LOG_DAYS) -> None:
    """Drop finished deliveries older than ``days`` (pending ones are kept)."""
    cutoff = utcnow() - timedelta(days=days)
    session.execute(
        delete(WebhookDelivery).where(
            WebhookDelivery.status != "pending", WebhookDelivery.created_at < cutoff
        ),
        execution_options={"synchronize_session": False},
    )
