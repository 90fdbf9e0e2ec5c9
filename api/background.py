"""Screening stored applications: at upload, in the background, and on re-screening.

Pending applications keep their file's bytes in the database until they are screened, so
a server restart loses nothing: the background loop starts by picking up whatever is
still pending. After screening, the bytes are dropped unless ``store_original`` is set;
the text and SHA-256 are kept so a job can be re-screened when its rules change.

No session is ever held while a file is parsed: what a parse needs is read in a short
session in a thread, the parse is awaited with no connection held, and its result is
stored in a second short transaction, also in a thread (``run_in_threadpool``), so the
event loop never waits on the database and a lock is never held across a parse.

The background loop that screens pending applications is ``api.pending``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from api.db import models
from api.db import repository as repo
from api.db.history import record_screening_history
from api.db.session import session_scope
from api.engine import Engine
from api.intake import Tag
from api.settings import ApiSettings
from api.webhooks import outbox
from screener.errors import InputError
from screener.requirements.loading import LoadedRules, parse_rules
from screener.stages import Analysed

log = logging.getLogger("screener.api.background")
Factory = sessionmaker[Session]
Result = Analysed | InputError


@dataclass(frozen=True)
class Target:
    """A job and the rule-set version an upload to it is screened against."""

    job_id: str
    rule_set_id: str
    loaded: LoadedRules


def rules_of(
    session: Session, org: str, rule_set_id: str
) -> tuple[models.RuleSetVersion, LoadedRules]:
    """A stored rule-set version and its loaded rules."""
    version = repo.get_rule_set(session, org, rule_set_id)
    if version is None:
        raise LookupError(f"rule set {rule_set_id} is gone")
    return version, parse_rules(version.body, f"rule-set:{version.id}")


def job_target(session: Session, org: str, job_id: str) -> Target | None:
    """The job's current rules, or None when it is not this organisation's job."""
    job = repo.get_job(session, org, job_id)
    if job is None or job.current_rules_id is None:
        return None
    version, loaded = rules_of(session, org, job.current_rules_id)
    return Target(job.id, version.id, loaded)


async def analyse(
    engine: Engine, org: str, data: bytes, name: str | None, loaded: LoadedRules
) -> Result:
    """Read, extract and screen one file in a worker; a file's failure is its result."""
    try:
        return await engine.analyse(data, name, loaded, None, org=org)
    except InputError as error:
        return error


def apply_result(
    application: models.Application,
    result: Result,
    settings: ApiSettings,
    *,
    keep_text: bool = False,
    notify: bool = True,
    kind: str = "screen",
) -> None:
    """Record a screening (or a failure) on ``application``; drop its bytes unless kept;
    with ``notify``, queue its webhook event in the same transaction (``api.webhooks``).
    The screening is also added to the application's history as ``kind`` (``screen`` or
    ``rescreen``) and logged (``api.db.history``)."""
    session = _session_of(application)
    if isinstance(result, InputError):
        repo.record_failure(session, application, result.code, result.message)
    else:
        if not keep_text:
            source = result.source
            application.sha256, application.media_type = source.sha256, source.media_type
            application.size, application.text = source.size, result.text
        screening = result.screening
        repo.record_screening(
            session,
            application,
            screening.model_dump(mode="json"),
            result.profile.model_dump(mode="json"),
            screening.verdict,
            screening.score,
        )
    if not settings.store_original:
        application.original = None
    session.flush()
    record_screening_history(session, application, kind)
    if notify:
        outbox.application_stored(session, application)


def store_screened(
    session: Session,
    org: str,
    target: Target,
    name: str | None,
    data: bytes,
    result: Result,
    settings: ApiSettings,
    tag: Tag | None = None,
) -> models.Application | None:
    """Store an upload already screened against ``target`` (None: the job is gone), with
    the caller's external id and metadata (``api.intake``)."""
    application = repo.add_application(
        session,
        org,
        target.job_id,
        filename=name,
        sha256="",
        media_type="",
        size=len(data),
        text=None,
        original=data,
        status="pending",
        rule_set_id=target.rule_set_id,
    )
    if application is not None:
        _tag(application, tag, data)
        apply_result(application, result, settings)
    return application


def _tag(application: models.Application, tag: Tag | None, data: bytes) -> None:
    """Give the application the caller's external id and metadata; one with an external
    id gets its file's SHA-256 at once (the key of a repeated upload)."""
    if tag is None:
        return
    application.external_id, application.meta = tag.external_id, tag.metadata
    if tag.external_id is not None:
        application.sha256 = hashlib.sha256(data).hexdigest()
    session = _session_of(application)
    session.flush()


def add_pending(
    session: Session,
    org: str,
    job_id: str,
    name: str | None,
    data: bytes,
    rule_set_id: str | None = None,
    tag: Tag | None = None,
) -> models.Application:
    """A pending application holding the file's bytes until it is screened (with the
    caller's external id and metadata)."""
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
    _tag(application, tag, data)
    return application


async def rescreen_job(
    factory: Factory, engine: Engine, settings: ApiSettings, org: str, job_id: str
) -> bool:
    """Screen every application of a job again against the job's current rules; False
    when there is no such job. The texts are read, then screened with no session open,
    then every result is stored in one short transaction (rows in id order)."""
    found = await run_in_threadpool(_rescreen_inputs, factory, org, job_id)
    if found is None:
        return False
    target, texts = found
    results = await asyncio.gather(
        *(
            analyse(engine, org, text.encode("utf-8"), "resume.txt", target.loaded)
            for _, text in texts
        )
    )
    done = list(zip((app_id for app_id, _ in texts), results, strict=True))
    await run_in_threadpool(_store_rescreened, factory, org, target, done, settings)
    return True


def _rescreen_inputs(
    factory: Factory, org: str, job_id: str
) -> tuple[Target, list[tuple[str, str]]] | None:
    with session_scope(factory) as session:
        target = job_target(session, org, job_id)
        if target is None:
            return None
        rows = repo.list_applications(session, org, job_id, limit=10_000)
        # a failed upload was never read: nothing to re-screen
        return target, sorted((a.id, a.text) for a in rows if a.text)


def _store_rescreened(
    factory: Factory,
    org: str,
    target: Target,
    done: list[tuple[str, Result]],
    settings: ApiSettings,
) -> None:
    with session_scope(factory) as session:
        stored = []
        for app_id, result in done:
            application = repo.get_application(session, org, app_id)
            if application is None:  # erased meanwhile
                continue
            application.rule_set_id = target.rule_set_id
            apply_result(
                application, result, settings, keep_text=True, notify=False, kind="rescreen"
            )
            stored.append(application)
        outbox.job_rescreened(session, org, target.job_id, target.rule_set_id, stored)


def _session_of(application: models.Application) -> Session:
    from sqlalchemy.orm import object_session

    session = object_session(application)
    if session is None:
        raise RuntimeError("the application is not in a session")
    return session
