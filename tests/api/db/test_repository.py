"""Repository functions: keys, tenant isolation, rule versions, ranking, erasure, retention,
idempotency and resumable work, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, select, update
from sqlalchemy.orm import Session

from api.db import repository as repo
from api.db.models import ApiKey, Application, IdempotencyRecord, Job, RuleSetVersion
from screener.requirements.loading import LoadedRules


def _apply(
    session: Session, org_id: str, job_id: str, text: str, *, original: bytes | None = None
) -> Application:
    data = text.encode()
    application = repo.add_application(
        session,
        org_id,
        job_id,
        filename="resume.txt",
        sha256=hashlib.sha256(data).hexdigest(),
        media_type="text/plain",
        size=len(data),
        text=text,
        original=original,
    )
    assert application is not None
    return application


def _screen(session: Session, application: Application, verdict: str, score: float) -> None:
    screening = {
        "verdict": verdict,
        "score": score,
        "candidate": {"sha256": application.sha256, "filename": application.filename},
    }
    profile = {"contact": {"name": application.text}}
    repo.record_screening(session, application, screening, profile, verdict, score)


def _dump_everything(engine: Engine, *, skip: frozenset[str] = frozenset()) -> str:
    """Every value of every row of every table (but ``skip``), as text."""
    metadata = MetaData()
    metadata.reflect(engine)
    parts: list[str] = []
    with engine.connect() as connection:
        for table in metadata.tables.values():
            if table.name in skip:
                continue
            for row in connection.execute(select(table)):
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        parts.append(bytes(value).decode("latin-1"))
                    else:
                        parts.append(json.dumps(value, default=str))
    return "\n".join(parts)


# --------------------------------------------------------------------------------- keys


def test_keys_are_stored_as_hashes_and_can_be_revoked(session: Session, engine: Engine) -> None:
    key = repo.create_api_key(session, "Acme")
    session.commit()
    assert key.startswith("scr_")
    assert len(key) >= 40
    org = repo.org_for_key(session, key)
    assert org is not None
    assert org.name == "Acme"
    row = session.scalars(select(ApiKey)).one()
    assert row.prefix == key[:8]
    assert row.key_hash == repo.hash_key(key)
    assert key not in _dump_everything(engine)
    assert key[8:] not in _dump_everything(engine)

    assert repo.org_for_key(session, key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    assert repo.org_for_key(session, "") is None
    assert repo.org_for_key(session, "nope") is None

    second = repo.create_api_key(session, "Acme")  # same organisation, another key
    assert repo.create_org(session, "Acme").id == org.id
    assert repo.revoke_api_key(session, key)
    session.commit()
    assert repo.org_for_key(session, key) is None
    assert repo.org_for_key(session, second) is not None
    assert not repo.revoke_api_key(session, key)


# --------------------------------------------------------------------- tenant isolation


def test_another_organisation_sees_nothing(session: Session, rules: LoadedRules) -> None:
    a = repo.create_org(session, "A")
    b = repo.create_org(session, "B")
    job = repo.create_job(session, a.id, "ML engineer", rules)
    application = _apply(session, a.id, job.id, "Ada")
    session.commit()

    assert repo.get_job(session, b.id, job.id) is None
    assert repo.list_jobs(session, b.id) == []
    assert repo.count_jobs(session, b.id) == 0
    assert repo.update_job_rules(session, b.id, job.id, rules) is None
    assert repo.update_job_title(session, b.id, job.id, "x") is None
    assert repo.get_application(session, b.id, application.id) is None
    assert repo.list_applications(session, b.id, job.id) == []
    assert repo.count_applications(session, b.id, job.id) == 0
    assert (
        repo.add_application(
            session,
            b.id,
            job.id,
            filename=None,
            sha256="0" * 64,
            media_type="text/plain",
            size=1,
            text="x",
            original=None,
        )
        is None
    )
    assert job.current_rules_id is not None
    assert repo.get_rule_set(session, b.id, job.current_rules_id) is None
    assert not repo.delete_application(session, b.id, application.id)
    assert not repo.delete_job(session, b.id, job.id)
    session.commit()

    assert repo.get_job(session, a.id, job.id) is not None
    assert repo.get_application(session, a.id, application.id) is not None
    assert [j.id for j in repo.list_jobs(session, a.id)] == [job.id]


# ------------------------------------------------------------------------ rule versions


def test_changing_rules_makes_a_version_and_old_applications_keep_theirs(
    session: Session, rules: LoadedRules, other_rules: LoadedRules
) -> None:
    org = repo.create_org(session, "A")
    job = repo.create_job(session, org.id, "ML engineer", rules)
    first = repo.current_rule_set(session, org.id, job)
    assert first is not None
    assert (first.version, first.sha256, first.rules_id) == (1, rules.sha256, "ml-engineer")
    assert first.body == rules.ruleset.model_dump(mode="json", by_alias=True)
    old = _apply(session, org.id, job.id, "Ada")

    same = repo.update_job_rules(session, org.id, job.id, rules)
    assert same is not None
    assert same.current_rules_id == first.id
    assert len(repo.list_rule_sets(session, org.id, job.id)) == 1

    changed = repo.update_job_rules(session, org.id, job.id, other_rules)
    assert changed is not None
    assert changed.current_rules_id != first.id
    versions = repo.list_rule_sets(session, org.id, job.id)
    assert [(v.version, v.sha256) for v in versions] == [
        (1, rules.sha256),
        (2, other_rules.sha256),
    ]
    new = _apply(session, org.id, job.id, "Grace")
    session.commit()
    assert old.rule_set_id == first.id
    assert new.rule_set_id == versions[1].id

    back = repo.update_job_rules(session, org.id, job.id, rules)  # back to v1: no v3
    assert back is not None
    assert back.current_rules_id == first.id
    assert len(repo.list_rule_sets(session, org.id, job.id)) == 2


def test_delete_job_removes_its_versions_and_applications(
    session: Session, rules: LoadedRules, other_rules: LoadedRules
) -> None:
    org = repo.create_org(session, "A")
    job = repo.create_job(session, org.id, "ML engineer", rules)
    repo.update_job_rules(session, org.id, job.id, other_rules)
    _apply(session, org.id, job.id, "Ada")
    keep = repo.create_job(session, org.id, "Other", rules)
    session.commit()
    assert repo.delete_job(session, org.id, job.id)
    session.commit()
    assert repo.get_job(session, org.id, job.id) is None
    assert session.scalars(select(RuleSetVersion.job_id)).all() == [keep.id]
    assert session.scalars(select(Application)).all() == []
    assert [j.id for j in repo.list_jobs(session, org.id)] == [keep.id]


# ------------------------------------------------------------------------------ ranking


def test_ranked_listing_with_filter_and_pages(session: Session, rules: LoadedRules) -> None:
    org = repo.create_org(session, "A")
    job = repo.create_job(session, org.id, "ML engineer", rules)
    specs = [
        ("d1", "does_not_meet", 40.0),
        ("m1", "meets", 80.0),
        ("r1", "needs_review", 95.0),
        ("m2", "meets", 90.0),
        ("pending", None, None),
        ("m3", "meets", 80.0),
        ("failed", "failed", None),
    ]
    names: dict[str, str] = {}
    for name, verdict, score in specs:
        application = _apply(session, org.id, job.id, name)
        names[application.id] = name
        if verdict == "failed":
            repo.record_failure(session, application, "corrupt", "broken file")
        elif verdict is not None and score is not None:
            _screen(session, application, verdict, score)
    session.commit()

    ranked = [names[a.id] for a in repo.list_applications(session, org.id, job.id, limit=100)]
    assert ranked[:5] == ["m2", "m1", "m3", "r1", "d1"]  # ties (80) oldest first
    assert set(ranked[5:]) == {"pending", "failed"}
    assert repo.count_applications(session, org.id, job.id) == 7

    meets = repo.list_applications(session, org.id, job.id, verdict="meets")
    assert [names[a.id] for a in meets] == ["m2", "m1", "m3"]
    assert repo.count_applications(session, org.id, job.id, verdict="meets") == 3

    pages = [
        [names[a.id] for a in repo.list_applications(session, org.id, job.id, limit=2, offset=o)]
        for o in range(0, 8, 2)
    ]
    assert [name for page in pages for name in page] == ranked
    assert pages[-1] == [] or len(pages[-1]) <= 2

    with pytest.raises(ValueError, match="verdict"):
        repo.record_screening(session, repo.pending_applications(session)[0], {}, None, "x", 1)


# ------------------------------------------------------------------------------ erasure


def test_delete_application_leaves_nothing_of_the_candidate(
    session: Session, engine: Engine, rules: LoadedRules
) -> None:
    org = repo.create_org(session, "A")
    job = repo.create_job(session, org.id, "ML engineer", rules)
    marker = "Zebulon-Quartermaine-7731"
    application = _apply(session, org.id, job.id, f"{marker}\nPython", original=marker.encode())
    _screen(session, application, "meets", 88.0)
    other = _apply(session, org.id, job.id, "Someone else entirely")
    sha = application.sha256
    body = {"id": application.id, "screening": application.screening}
    repo.store_idempotent_response(session, org.id, "k1", "POST", "/v1/x", "h1", 201, body)
    repo.store_idempotent_response(
        session, org.id, "k2", "POST", "/v1/screen", "h2", 200, {"candidate": {"sha256": sha}}
    )
    repo.store_idempotent_response(
        session, org.id, "k3", "POST", "/v1/x", "h3", 201, {"id": other.id}
    )
    session.commit()
    before = _dump_everything(engine)
    assert marker in before
    assert sha in before

    assert repo.delete_application(session, org.id, application.id)
    session.commit()
    after = _dump_everything(engine)
    assert marker not in after
    assert sha not in after
    # only the append-only decision log still names the erased application, by its random
    # id alone: who deleted it and when (issue 14)
    assert application.id not in _dump_everything(engine, skip=frozenset({"audit_events"}))
    assert application.id in after
    assert repo.get_application(session, org.id, application.id) is None
    assert repo.idempotent_response(session, org.id, "k3", "POST", "/v1/x", "h3") is not None
    assert repo.get_application(session, org.id, other.id) is not None
    assert not repo.delete_application(session, org.id, application.id)


# ---------------------------------------------------------------------------- retention


def test_retention_purges_old_applications(
    session: Session, engine: Engine, rules: LoadedRules
) -> None:
    org = repo.create_org(session, "A")
    job = repo.create_job(session, org.id, "ML engineer", rules)
    old = _apply(session, org.id, job.id, "Old-Candidate-Marker")
    new = _apply(session, org.id, job.id, "New candidate")
    repo.store_idempotent_response(session, org.id, "k", "POST", "/v1/x", "h", 201, {"id": old.id})
    long_ago = datetime.now(UTC) - timedelta(days=40)
    session.execute(update(Application).where(Application.id == old.id).values(created_at=long_ago))
    session.commit()

    assert repo.purge_older_than(session, 30) == 1
    session.commit()
    assert repo.get_application(session, org.id, old.id) is None
    assert repo.get_application(session, org.id, new.id) is not None
    assert "Old-Candidate-Marker" not in _dump_everything(engine)
    assert repo.idempotent_response(session, org.id, "k", "POST", "/v1/x", "h") is None
    assert repo.purge_older_than(session, 30) == 0


def test_datetimes_are_utc_aware(session: Session, rules: LoadedRules) -> None:
    org = repo.create_org(session, "A")
    job = repo.create_job(session, org.id, "ML engineer", rules)
    session.commit()
    session.expire_all()
    loaded = repo.get_job(session, org.id, job.id)
    assert loaded is not None
    assert loaded.created_at.tzinfo is not None
    assert loaded.created_at.utcoffset() == timedelta(0)
    assert abs(datetime.now(UTC) - loaded.created_at) < timedelta(minutes=5)


# -------------------------------------------------------------------------- idempotency


def test_idempotency_store_replay_and_conflict(session: Session) -> None:
    a = repo.create_org(session, "A")
    b = repo.create_org(session, "B")
    body: dict[str, Any] = {"id": "job-1", "title": "ML engineer", "n": [1, 2]}
    assert repo.idempotent_response(session, a.id, "key-1", "POST", "/v1/jobs", "h") is None
    repo.store_idempotent_response(session, a.id, "key-1", "post", "/v1/jobs", "h", 201, body)
    session.commit()

    assert repo.idempotent_response(session, a.id, "key-1", "POST", "/v1/jobs", "h") == (
        201,
        body,
    )
    with pytest.raises(repo.IdempotencyConflict):
        repo.idempotent_response(session, a.id, "key-1", "POST", "/v1/jobs", "other")
    with pytest.raises(repo.IdempotencyConflict):
        repo.idempotent_response(session, a.id, "key-1", "POST", "/v1/jobs/x/applications", "h")
    # keys are per organisation
    assert repo.idempotent_response(session, b.id, "key-1", "POST", "/v1/jobs", "h") is None
    repo.store_idempotent_response(session, b.id, "key-1", "POST", "/v1/jobs", "h", 201, {})
    session.commit()

    old = datetime.now(UTC) - timedelta(hours=48)
    session.execute(
        update(IdempotencyRecord).where(IdempotencyRecord.org_id == a.id).values(created_at=old)
    )
    assert repo.purge_idempotency_older_than(session, 24) == 1
    session.commit()
    assert repo.idempotent_response(session, a.id, "key-1", "POST", "/v1/jobs", "h") is None
    assert repo.idempotent_response(session, b.id, "key-1", "POST", "/v1/jobs", "h") is not None


# ---------------------------------------------------------------------- pending/resume


def test_pending_applications_survive_a_restart(
    engine: Engine, database_url: str, rules: LoadedRules
) -> None:
    from api.db.session import make_engine, make_session_factory, session_scope

    with session_scope(make_session_factory(engine)) as session:
        a = repo.create_org(session, "A")
        b = repo.create_org(session, "B")
        job_a = repo.create_job(session, a.id, "ML", rules)
        job_b = repo.create_job(session, b.id, "ML", rules)
        first = _apply(session, a.id, job_a.id, "one")
        second = _apply(session, b.id, job_b.id, "two")
        done = _apply(session, a.id, job_a.id, "three")
        _screen(session, done, "meets", 90)
        expected = [first.id, second.id]
    engine.dispose()

    restarted = make_engine(database_url)  # a new process would see the same
    try:
        with session_scope(make_session_factory(restarted)) as session:
            pending = repo.pending_applications(session)
            assert sorted(p.id for p in pending) == sorted(expected)
            assert {p.org_id for p in pending} == {a.id, b.id}
            assert len(repo.pending_applications(session, limit=1)) == 1
    finally:
        restarted.dispose()


def test_application_needs_rules(session: Session, rules: LoadedRules) -> None:
    org = repo.create_org(session, "A")
    job = repo.create_job(session, org.id, "ML", rules)
    session.execute(update(Job).where(Job.id == job.id).values(current_rules_id=None))
    session.expire_all()
    with pytest.raises(ValueError, match="no rules"):
        _apply(session, org.id, job.id, "x")
