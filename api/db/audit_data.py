"""What an audit of a job reads from storage: its results, the organisation's audit
settings, and the demographics it chose to keep (``store_demographics``).

The results are the applications' latest screenings made with one version of the job's
rules, as the lenient dicts ``screener.audit`` reads (``RecordedResult``): each named by
the application's id, its file name and the blind id the web page shows, so a
demographics CSV can use any of them. Demographics kept here are never read by anything
but an audit; they are erased with their application and when the setting is turned off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from api.db.models import Application, RuleSetVersion, utcnow
from api.db.models_history import ApplicationDemographics, AuditSettings, ScreeningRecord


@dataclass(frozen=True)
class JobResults:
    """A job's results for one rule-set version, and the applications left out."""

    version: RuleSetVersion
    results: list[dict[str, Any]]
    application_ids: list[str]
    other_versions: int


def job_results(session: Session, org_id: str, job_id: str, version: RuleSetVersion) -> JobResults:
    """Each application's latest screening, when it was made with ``version``."""
    latest = (
        select(ScreeningRecord.application_id, func.max(ScreeningRecord.number).label("number"))
        .where(ScreeningRecord.org_id == org_id, ScreeningRecord.job_id == job_id)
        .group_by(ScreeningRecord.application_id)
        .subquery()
    )
    query = (
        select(ScreeningRecord, Application.filename, Application.sha256)
        .join(
            latest,
            (latest.c.application_id == ScreeningRecord.application_id)
            & (latest.c.number == ScreeningRecord.number),
        )
        .join(Application, Application.id == ScreeningRecord.application_id)
        .order_by(ScreeningRecord.application_id)
    )
    results: list[dict[str, Any]] = []
    ids: list[str] = []
    others = 0
    for record, filename, sha256 in session.execute(query).all():
        if record.rule_set_id != version.id:
            others += 1
            continue
        result: dict[str, Any] = {
            "id": record.application_id,
            "filename": filename,
            "candidate": f"candidate-{(sha256 or record.application_id.replace('-', ''))[:12]}",
        }
        if record.status == "done" and record.screening is not None:
            result["screening"] = record.screening
        else:
            result["error"] = {"code": record.error_code or "invalid_input"}
        results.append(result)
        ids.append(record.application_id)
    return JobResults(version, results, ids, others)


def stores_demographics(session: Session, org_id: str) -> bool:
    """Whether the organisation keeps the demographics uploaded for audits."""
    row = session.get(AuditSettings, org_id)
    return bool(row and row.store_demographics)


def set_store_demographics(session: Session, org_id: str, store: bool) -> int:
    """Turn keeping demographics on or off (off erases every row kept); rows kept."""
    row = session.get(AuditSettings, org_id)
    if row is None:
        row = AuditSettings(org_id=org_id, store_demographics=store)
        session.add(row)
    row.store_demographics = store
    row.updated_at = utcnow()
    if not store:
        session.execute(
            delete(ApplicationDemographics).where(ApplicationDemographics.org_id == org_id)
        )
    session.flush()
    return count_stored(session, org_id)


def count_stored(session: Session, org_id: str) -> int:
    """How many applications of the organisation have demographics kept."""
    query = select(func.count()).select_from(ApplicationDemographics)
    return session.scalar(query.where(ApplicationDemographics.org_id == org_id)) or 0


def keep_demographics(
    session: Session, org_id: str, job_id: str, values: Mapping[str, Mapping[str, str | None]]
) -> int:
    """Keep each application's values (by application id), replacing what was kept."""
    for application_id, categories in values.items():
        row = session.get(ApplicationDemographics, application_id)
        if row is None:
            row = ApplicationDemographics(
                application_id=application_id, org_id=org_id, job_id=job_id, categories={}
            )
            session.add(row)
        row.categories = dict(categories)
        row.created_at = utcnow()
    session.flush()
    return len(values)


def kept_demographics(
    session: Session, org_id: str, application_ids: list[str]
) -> dict[str, dict[str, str | None]]:
    """The kept values of these applications (those that have some)."""
    found: dict[str, dict[str, str | None]] = {}
    for start in range(0, len(application_ids), 500):
        chunk = application_ids[start : start + 500]
        rows = session.scalars(
            select(ApplicationDemographics).where(
                ApplicationDemographics.org_id == org_id,
                ApplicationDemographics.application_id.in_(chunk),
            )
        ).all()
        found.update({row.application_id: dict(row.categories) for row in rows})
    return found
