"""Webhook endpoints and their delivery log, always scoped to one organisation (another
organisation's endpoint or delivery is "not found", like a job)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from api.db.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint, utcnow
from api.webhooks.signing import new_secret


def create_endpoint(
    session: Session, org_id: str, url: str, events: Sequence[str]
) -> WebhookEndpoint:
    """A new enabled endpoint with a fresh secret."""
    now = utcnow()
    endpoint = WebhookEndpoint(
        org_id=org_id,
        url=url,
        events=list(events),
        secret=new_secret(),
        failed_deliveries=0,
        created_at=now,
        updated_at=now,
    )
    session.add(endpoint)
    session.flush()
    return endpoint


def get_endpoint(session: Session, org_id: str, endpoint_id: str) -> WebhookEndpoint | None:
    """An endpoint of this organisation, or None."""
    return session.scalar(
        select(WebhookEndpoint).where(
            WebhookEndpoint.org_id == org_id, WebhookEndpoint.id == endpoint_id
        )
    )


def list_endpoints(
    session: Session, org_id: str, *, limit: int = 50, offset: int = 0
) -> list[WebhookEndpoint]:
    """The organisation's endpoints, oldest first."""
    query = (
        select(WebhookEndpoint)
        .where(WebhookEndpoint.org_id == org_id)
        .order_by(WebhookEndpoint.created_at, WebhookEndpoint.id)
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(query).all())


def count_endpoints(session: Session, org_id: str) -> int:
    """How many endpoints the organisation has."""
    query = select(func.count()).select_from(WebhookEndpoint)
    return session.scalar(query.where(WebhookEndpoint.org_id == org_id)) or 0


def update_endpoint(
    session: Session,
    endpoint: WebhookEndpoint,
    *,
    url: str | None = None,
    events: Sequence[str] | None = None,
    enabled: bool | None = None,
) -> WebhookEndpoint:
    """Change an endpoint's URL or events, or disable or enable it (enabling clears its
    count of failed deliveries)."""
    if url is not None:
        endpoint.url = url
    if events is not None:
        endpoint.events = list(events)
    if enabled is True:
        endpoint.disabled_at, endpoint.disabled_reason = None, None
        endpoint.failed_deliveries = 0
    elif enabled is False and endpoint.disabled_at is None:
        endpoint.disabled_at, endpoint.disabled_reason = utcnow(), "Disabled by request."
    endpoint.updated_at = utcnow()
    session.flush()
    return endpoint


def rotate_secret(session: Session, endpoint: WebhookEndpoint) -> str:
    """Give ``endpoint`` a new secret (the old one signs nothing more) and return it."""
    endpoint.secret = new_secret()
    endpoint.updated_at = utcnow()
    session.flush()
    return endpoint.secret


def delete_endpoint(session: Session, org_id: str, endpoint_id: str) -> bool:
    """Delete an endpoint with its deliveries; False when it is not this organisation's."""
    endpoint = get_endpoint(session, org_id, endpoint_id)
    if endpoint is None:
        return False
    session.execute(
        delete(WebhookEndpoint).where(
            WebhookEndpoint.org_id == org_id, WebhookEndpoint.id == endpoint_id
        )
    )
    session.expunge(endpoint)
    return True


def list_deliveries(
    session: Session,
    org_id: str,
    endpoint_id: str,
    *,
    status: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[WebhookDelivery], int]:
    """A page of an endpoint's deliveries, newest first, and how many there are."""
    where = [WebhookDelivery.org_id == org_id, WebhookDelivery.endpoint_id == endpoint_id]
    if status is not None:
        where.append(WebhookDelivery.status == status)
    query = (
        select(WebhookDelivery)
        .where(*where)
        .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id)
        .limit(limit)
        .offset(offset)
    )
    total = session.scalar(select(func.count()).select_from(WebhookDelivery).where(*where))
    return list(session.scalars(query).all()), total or 0


def get_delivery(
    session: Session, org_id: str, endpoint_id: str, delivery_id: str
) -> WebhookDelivery | None:
    """One delivery of this organisation's endpoint, or None."""
    return session.scalar(
        select(WebhookDelivery).where(
            WebhookDelivery.org_id == org_id,
            WebhookDelivery.endpoint_id == endpoint_id,
            WebhookDelivery.id == delivery_id,
        )
    )


def attempts_of(session: Session, delivery_ids: list[str]) -> dict[str, list[WebhookAttempt]]:
    """Every attempt at each of these deliveries, oldest first."""
    found: dict[str, list[WebhookAttempt]] = {delivery_id: [] for delivery_id in delivery_ids}
    if not delivery_ids:
        return found
    query = (
        select(WebhookAttempt)
        .where(WebhookAttempt.delivery_id.in_(delivery_ids))
        .order_by(WebhookAttempt.attempted_at, WebhookAttempt.id)
    )
    for row in session.scalars(query):
        found[row.delivery_id].append(row)
    return found


def redeliver(session: Session, delivery: WebhookDelivery) -> WebhookDelivery:
    """Queue a delivery again, due now, with a new round of attempts (its earlier
    attempts stay in the log; the body and ``webhook-id`` are the same)."""
    delivery.status = "pending"
    delivery.round_attempts = 0
    delivery.next_attempt_at = utcnow()
    session.flush()
    return delivery
