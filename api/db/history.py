"""Screening history: every screening of an application is kept, a re-screen adds one.

``record_screening_history`` is called where a result is stored (``api.background.
apply_result``) with the application already holding it; the application's own columns
keep the latest (what the ranking sorts on), the ``screenings`` rows keep them all, each
with what ``screener reproduce`` needs to replay it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.db.decision_log import log_event
from api.db.jobs import get_rule_set
from api.db.models import Application
from api.db.models_history import SCREEN_KINDS, ScreeningRecord


def record_screening_history(
    session: Session, application: Application, kind: str
) -> ScreeningRecord:
    """Add the application's current result as its next screening, and log it."""
    if kind not in SCREEN_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    latest = session.scalar(
        select(func.max(ScreeningRecord.number)).where(
            ScreeningRecord.application_id == application.id
        )
    )
    screening = application.screening or {}
    provenance = screening.get("provenance") or {}
    candidate = screening.get("candidate") or {}
    rules = get_rule_set(session, application.org_id, application.rule_set_id)
    recorded_sha = (provenance.get("rules") or {}).get("sha256")
    record = ScreeningRecord(
        org_id=application.org_id,
        application_id=application.id,
        job_id=application.job_id,
        rule_set_id=application.rule_set_id,
        number=(latest or 0) + 1,
        kind=kind,
        status=application.status,
        verdict=application.verdict,
        score=application.score,
        error_code=application.error_code,
        screening=application.screening,
        rules_sha256=recorded_sha or (rules.sha256 if rules else ""),
        engine=provenance.get("engine"),
        as_of=provenance.get("as_of"),
        input_sha256=candidate.get("sha256"),
        input_filename=candidate.get("filename"),
    )
    session.add(record)
    session.flush()
    log_event(
        session,
        application.org_id,
        kind,
        application_id=application.id,
        job_id=application.job_id,
        detail={
            "screening": record.number,
            "status": record.status,
            "verdict": record.verdict,
            "score": record.score,
            "error_code": record.error_code,
            "rule_set_id": record.rule_set_id,
            "rules_sha256": record.rules_sha256,
        },
    )
    return record


def list_screenings(
    session: Session, org_id: str, application_id: str
) -> Sequence[ScreeningRecord]:
    """Every screening of an application, oldest (number 1) first."""
    query = (
        select(ScreeningRecord)
        .where(ScreeningRecord.org_id == org_id, ScreeningRecord.application_id == application_id)
        .order_by(ScreeningRecord.number)
    )
    return session.scalars(query).all()


def get_screening(
    session: Session, org_id: str, application_id: str, number: int
) -> ScreeningRecord | None:
    """One screening of an application by its number, or None."""
    return session.scalar(
        select(ScreeningRecord).where(
            ScreeningRecord.org_id == org_id,
            ScreeningRecord.application_id == application_id,
            ScreeningRecord.number == number,
        )
    )


def latest_screening(session: Session, org_id: str, application_id: str) -> ScreeningRecord | None:
    """The application's most recent screening, or None."""
    return session.scalar(
        select(ScreeningRecord)
        .where(ScreeningRecord.org_id == org_id, ScreeningRecord.application_id == application_id)
        .order_by(ScreeningRecord.number.desc())
        .limit(1)
    )
