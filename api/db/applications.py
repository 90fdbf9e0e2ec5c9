"""Applications: a résumé uploaded to a job, its screening, erasure and retention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Select, case, delete, func, select
from sqlalchemy.orm import Session

from api.actor import SYSTEM
from api.db.decision_log import log_event
from api.db.idempotency import purge_mentions
from api.db.jobs import get_job
from api.db.models import VERDICTS, Application, utcnow
from api.webhooks import outbox

# Ranking: meets, needs_review, does_not_meet, then unscreened (pending or failed).
_VERDICT_RANK = case(
    *((Application.verdict == verdict, rank) for rank, verdict in enumerate(VERDICTS)),
    else_=len(VERDICTS),
)
_RANKING = (
    _VERDICT_RANK,
    case((Application.score.is_(None), 1), else_=0),
    Application.score.desc(),
    Application.created_at,
    Application.id,
)


def add_application(
    session: Session,
    org_id: str,
    job_id: str,
    *,
    filename: str | None,
    sha256: str,
    media_type: str,
    size: int,
    text: str | None,
    original: bytes | None,
    status: str = "pending",
    rule_set_id: str | None = None,
) -> Application | None:
    """Store an application against the job's current rules (or ``rule_set_id``).

    None when the job is not this organisation's. Store ``original`` only when the
    deployment is configured to keep files (the default keeps the text and SHA-256).
    """
    job = get_job(session, org_id, job_id)
    if job is None:
        return None
    rules = rule_set_id or job.current_rules_id
    if rules is None:
        raise ValueError(f"job {job_id} has no rules")
    application = Application(
        org_id=org_id,
        job_id=job.id,
        rule_set_id=rules,
        filename=filename,
        sha256=sha256,
        media_type=media_type,
        size=size,
        text=text,
        original=original,
        status=status,
    )
    session.add(application)
    session.flush()
    return application


def record_screening(
    session: Session,
    application: Application,
    screening_json: dict[str, Any],
    profile_json: dict[str, Any] | None,
    verdict: str,
    score: float,
) -> Application:
    """Mark ``application`` done with its Screening and Profile (as JSON)."""
    if verdict not in VERDICTS:
        raise ValueError(f"unknown verdict {verdict!r}")
    application.screening = screening_json
    application.profile = profile_json
    application.verdict = verdict
    application.score = score
    application.status = "done"
    application.error_code = None
    application.error_message = None
    application.updated_at = utcnow()
    session.flush()
    return application


def record_failure(
    session: Session, application: Application, error_code: str, error_message: str
) -> Application:
    """Mark ``application`` failed with a stable error code (``screener.errors``)."""
    application.status = "failed"
    application.error_code = error_code
    application.error_message = error_message
    application.verdict = None
    application.score = None
    application.screening = None
    application.profile = None
    application.updated_at = utcnow()
    session.flush()
    return application


def get_application(session: Session, org_id: str, app_id: str) -> Application | None:
    """An application of this organisation, or None."""
    return session.scalar(
        select(Application).where(Application.org_id == org_id, Application.id == app_id)
    )


def list_applications(
    session: Session,
    org_id: str,
    job_id: str,
    *,
    verdict: str | None = None,
    limit: int = 50,
    offset: int = 0,
    status: str | None = None,
) -> list[Application]:
    """A job's applications ranked: verdict (meets, needs_review, does_not_meet, then
    unscreened), score descending, oldest first, id (a stable order for pagination);
    ``verdict`` and ``status`` (pending, done, failed) filter them."""
    query = (
        _filtered(select(Application), org_id, job_id, verdict, status)
        .order_by(*_RANKING)
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(query).all())


@dataclass(frozen=True)
class ApplicationSummary:
    """What a ranked list shows of an application: no text, no profile but the name."""

    id: str
    filename: str | None
    sha256: str
    status: str
    verdict: str | None
    score: float | None
    error_code: str | None
    screening: dict[str, Any] | None
    contact_name: str | None


def list_summaries(
    session: Session,
    org_id: str,
    job_id: str,
    *,
    verdict: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[ApplicationSummary]:
    """``list_applications``' rows, in its order, reading only the columns a ranked list
    shows (decoding each profile's JSON took most of a 200-row page's time)."""
    name = Application.profile["contact"]["name"].as_string()
    columns = (
        Application.id,
        Application.filename,
        Application.sha256,
        Application.status,
        Application.verdict,
        Application.score,
        Application.error_code,
        Application.screening,
        name,
    )
    query = (
        _filtered(select(*columns), org_id, job_id, verdict)
        .order_by(*_RANKING)
        .limit(limit)
        .offset(offset)
    )
    return [ApplicationSummary(*row) for row in session.execute(query).all()]


def count_applications(
    session: Session,
    org_id: str,
    job_id: str,
    *,
    verdict: str | None = None,
    status: str | None = None,
) -> int:
    """How many applications ``list_applications`` would page through."""
    counted = select(func.count()).select_from(Application)
    query = _filtered(counted, org_id, job_id, verdict, status)
    return session.scalar(query) or 0


def delete_application(session: Session, org_id: str, app_id: str) -> bool:
    """Erase an application: its row (file, text, results) and any stored response quoting
    it. False when it is not this organisation's."""
    application = get_application(session, org_id, app_id)
    if application is None:
        return False
    needles = [application.id, application.sha256]
    session.execute(
        delete(Application).where(Application.org_id == org_id, Application.id == app_id)
    )
    session.expunge(application)
    purge_mentions(session, org_id, needles)
    outbox.application_deleted(session, org_id, app_id, application.job_id)
    log_event(session, org_id, "delete", application_id=app_id, job_id=application.job_id)
    return True


def pending_applications(session: Session, *, limit: int | None = None) -> list[Application]:
    """Applications of every organisation still waiting to be screened, oldest first
    (resumed at start-up so a restart loses no submitted résumé)."""
    query = (
        select(Application)
        .where(Application.status == "pending")
        .order_by(Application.created_at, Application.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query).all())


def purge_older_than(session: Session, days: float) -> int:
    """Retention: erase applications created more than ``days`` ago (every organisation),
    with the stored responses that quote them; how many applications went."""
    cutoff = utcnow() - timedelta(days=days)
    rows = session.execute(
        select(Application.org_id, Application.id, Application.sha256, Application.job_id).where(
            Application.created_at < cutoff
        )
    ).all()
    if not rows:
        return 0
    by_org: dict[str, list[str]] = {}
    ids_by_org: dict[str, list[str]] = {}
    for org_id, app_id, sha256, job_id in rows:
        by_org.setdefault(org_id, []).extend((app_id, sha256))
        ids_by_org.setdefault(org_id, []).append(app_id)
        log_event(
            session,
            org_id,
            "delete",
            application_id=app_id,
            job_id=job_id,
            detail={"reason": "retention"},
            actor=SYSTEM,
        )
    ids = [row[1] for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(delete(Application).where(Application.id.in_(chunk)))
    for org_id, needles in by_org.items():
        purge_mentions(session, org_id, needles)
        outbox.forget_applications(session, org_id, ids_by_org[org_id])
    session.expire_all()
    return len(ids)


def _filtered(
    query: Select[Any], org_id: str, job_id: str, verdict: str | None, status: str | None = None
) -> Select[Any]:
    query = query.where(Application.org_id == org_id, Application.job_id == job_id)
    if verdict is not None:
        query = query.where(Application.verdict == verdict)
    if status is not None:
        query = query.where(Application.status == status)
    return query
