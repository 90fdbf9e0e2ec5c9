"""Screening history, decisions and the append-only decision log, on SQLite and
PostgreSQL: numbering, erasure, the backfill of migration 0005, and the triggers that
refuse any change to the log."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import Engine, delete, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from api.actor import SYSTEM, Actor, acting_as
from api.db import repository as repo
from api.db.decision_log import events_since, log_event
from api.db.decisions import add_decision, list_decisions
from api.db.history import list_screenings, record_screening_history
from api.db.migrate import downgrade, upgrade
from api.db.models import ApiKey, Application
from api.db.models_history import AuditEvent, ScreeningRecord
from screener.requirements.loading import LoadedRules


def _screened(session: Session, rules: LoadedRules, verdict: str = "meets") -> Application:
    org = repo.create_org(session, "Acme")
    job = repo.create_job(session, org.id, "ML engineer", rules)
    data = b"Python and Java"
    application = repo.add_application(
        session,
        org.id,
        job.id,
        filename="jane_doe.txt",
        sha256=hashlib.sha256(data).hexdigest(),
        media_type="text/plain",
        size=len(data),
        text=data.decode(),
        original=None,
    )
    assert application is not None
    screening = {
        "verdict": verdict,
        "score": 80.0,
        "candidate": {"sha256": application.sha256, "filename": "jane_doe.txt"},
        "provenance": {
            "engine": "0.2.0",
            "as_of": "2026-11",
            "rules": {"id": "ml-engineer", "version": 1, "sha256": rules.sha256},
        },
    }
    repo.record_screening(session, application, screening, None, verdict, 80.0)
    return application


def test_every_screening_is_kept_with_what_a_replay_needs(
    session: Session, rules: LoadedRules
) -> None:
    application = _screened(session, rules)
    first = record_screening_history(session, application, "screen")
    repo.record_screening(
        session, application, application.screening or {}, None, "does_not_meet", 20.0
    )
    second = record_screening_history(session, application, "rescreen")
    session.commit()
    rows = list_screenings(session, application.org_id, application.id)
    assert [(r.number, r.kind, r.verdict) for r in rows] == [
        (1, "screen", "meets"),
        (2, "rescreen", "does_not_meet"),
    ]
    assert (first.engine, first.as_of, first.rules_sha256) == ("0.2.0", "2026-11", rules.sha256)
    assert (first.input_sha256, first.input_filename) == (application.sha256, "jane_doe.txt")
    assert second.number == 2
    actions = [e.action for e in events_since(session, application.org_id, None)]
    assert actions == ["screen", "rescreen"]


def test_decisions_keep_the_recommendation_and_the_actor(
    session: Session, rules: LoadedRules
) -> None:
    application = _screened(session, rules, "needs_review")
    record_screening_history(session, application, "screen")
    key = repo.create_api_key(session, "Acme")
    key_id = session.scalars(select(ApiKey.id)).one()
    acting_as(Actor(key_hash=repo.hash_key(key)))
    try:
        decision, number = add_decision(session, application, "advance", "Strong Java quote")
    finally:
        acting_as(SYSTEM)
    session.commit()
    assert (decision.recommendation, number, decision.actor) == ("needs_review", 1, f"key:{key_id}")
    decisions = list_decisions(session, application.org_id, application.id)
    assert [(d.action, d.note, n) for d, n in decisions] == [("advance", "Strong Java quote", 1)]
    logged = list(events_since(session, application.org_id, None))[-1]
    assert (logged.action, logged.actor) == ("decision", f"key:{key_id}")
    assert "Strong Java quote" not in str(logged.detail)  # a note never reaches the log


def test_erasure_takes_history_and_decisions_but_not_the_log(
    session: Session, rules: LoadedRules
) -> None:
    application = _screened(session, rules)
    record_screening_history(session, application, "screen")
    add_decision(session, application, "reject", None)
    session.commit()
    org, app_id = application.org_id, application.id
    assert repo.delete_application(session, org, app_id)
    session.commit()
    assert session.scalars(select(ScreeningRecord)).all() == []
    assert list_decisions(session, org, app_id) == []
    events = [(e.action, e.application_id, e.actor) for e in events_since(session, org, None)]
    assert events == [
        ("screen", app_id, "system"),
        ("decision", app_id, "system"),
        ("delete", app_id, "system"),
    ]


@pytest.mark.parametrize("change", ["update", "delete"])
def test_the_database_refuses_to_change_the_log(
    session: Session, rules: LoadedRules, change: str
) -> None:
    application = _screened(session, rules)
    log_event(session, application.org_id, "view", application_id=application.id)
    session.commit()
    statement = (
        update(AuditEvent).values(actor="someone-else")
        if change == "update"
        else delete(AuditEvent)
    )
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(statement)
    session.rollback()
    assert [e.actor for e in events_since(session, application.org_id, None)] == ["system"]


def test_the_log_cannot_be_truncated_on_postgresql(engine: Engine, database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("TRUNCATE is PostgreSQL's")
    with engine.connect() as connection, pytest.raises(DBAPIError, match="append-only"):
        connection.execute(text("TRUNCATE audit_events"))


def test_migration_0005_backfills_the_first_screening(
    engine: Engine, database_url: str, rules: LoadedRules
) -> None:
    with Session(engine) as session:
        application = _screened(session, rules)
        app_id = application.id
        session.commit()
    downgrade(database_url, "0004")
    upgrade(database_url)
    with Session(engine) as session:
        rows = session.scalars(select(ScreeningRecord)).all()
    assert [(r.application_id, r.number, r.kind, r.verdict) for r in rows] == [
        (app_id, 1, "screen", "meets")
    ]
    assert (rows[0].rules_sha256, rows[0].as_of, rows[0].engine) == (
        rules.sha256,
        "2026-11",
        "0.2.0",
    )
