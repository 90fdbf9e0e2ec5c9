"""The background loop: screens pending applications and applies retention.

Several servers may share one database: each claims a batch of pending applications
with a lease (``api.db.claims``: ``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so each is
screened by one of them, and a server that dies holding a batch gives it back when the
lease expires; a parse that outlives the lease renews it while it runs (``api.leases``).
As everywhere in ``api.background``, no session is held across a parse:
the claim, each file's input and each result are short transactions in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from starlette.concurrency import run_in_threadpool

from api.background import Factory, Result, analyse, apply_result, rules_of
from api.db import claims, models
from api.db import repository as repo
from api.db.session import checkpoint_wal, session_scope
from api.engine import Engine
from api.leases import renewing
from api.settings import ApiSettings
from screener.requirements.loading import LoadedRules

log = logging.getLogger("screener.api.background")


async def process_pending(
    factory: Factory, engine: Engine, settings: ApiSettings, server: str
) -> int:
    """Claim a batch of pending applications of every organisation, oldest first (one per
    parse worker, so several servers share a batch), and screen them at once, each one's
    bytes read just before it is parsed; how many were claimed (``api.db.claims``)."""
    size = max(1, engine.workers)
    ids = await run_in_threadpool(_claim, factory, server, size, settings.claim_lease_s)
    done = await asyncio.gather(
        *(_screen_claimed(factory, engine, settings, server, app, org) for app, org in ids),
        return_exceptions=True,
    )
    for (app_id, _), outcome in zip(ids, done, strict=True):
        if isinstance(outcome, Exception):  # left claimed: retried once its lease expires
            log.error("screening application %s failed", app_id, exc_info=outcome)
    return len(ids)


def _claim(factory: Factory, server: str, size: int, lease_s: float) -> list[tuple[str, str]]:
    with session_scope(factory) as session:
        return claims.claim_applications(session, server, size, lease_s)


async def _screen_claimed(
    factory: Factory, engine: Engine, settings: ApiSettings, server: str, app_id: str, org: str
) -> None:
    found = await run_in_threadpool(_pending_input, factory, org, app_id, server)
    if found is None:
        return
    name, data, loaded = found
    lease = settings.claim_lease_s
    async with renewing(factory, models.Application, app_id, server, lease):
        result = await analyse(engine, org, data, name, loaded)
    await run_in_threadpool(store_claimed, factory, org, app_id, result, settings, server)


def _pending_input(
    factory: Factory, org: str, app_id: str, server: str
) -> tuple[str | None, bytes, LoadedRules] | None:
    with session_scope(factory) as session:
        application = repo.get_application(session, org, app_id)
        if application is None or application.status != "pending":
            return None
        if not claims.still_claimed(application, server):
            return None
        _, loaded = rules_of(session, org, application.rule_set_id)
        return application.filename, application.original or b"", loaded


def store_claimed(
    factory: Factory,
    org: str,
    app_id: str,
    result: Result,
    settings: ApiSettings,
    server: str,
) -> None:
    """Store a claimed application's result, unless its claim was taken over (its lease
    expired and another server claimed it) or it was erased meanwhile."""
    with session_scope(factory) as session:
        application = claims.locked(session, models.Application, app_id)
        if application is None or application.org_id != org or application.status != "pending":
            return
        if not claims.still_claimed(application, server):
            log.warning("application %s was taken over by %s", app_id, application.claimed_by)
            return
        apply_result(application, result, settings)
        claims.release(application)


def _purge(factory: Factory, days: int) -> None:
    with session_scope(factory) as session:
        erased = repo.purge_older_than(session, days)
        repo.purge_idempotency_older_than(session, 24)
    if erased:
        checkpoint_wal(factory)


async def background_loop(
    session_factory: Factory,
    engine: Engine,
    settings: ApiSettings,
    wake: asyncio.Event,
    server: str,
) -> None:
    """Screen pending applications as they arrive, when woken or every
    ``background_poll_s`` (work another server accepted, leases that expired); resume
    leftovers at start-up. ``server`` names this server in its claims."""
    while True:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), settings.background_poll_s)
        wake.clear()
        try:
            while await process_pending(session_factory, engine, settings, server):
                pass
            if settings.retention_days is not None:
                await run_in_threadpool(_purge, session_factory, settings.retention_days)
        except Exception:
            log.exception("background screening failed; retrying later")
