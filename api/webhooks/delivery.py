"""The delivery loop: sends due deliveries from the outbox, retries with backoff, records
every attempt, and disables an endpoint that keeps failing.

It follows ``api.background``: the due deliveries are read in a short session in a
thread, sent with no session held (httpx, bounded by ``webhooks_timeout_s``), and their
outcomes stored in another short transaction in a thread. A delivery is sent at least
once: a server stopped between sending and storing the outcome sends it again after its
restart, with the same ``webhook-id``, which receivers use to drop duplicates.

Several servers share the outbox: each claims its batch with a lease (``api.db.claims``),
so a due delivery is sent by one of them; a server killed between sending and storing
holds its batch until the lease expires, then another sends it again.

Retries: after the n-th failed attempt the delivery waits ``webhooks_backoff_base_s`` ×
4^(n−1), at most 6 h, ±25 % jitter; after ``webhooks_max_attempts`` (10: 15 s, 1 min,
4 min, 16 min, 64 min, 4.3 h, then 6 h thrice — about 24 h) it has failed. An endpoint
whose deliveries fail every attempt ``webhooks_disable_after`` times in a row (5) is
disabled until it is enabled again; any 2xx answer resets the count.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from datetime import timedelta

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from api.db import claims
from api.db.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint, utcnow
from api.db.session import session_scope
from api.settings import ApiSettings
from api.webhooks import outbox
from api.webhooks.sending import Due, Outcome, attempt, new_client

log = logging.getLogger("screener.api.webhooks")
BATCH = 20
FACTOR = 4.0
CAP_S = 6 * 3600.0
JITTER = 0.25
PURGE_EVERY_S = 3600.0
Factory = sessionmaker[Session]


def backoff_s(failed_attempts: int, base_s: float) -> float:
    """The wait after the ``failed_attempts``-th failure of a round, with jitter."""
    delay = min(base_s * FACTOR ** (failed_attempts - 1), CAP_S)
    return delay * (1 - JITTER + 2 * JITTER * random.random())


def due_deliveries(
    factory: Factory, server: str, limit: int = BATCH, lease_s: float = 120.0
) -> list[Due]:
    """Claim pending deliveries of enabled endpoints whose time has come, oldest due
    first, for ``lease_s`` (``api.db.claims``: several servers never claim one twice)."""
    with session_scope(factory) as session:
        ids = claims.claim_deliveries(session, server, limit, lease_s)
        if not ids:
            return []
        rows = session.execute(
            select(
                WebhookDelivery.id,
                WebhookDelivery.org_id,
                WebhookDelivery.endpoint_id,
                WebhookEndpoint.url,
                WebhookEndpoint.secret,
                WebhookDelivery.payload,
            )
            .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
            .where(WebhookDelivery.id.in_(ids))
        ).all()
        order = {delivery_id: index for index, delivery_id in enumerate(ids)}
        return sorted((Due(*row) for row in rows), key=lambda due: order[due.delivery_id])


def record_outcomes(
    factory: Factory, settings: ApiSettings, done: list[tuple[Due, Outcome]], server: str
) -> None:
    """Store each attempt, then mark its delivery succeeded, failed or due again, and end
    the claim; an outcome whose claim another server took over (the lease expired) is
    still logged as an attempt but decides nothing."""
    with session_scope(factory) as session:
        for due, outcome in done:
            delivery = claims.locked(session, WebhookDelivery, due.delivery_id)
            if delivery is None:  # erased, or its endpoint deleted, while it was sent
                continue
            if not claims.still_claimed(delivery, server):
                log.warning("delivery %s was taken over by %s", delivery.id, delivery.claimed_by)
                continue
            _record(session, settings, delivery, outcome)
            claims.release(delivery)


def _record(
    session: Session, settings: ApiSettings, delivery: WebhookDelivery, outcome: Outcome
) -> None:
    session.add(
        WebhookAttempt(
            org_id=delivery.org_id,
            delivery_id=delivery.id,
            attempted_at=outcome.attempted_at,
            status_code=outcome.status_code,
            error=outcome.error,
            duration_ms=outcome.duration_ms,
        )
    )
    delivery.attempts += 1
    delivery.round_attempts += 1
    delivery.last_attempt_at = outcome.attempted_at
    delivery.last_status_code, delivery.last_error = outcome.status_code, outcome.error
    endpoint = session.get(WebhookEndpoint, delivery.endpoint_id)
    if outcome.ok:
        delivery.status, delivery.next_attempt_at = "succeeded", None
        delivery.delivered_at = outcome.attempted_at
        if endpoint is not None:
            endpoint.failed_deliveries = 0
    elif delivery.round_attempts >= settings.webhooks_max_attempts:
        delivery.status, delivery.next_attempt_at = "failed", None
        if endpoint is not None:
            _count_failure(endpoint, settings)
    else:
        wait = backoff_s(delivery.round_attempts, settings.webhooks_backoff_base_s)
        delivery.next_attempt_at = utcnow() + timedelta(seconds=wait)
    session.flush()


def _count_failure(endpoint: WebhookEndpoint, settings: ApiSettings) -> None:
    endpoint.failed_deliveries += 1
    if endpoint.failed_deliveries >= settings.webhooks_disable_after and not endpoint.disabled_at:
        endpoint.disabled_at = endpoint.updated_at = utcnow()
        endpoint.disabled_reason = (
            f"Disabled after {endpoint.failed_deliveries} deliveries in a row failed every "
            "attempt; enable it again with PATCH."
        )
        log.warning("webhook endpoint %s disabled after repeated failures", endpoint.id)


async def deliver_due(
    factory: Factory, settings: ApiSettings, client: httpx.AsyncClient, server: str
) -> int:
    """Claim one batch of due deliveries, send them at once and store their outcomes;
    how many."""
    due = await run_in_threadpool(due_deliveries, factory, server, BATCH, settings.claim_lease_s)
    if not due:
        return 0
    outcomes = await asyncio.gather(
        *(
            attempt(
                client,
                item,
                allow_private=settings.webhooks_allow_private_networks,
                timeout_s=settings.webhooks_timeout_s,
            )
            for item in due
        )
    )
    await run_in_threadpool(
        record_outcomes, factory, settings, list(zip(due, outcomes, strict=True)), server
    )
    return len(due)


def _purge(factory: Factory) -> None:
    with session_scope(factory) as session:
        outbox.purge_log(session)


async def delivery_loop(
    factory: Factory, settings: ApiSettings, wake: asyncio.Event, server: str
) -> None:
    """Send due deliveries every ``webhooks_poll_s`` or when woken; resume what a
    previous run left pending at start-up; drop the log's old finished deliveries.
    ``server`` names this server in its claims."""
    purged = -PURGE_EVERY_S
    async with new_client(settings.webhooks_timeout_s) as client:
        while True:
            try:
                while await deliver_due(factory, settings, client, server) >= BATCH:
                    pass
                if time.monotonic() - purged >= PURGE_EVERY_S:
                    await run_in_threadpool(_purge, factory)
                    purged = time.monotonic()
            except Exception:
                log.exception("webhook delivery failed; retrying later")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), settings.webhooks_poll_s)
            wake.clear()
