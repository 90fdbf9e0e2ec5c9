"""Claims on shared work (``api.db.claims``), on SQLite and PostgreSQL: servers claiming
at the same moment get disjoint batches, a live lease is respected, an expired one is
taken over, and a server whose claim was taken over cannot store its result."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session, sessionmaker

from api.background import add_pending
from api.db import claims
from api.db import repository as repo
from api.db.models import Application, WebhookDelivery, utcnow
from api.db.session import make_session_factory, session_scope
from api.pending import store_claimed
from api.settings import ApiSettings
from api.webhooks import events
from api.webhooks.endpoints import create_endpoint
from api.webhooks.outbox import enqueue
from screener.errors import InputError
from screener.requirements.loading import LoadedRules


def _pending(factory: sessionmaker[Session], rules: LoadedRules, count: int) -> list[str]:
    with session_scope(factory) as session:
        org = repo.create_org(session, "acme")
        job = repo.create_job(session, org.id, "ML", rules)
        return [
            add_pending(session, org.id, job.id, f"{n}.txt", f"résumé {n}".encode()).id
            for n in range(count)
        ]


def _claim_apps(factory: sessionmaker[Session], server: str, limit: int) -> list[str]:
    with session_scope(factory) as session:
        return [app_id for app_id, _ in claims.claim_applications(session, server, limit, 60)]


def test_servers_claiming_at_once_get_disjoint_batches(engine: Engine, rules: LoadedRules) -> None:
    factory = make_session_factory(engine)
    made = _pending(factory, rules, 60)
    got: dict[str, list[str]] = {f"server-{n}": [] for n in range(4)}
    start = threading.Barrier(len(got))

    def work(server: str) -> None:
        start.wait()
        while batch := _claim_apps(factory, server, 3):
            got[server].extend(batch)

    threads = [threading.Thread(target=work, args=(server,)) for server in got]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    claimed = [app_id for batch in got.values() for app_id in batch]
    assert sorted(claimed) == sorted(made)  # every one claimed, none twice
    with session_scope(factory) as session:
        rows = session.scalars(select(Application)).all()
        assert all(row.claimed_by in got and row.lease_until is not None for row in rows)
        assert {row.id for row in rows if row.claimed_by == "server-0"} == set(got["server-0"])


def test_a_live_lease_is_kept_and_an_expired_one_is_taken_over(
    engine: Engine, rules: LoadedRules
) -> None:
    factory = make_session_factory(engine)
    first, second = _pending(factory, rules, 2)
    assert _claim_apps(factory, "dead", 5) == [first, second]
    assert _claim_apps(factory, "alive", 5) == []  # both leases still run
    with session_scope(factory) as session:
        session.execute(
            update(Application)
            .where(Application.id == first)
            .values(lease_until=utcnow() - timedelta(seconds=1))
        )
    assert _claim_apps(factory, "alive", 5) == [first]
    with session_scope(factory) as session:
        assert session.get(Application, first).claimed_by == "alive"  # type: ignore[union-attr]
        assert session.get(Application, second).claimed_by == "dead"  # type: ignore[union-attr]


def test_a_result_is_stored_only_while_the_claim_is_the_servers(
    engine: Engine, rules: LoadedRules
) -> None:
    factory = make_session_factory(engine)
    (app_id,) = _pending(factory, rules, 1)
    _claim_apps(factory, "slow", 1)
    with session_scope(factory) as session:  # its lease ran out; another server took it
        session.execute(
            update(Application)
            .where(Application.id == app_id)
            .values(lease_until=utcnow() - timedelta(seconds=1))
        )
    assert _claim_apps(factory, "quick", 1) == [app_id]
    with session_scope(factory) as session:
        org = session.get(Application, app_id).org_id  # type: ignore[union-attr]
    settings = ApiSettings(database_url="sqlite://")
    store_claimed(factory, org, app_id, InputError("late"), settings, "slow")
    with session_scope(factory) as session:
        row = session.get(Application, app_id)
        assert row is not None
        assert row.status == "pending"
    store_claimed(factory, org, app_id, InputError("in time"), settings, "quick")
    with session_scope(factory) as session:
        row = session.get(Application, app_id)
        assert row is not None
        assert (row.status, row.error_message, row.claimed_by) == ("failed", "in time", "quick")
        assert row.lease_until is None
    assert _claim_apps(factory, "other", 1) == []  # done: nothing left to claim


def test_deliveries_are_claimed_once_and_taken_over_when_the_lease_expires(
    engine: Engine,
) -> None:
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        org = repo.create_org(session, "acme")
        endpoint = create_endpoint(session, org.id, "https://8.8.8.8/hook", ["job.rescreened"])
        made = [
            enqueue(
                session,
                org.id,
                "webhook.test",
                events.test_data(endpoint.id),
                endpoint_id=endpoint.id,
            )[0].id
            for _ in range(3)
        ]
    with session_scope(factory) as session:
        first = claims.claim_deliveries(session, "a", 2, 60)
    with session_scope(factory) as session:
        rest = claims.claim_deliveries(session, "b", 5, 60)
    assert sorted(first + rest) == sorted(made)
    assert not set(first) & set(rest)
    with session_scope(factory) as session:
        assert claims.claim_deliveries(session, "c", 5, 60) == []
        session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == first[0])
            .values(lease_until=utcnow() - timedelta(seconds=1))
        )
    with session_scope(factory) as session:
        assert claims.claim_deliveries(session, "c", 5, 60) == [first[0]]
