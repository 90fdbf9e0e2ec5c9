"""Lease renewal (``api.leases``), on SQLite and PostgreSQL: a claimed application whose
parse outlives ``claim_lease_s`` keeps its claim while it is parsed, so no other server
claims it, and renewing stops once the claim was taken over."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import Engine, update
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from api.background import add_pending
from api.db import claims
from api.db import repository as repo
from api.db.models import Application, utcnow
from api.db.session import make_session_factory, session_scope
from api.leases import renewing
from api.pending import process_pending
from api.settings import ApiSettings
from screener.errors import InputError
from screener.requirements.loading import LoadedRules

LEASE_S = 0.4


def _one_pending(factory: sessionmaker[Session], rules: LoadedRules) -> str:
    with session_scope(factory) as session:
        org = repo.create_org(session, "acme")
        job = repo.create_job(session, org.id, "ML", rules)
        return add_pending(
            session, org.id, job.id, "slow.txt", b"Python", rule_set_id=job.current_rules_id
        ).id


def _claim(factory: sessionmaker[Session], server: str) -> list[str]:
    with session_scope(factory) as session:
        return [app_id for app_id, _ in claims.claim_applications(session, server, 5, LEASE_S)]


class SlowParse:
    """Stands in for the parse workers: its one parse takes several leases, and every half
    lease meanwhile another server tries to claim pending work."""

    workers = 1

    def __init__(self, factory: sessionmaker[Session], seconds: float) -> None:
        self.factory, self.seconds = factory, seconds
        self.taken: list[str] = []
        self.attempts = 0

    async def analyse(self, *_: object, **__: object) -> object:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.seconds
        while loop.time() < deadline:
            await asyncio.sleep(LEASE_S / 2)
            self.taken += await run_in_threadpool(_claim, self.factory, "other")
            self.attempts += 1
        raise InputError("parsed at last")  # a result like any other: stored as a failure


def test_a_parse_longer_than_the_lease_keeps_its_claim(engine: Engine, rules: LoadedRules) -> None:
    factory = make_session_factory(engine)
    app_id = _one_pending(factory, rules)
    settings = ApiSettings(database_url="sqlite://", claim_lease_s=LEASE_S)
    slow = SlowParse(factory, seconds=LEASE_S * 5)
    claimed = asyncio.run(process_pending(factory, slow, settings, "first"))  # type: ignore[arg-type]
    assert claimed == 1
    assert slow.attempts >= 8
    assert slow.taken == []  # never claimable while it was parsed
    with session_scope(factory) as session:
        row = session.get(Application, app_id)
        assert row is not None
        assert (row.status, row.error_message, row.claimed_by) == (
            "failed",
            "parsed at last",
            "first",
        )
        assert row.lease_until is None


def test_renewing_stops_once_the_claim_was_taken_over(engine: Engine, rules: LoadedRules) -> None:
    factory = make_session_factory(engine)
    app_id = _one_pending(factory, rules)
    assert _claim(factory, "first") == [app_id]

    async def hold() -> bool:
        async with renewing(factory, Application, app_id, "first", LEASE_S):
            await asyncio.sleep(LEASE_S / 2)
            with session_scope(factory) as session:  # as if the lease had run out
                session.execute(
                    update(Application)
                    .where(Application.id == app_id)
                    .values(lease_until=utcnow() - timedelta(seconds=1))
                )
            taken = await run_in_threadpool(_claim, factory, "other") == [app_id]
            await asyncio.sleep(LEASE_S)  # "first" tries to renew at least twice
        return taken

    assert asyncio.run(hold())
    with session_scope(factory) as session:
        row = session.get(Application, app_id)
        assert row is not None
        assert row.claimed_by == "other"  # the renewal did not take it back
        assert not claims.renew(session, Application, app_id, "first", LEASE_S)
        assert claims.renew(session, Application, app_id, "other", LEASE_S)
