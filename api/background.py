"""Screening stored applications: at upload, in the background, and on re-screening.

Pending applications keep their file's bytes in the database until they are screened, so
a server restart loses nothing: the background loop starts by picking up whatever is
still pending. After screening, the bytes are dropped unless ``store_original`` is set;
the text and SHA-256 are kept so a job can be re-screened when its rules change.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from sqlalchemy.orm import Session

from api.db import models
from api.db import repository as repo
from api.engine import Engine
from api.settings import ApiSettings
from screener.errors import InputError
from screener.requirements.loading import LoadedRules, parse_rules

log = logging.getLogger("screener.api.background")
BATCH = 20
IDLE_SECONDS = 5.0


def rules_of(
    session: Session, org: str, rule_set_id: str
) -> tuple[models.RuleSetVersion, LoadedRules]:
    """A stored rule-set version and its loaded rules."""
    version = repo.get_rule_set(session, org, rule_set_id)
    if version is None:
        raise LookupError(f"rule set {rule_set_id} is gone")
    return version, parse_rules(version.body, f"rule-set:{version.id}")


async def screen_and_store(
    session: Session,
    engine: Engine,
    settings: ApiSettings,
    org: str,
    job_id: str,
    name: str | None,
    data: bytes,
) -> models.Application:
    """Screen one upload against the job's current rules and store the application."""
    job = repo.get_job(session, org, job_id)
    if job is None or job.current_rules_id is None:
        raise LookupError(f"job {job_id} has no rules")
    version, loaded = rules_of(session, org, job.current_rules_id)
    application = add_pending(session, org, job_id, name, data, version.id)
    await _screen(session, engine, settings, application, data, name, loaded)
    return application


def add_pending(
    session: Session,
    org: str,
    job_id: str,
    name: str | None,
    data: bytes,
    rule_set_id: str | None = None,
) -> models.Application:
    """A pending application holding the file's bytes until it is screened."""
    application = repo.add_application(
        session,
        org,
        job_id,
        filename=name,
        sha256="",
        media_type="",
        size=len(data),
        text=None,
        original=data,
        status="pending",
        rule_set_id=rule_set_id,
    )
    if application is None:
        raise LookupError(f"job {job_id} is not this organisation's")
    return application


async def _screen(
    session: Session,
    engine: Engine,
    settings: ApiSettings,
    application: models.Application,
    data: bytes,
    name: str | None,
    loaded: LoadedRules,
    *,
    keep_text: bool = False,
) -> None:
    try:
        analysed = await engine.analyse(data, name, loaded, None)
    except InputError as error:
        repo.record_failure(session, application, error.code, error.message)
    else:
        if not keep_text:
            source = analysed.source
            application.sha256, application.media_type = source.sha256, source.media_type
            application.size, application.text = source.size, analysed.text
        screening = analysed.screening
        repo.record_screening(
            session,
            application,
            screening.model_dump(mode="json"),
            analysed.profile.model_dump(mode="json"),
            screening.verdict,
            screening.score,
        )
    if not settings.store_original:
        application.original = None
    session.flush()


async def rescreen_job(
    session: Session, engine: Engine, settings: ApiSettings, org: str, job_id: str
) -> int:
    """Screen every application of a job again against the job's current rules."""
    job = repo.get_job(session, org, job_id)
    if job is None or job.current_rules_id is None:
        return 0
    version, loaded = rules_of(session, org, job.current_rules_id)
    rows = [a for a in repo.list_applications(session, org, job_id, limit=10_000) if a.text]
    for application in rows:  # a failed upload was never read: nothing to re-screen
        application.rule_set_id = version.id
        text = (application.text or "").encode("utf-8")
        await _screen(
            session, engine, settings, application, text, "resume.txt", loaded, keep_text=True
        )
    return len(rows)


async def process_pending(
    session: Session, engine: Engine, settings: ApiSettings, *, org: str | None = None
) -> int:
    """Screen up to ``BATCH`` pending applications (of one organisation, or all)."""
    pending = [
        a for a in repo.pending_applications(session, limit=BATCH) if org is None or a.org_id == org
    ]
    for application in pending:
        _, loaded = rules_of(session, application.org_id, application.rule_set_id)
        data = application.original or b""
        await _screen(session, engine, settings, application, data, application.filename, loaded)
        session.commit()
    return len(pending)


async def background_loop(
    session_factory: Callable[[], Session],
    engine: Engine,
    settings: ApiSettings,
    wake: asyncio.Event,
) -> None:
    """Screen pending applications as they arrive; resume leftovers at start-up."""
    while True:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), IDLE_SECONDS)
        wake.clear()
        try:
            while True:
                with session_factory() as session:
                    done = await process_pending(session, engine, settings)
                    session.commit()
                if done < BATCH:
                    break
            if settings.retention_days is not None:
                with session_factory() as session:
                    repo.purge_older_than(session, settings.retention_days)
                    repo.purge_idempotency_older_than(session, 24)
                    session.commit()
        except Exception:
            log.exception("background screening failed; retrying later")
