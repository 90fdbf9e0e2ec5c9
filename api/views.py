"""Storage rows → response bodies (routes stay short; storage models stay private)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from api.db import models
from api.db.repository import current_rule_set, get_rule_set
from api.schemas_jobs import ApplicationDetail, ApplicationOut, JobOut, RuleSetOut
from screener.models import ErrorInfo, Profile, Screening


def rule_set_out(version: models.RuleSetVersion | None) -> RuleSetOut | None:
    """A rule-set version, or None."""
    if version is None:
        return None
    return RuleSetOut(
        id=version.id, rules_id=version.rules_id, version=version.version, sha256=version.sha256
    )


def job_out(session: Session, job: models.Job) -> JobOut:
    """A job with its current rules."""
    current = rule_set_out(current_rule_set(session, job.org_id, job))
    return JobOut(
        id=job.id,
        title=job.title,
        rules=current,
        created_at=job.created_at,
        updated_at=job.updated_at,
        external_id=job.external_id,
        metadata=job.meta,
    )


def application_out(session: Session, application: models.Application) -> ApplicationOut:
    """An application's summary."""
    version = get_rule_set(session, application.org_id, application.rule_set_id)
    error = None
    if application.error_code is not None:
        error = ErrorInfo(code=application.error_code, message=application.error_message or "")
    return ApplicationOut(
        id=application.id,
        job_id=application.job_id,
        filename=application.filename,
        status=application.status,
        verdict=application.verdict,
        score=application.score,
        rules_version=version.version if version else None,
        error=error,
        created_at=application.created_at,
        external_id=application.external_id,
        metadata=application.meta,
    )


def application_detail(session: Session, application: models.Application) -> ApplicationDetail:
    """An application with its full screening and profile."""
    summary = application_out(session, application)
    screening = Screening.model_validate(application.screening) if application.screening else None
    profile = Profile.model_validate(application.profile) if application.profile else None
    return ApplicationDetail(**summary.model_dump(), screening=screening, profile=profile)
