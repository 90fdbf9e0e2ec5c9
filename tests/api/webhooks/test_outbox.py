"""The outbox is written in the transaction of its event, on SQLite and PostgreSQL: an
event rolled back sends nothing, a committed one is never lost; erasure takes the
deliveries about an application with it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from api.background import apply_result
from api.db import repository as repo
from api.db.migrate import upgrade
from api.db.models import Application, WebhookAttempt, WebhookDelivery
from api.db.session import make_engine, make_session_factory, session_scope
from api.settings import ApiSettings
from api.webhooks.endpoints import create_endpoint
from api.webhooks.events import EVENT_TYPES
from screener.errors import Corrupt
from screener.requirements.loading import load_rules


@pytest.fixture
def factory(database_url: str) -> Iterator[sessionmaker[Session]]:
    upgrade(database_url)
    engine = make_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


def _pending(session: Session, *, url: str = "http://127.0.0.1:9/hook") -> Application:
    org = repo.create_org(session, "outbox-co")
    create_endpoint(session, org.id, url, EVENT_TYPES)
    job = repo.create_job(session, org.id, "Job", load_rules("ml-engineer"))
    application = repo.add_application(
        session, org.id, job.id, filename="cv.pdf", sha256="", media_type="", size=3,
        text=None, original=b"%PD",
    )  # fmt: skip
    assert application is not None
    return application


def _count(session: Session, table: type[WebhookDelivery] | type[WebhookAttempt]) -> int:
    return session.scalar(select(func.count()).select_from(table)) or 0


def _screen_then_die(factory: sessionmaker[Session], app_id: str) -> None:
    with session_scope(factory) as session:
        application = session.get(Application, app_id)
        assert application is not None
        apply_result(application, Corrupt("unreadable"), ApiSettings())
        assert _count(session, WebhookDelivery) == 1  # written beside the result...
        raise RuntimeError("the server dies before the commit")


def test_a_rolled_back_screening_leaves_no_delivery(factory: sessionmaker[Session]) -> None:
    with session_scope(factory) as session:
        app_id = _pending(session).id
    with pytest.raises(RuntimeError, match="dies"):
        _screen_then_die(factory, app_id)
    with session_scope(factory) as session:
        assert _count(session, WebhookDelivery) == 0  # ...and gone with it
        application = session.get(Application, app_id)
        assert application is not None
        assert application.status == "pending"


def test_a_committed_screening_has_its_delivery(factory: sessionmaker[Session]) -> None:
    with session_scope(factory) as session:
        application = _pending(session)
        apply_result(application, Corrupt("unreadable"), ApiSettings())
    with session_scope(factory) as session:
        (delivery,) = session.scalars(select(WebhookDelivery)).all()
        assert (delivery.event_type, delivery.status) == ("application.failed", "pending")
        assert delivery.application_id == application.id
        assert '"error_code":"corrupt"' in delivery.payload
        assert "cv.pdf" not in delivery.payload


def test_erasure_takes_the_deliveries_about_an_application(
    factory: sessionmaker[Session],
) -> None:
    with session_scope(factory) as session:
        application = _pending(session)
        apply_result(application, Corrupt("unreadable"), ApiSettings())
        delivery = session.scalars(select(WebhookDelivery)).one()
        session.add(WebhookAttempt(org_id=delivery.org_id, delivery_id=delivery.id, error="x"))
        org_id, app_id = application.org_id, application.id
    with session_scope(factory) as session:
        assert repo.delete_application(session, org_id, app_id)
    with session_scope(factory) as session:
        (notice,) = session.scalars(select(WebhookDelivery)).all()
        assert notice.event_type == "application.deleted"
        assert _count(session, WebhookAttempt) == 0


def test_deleting_a_job_takes_its_applications_deliveries(
    factory: sessionmaker[Session],
) -> None:
    with session_scope(factory) as session:
        application = _pending(session)
        apply_result(application, Corrupt("unreadable"), ApiSettings())
        org_id, job_id = application.org_id, application.job_id
    with session_scope(factory) as session:
        assert _count(session, WebhookDelivery) == 1
        assert repo.delete_job(session, org_id, job_id)
    with session_scope(factory) as session:
        assert _count(session, WebhookDelivery) == 0
