"""``list_summaries`` (what the ranked list reads) keeps ``list_applications``' order and
reads the contact's name from the profile's JSON, on SQLite and PostgreSQL."""

from __future__ import annotations

from api.db import repository as repo
from api.db.migrate import upgrade
from api.db.session import make_engine, make_session_factory, session_scope
from screener.requirements.loading import load_rules


def test_summaries_follow_the_ranking(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            org = repo.create_org(session, "Acme").id
            job = repo.create_job(session, org, "Job", load_rules("ml-engineer")).id
            cases = [("a", "meets", 50.0), ("b", "does_not_meet", 90.0), ("c", "meets", 80.0)]
            for name, verdict, score in cases:
                application = repo.add_application(
                    session, org, job, filename=f"{name}.txt", sha256=name * 64,
                    media_type="text/plain", size=1, text=name, original=None,
                )  # fmt: skip
                assert application is not None
                profile = {"contact": {"name": f"Person {name.upper()}"}}
                repo.record_screening(
                    session, application, {"outcomes": []}, profile, verdict, score
                )
            failed = repo.add_application(
                session, org, job, filename="x.pdf", sha256="", media_type="", size=1,
                text=None, original=None,
            )  # fmt: skip
            assert failed is not None
            repo.record_failure(session, failed, "corrupt", "damaged")
            summaries = repo.list_summaries(session, org, job, limit=10)
            ranked = repo.list_applications(session, org, job, limit=10)
            assert [s.id for s in summaries] == [a.id for a in ranked]
            assert [s.contact_name for s in summaries] == ["Person C", "Person A", "Person B", None]
            assert summaries[-1].error_code == "corrupt"
            assert summaries[0].screening == {"outcomes": []}
            assert repo.list_summaries(session, "another-org", job) == []
    finally:
        engine.dispose()
