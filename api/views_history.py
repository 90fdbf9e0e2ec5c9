"""History rows → response bodies, and blind answers (``?blind=true``).

Blind answers hide what ``screener.report.blind`` hides on the web page: no name, no
contact, no file name, and in every quote and reason the dates that reveal age blanked.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from api.db import models
from api.db.decision_log import log_event
from api.db.decisions import list_decisions
from api.db.jobs import get_rule_set
from api.db.models_history import Decision, ScreeningRecord
from api.schemas_history import (
    ApplicationExplained,
    DecisionOut,
    ReplayInputs,
    RuleSetVersionBody,
    RuleSetVersionOut,
    ScreeningDetail,
    ScreeningOut,
)
from api.schemas_jobs import ApplicationDetail, ApplicationOut
from api.views import application_detail, application_out, rule_set_out
from screener.models import Profile, Screening
from screener.report.age_dates import blank_age_dates
from screener.report.blind import blind_profile, blind_screening, mask, secrets_of


def screening_out(session: Session, record: ScreeningRecord, *, blind: bool) -> ScreeningOut:
    """A screening of the history, without its explanation."""
    rules = rule_set_out(get_rule_set(session, record.org_id, record.rule_set_id))
    return ScreeningOut(
        number=record.number,
        kind=record.kind,
        status=record.status,
        verdict=record.verdict,
        score=record.score,
        error_code=record.error_code,
        rules=rules,
        replay=ReplayInputs(
            engine=record.engine,
            as_of=record.as_of,
            rules_sha256=record.rules_sha256,
            input_sha256=record.input_sha256,
            input_filename=None if blind else record.input_filename,
        ),
        created_at=record.created_at,
    )


def screening_detail(
    session: Session,
    record: ScreeningRecord,
    application: models.Application,
    *,
    blind: bool,
) -> ScreeningDetail:
    """A screening of the history with its explanation (blind when asked)."""
    summary = screening_out(session, record, blind=blind)
    found = record.screening
    if found is not None and blind:
        secrets = secrets_of(application.profile, application.filename)
        found = blind_screening(found, application.text, secrets)
    screening = Screening.model_validate(found) if found is not None else None
    return ScreeningDetail(**summary.model_dump(), screening=screening)


def blind_detail(session: Session, application: models.Application) -> ApplicationDetail:
    """``GET /v1/applications/{id}?blind=true``: the detail with nothing that names the
    candidate or reveals their age."""
    summary = blind_summary(session, application)
    secrets = secrets_of(application.profile, application.filename)
    screening = profile = None
    if application.screening:
        shown = blind_screening(application.screening, application.text, secrets)
        screening = Screening.model_validate(shown)
    if application.profile:
        profile = Profile.model_validate(
            blind_profile(application.profile, application.text, secrets)
        )
    return ApplicationDetail(**summary.model_dump(), screening=screening, profile=profile)


def blind_summary(session: Session, application: models.Application) -> ApplicationOut:
    """An application's summary without its file name (it often spells the name), an
    error's message (it may quote that name) or, in the caller's metadata, the candidate's
    name and contact words and the dates that reveal age."""
    summary = application_out(session, application)
    fields: dict[str, Any] = summary.model_dump()
    fields["filename"] = None
    error = fields.get("error")
    if error:  # a message may quote the file's name
        fields["error"] = {**error, "message": error["code"]}
    if fields.get("metadata"):
        secrets = secrets_of(application.profile, application.filename)
        fields["metadata"] = _blind_values(fields["metadata"], secrets)
    return ApplicationOut.model_validate(fields)


def _blind_values(value: Any, secrets: list[str]) -> Any:
    """``value`` (JSON) with every string masked as blind quotes are."""
    if isinstance(value, str):
        return blank_age_dates(mask(value, secrets, name_line=False))
    if isinstance(value, dict):
        return {key: _blind_values(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [_blind_values(item, secrets) for item in value]
    return value


def blind_profile_json(application: models.Application) -> dict[str, Any] | None:
    """The stored profile as blind output gives it (for the JSON Resume export)."""
    if not application.profile:
        return None
    secrets = secrets_of(application.profile, application.filename)
    return blind_profile(application.profile, application.text, secrets)


def decision_out(decision: Decision, number: int | None) -> DecisionOut:
    """A decision and the number of the screening it was made on."""
    return DecisionOut(
        id=decision.id,
        application_id=decision.application_id,
        action=decision.action,
        note=decision.note,
        recommendation=decision.recommendation,
        screening=number,
        actor=decision.actor,
        created_at=decision.created_at,
    )


def version_out(version: models.RuleSetVersion, job: models.Job) -> RuleSetVersionOut:
    """A version of a job's rules (no body)."""
    return RuleSetVersionOut(
        id=version.id,
        rules_id=version.rules_id,
        version=version.version,
        sha256=version.sha256,
        current=job.current_rules_id == version.id,
        created_at=version.created_at,
    )


def version_body(version: models.RuleSetVersion, job: models.Job) -> RuleSetVersionBody:
    """A version of a job's rules with its body."""
    return RuleSetVersionBody(**version_out(version, job).model_dump(), body=version.body)


def explained(
    session: Session, application: models.Application, *, blind: bool
) -> ApplicationExplained:
    """``GET /v1/applications/{id}``: the detail (blind when asked) with its decisions;
    the view is logged."""
    log_event(
        session,
        application.org_id,
        "view",
        application_id=application.id,
        job_id=application.job_id,
        detail={"blind": blind},
    )
    detail = (
        blind_detail(session, application) if blind else application_detail(session, application)
    )
    rows = list_decisions(session, application.org_id, application.id)
    return ApplicationExplained(
        **dict(detail), decisions=[decision_out(d, number) for d, number in rows]
    )
