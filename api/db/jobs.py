"""Jobs and their immutable rule-set versions, always scoped to one organisation."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from api.db.decision_log import log_event
from api.db.idempotency import purge_mentions
from api.db.models import Application, Job, RuleSetVersion, utcnow
from api.webhooks import outbox
from screener.requirements.loading import LoadedRules


def create_job(session: Session, org_id: str, title: str, loaded: LoadedRules) -> Job:
    """A new job with ``loaded`` as its first rule-set version."""
    job = Job(org_id=org_id, title=title)
    session.add(job)
    session.flush()
    version = _add_version(session, job, loaded)
    job.current_rules_id = version.id
    session.flush()
    return job


def update_job_rules(session: Session, org_id: str, job_id: str, loaded: LoadedRules) -> Job | None:
    """Point the job at ``loaded``: a new version unless the job already had these rules.

    Existing versions are never changed, so earlier screenings keep their rules.
    """
    job = get_job(session, org_id, job_id)
    if job is None:
        return None
    version = session.scalar(
        select(RuleSetVersion).where(
            RuleSetVersion.org_id == org_id,
            RuleSetVersion.job_id == job.id,
            RuleSetVersion.sha256 == loaded.sha256,
        )
    )
    if version is None:
        version = _add_version(session, job, loaded)
    if job.current_rules_id != version.id:
        job.current_rules_id = version.id
        job.updated_at = utcnow()
    session.flush()
    return job


def update_job_title(session: Session, org_id: str, job_id: str, title: str) -> Job | None:
    """Rename a job."""
    job = get_job(session, org_id, job_id)
    if job is not None:
        job.title = title
        job.updated_at = utcnow()
        session.flush()
    return job


def get_job(session: Session, org_id: str, job_id: str) -> Job | None:
    """A job of this organisation, or None (another organisation's job is "not found")."""
    return session.scalar(select(Job).where(Job.org_id == org_id, Job.id == job_id))


def list_jobs(
    session: Session,
    org_id: str,
    *,
    limit: int = 50,
    offset: int = 0,
    archived: bool | None = None,
) -> list[Job]:
    """The organisation's jobs, newest first (``archived``: only archived ones, or only
    open ones; None: all)."""
    query = select(Job).where(Job.org_id == org_id)
    if archived is not None:
        query = query.where(Job.archived_at.is_not(None) if archived else Job.archived_at.is_(None))
    query = query.order_by(Job.created_at.desc(), Job.id).limit(limit).offset(offset)
    return list(session.scalars(query).all())


def set_job_archived(session: Session, org_id: str, job_id: str, archived: bool) -> Job | None:
    """Archive a job (kept with its applications, hidden from the open jobs) or reopen it."""
    job = get_job(session, org_id, job_id)
    if job is not None:
        job.archived_at = utcnow() if archived else None
        job.updated_at = utcnow()
        session.flush()
    return job


def count_jobs(session: Session, org_id: str) -> int:
    """How many jobs the organisation has."""
    return session.scalar(select(func.count()).select_from(Job).where(Job.org_id == org_id)) or 0


def delete_job(session: Session, org_id: str, job_id: str) -> bool:
    """Delete a job with its rule-set versions and applications (and what they left behind)."""
    job = get_job(session, org_id, job_id)
    if job is None:
        return False
    rows = session.execute(
        select(Application.id, Application.sha256).where(
            Application.org_id == org_id, Application.job_id == job.id
        )
    ).all()
    job.current_rules_id = None
    session.flush()
    session.execute(delete(Application).where(Application.job_id == job.id))
    session.execute(delete(RuleSetVersion).where(RuleSetVersion.job_id == job.id))
    session.execute(delete(Job).where(Job.id == job.id))
    purge_mentions(session, org_id, [value for row in rows for value in row])
    outbox.forget_applications(session, org_id, [row[0] for row in rows])
    session.expunge(job)
    log_event(session, org_id, "delete", job_id=job_id, detail={"applications": len(rows)})
    return True


def get_rule_set(session: Session, org_id: str, rule_set_id: str) -> RuleSetVersion | None:
    """One rule-set version of this organisation."""
    return session.scalar(
        select(RuleSetVersion).where(
            RuleSetVersion.org_id == org_id, RuleSetVersion.id == rule_set_id
        )
    )


def current_rule_set(session: Session, org_id: str, job: Job) -> RuleSetVersion | None:
    """The job's current rule-set version."""
    if job.current_rules_id is None:
        return None
    return get_rule_set(session, org_id, job.current_rules_id)


def list_rule_sets(session: Session, org_id: str, job_id: str) -> Sequence[RuleSetVersion]:
    """Every version of a job's rules, oldest first."""
    query = (
        select(RuleSetVersion)
        .where(RuleSetVersion.org_id == org_id, RuleSetVersion.job_id == job_id)
        .order_by(RuleSetVersion.version)
    )
    return session.scalars(query).all()


def _add_version(session: Session, job: Job, loaded: LoadedRules) -> RuleSetVersion:
    latest = session.scalar(
        select(func.max(RuleSetVersion.version)).where(RuleSetVersion.job_id == job.id)
    )
    version = RuleSetVersion(
        org_id=job.org_id,
        job_id=job.id,
        rules_id=loaded.ruleset.id,
        version=(latest or 0) + 1,
        sha256=loaded.sha256,
        body=loaded.ruleset.model_dump(mode="json", by_alias=True),
    )
    session.add(version)
    session.flush()
    job.updated_at = utcnow()
    return version
