"""Screening history and rule-set versions: nothing a decision rested on is overwritten.

``/v1/applications/{id}/screenings`` lists every screening of an application (a re-screen
adds one), each with what ``screener reproduce`` needs to replay it;
``/v1/jobs/{id}/rules/versions`` lists every version of a job's rules, and each version's
body can be fetched, so the rules a screening recorded by sha256 are always at hand.
``…/screenings/{n}/input`` gives the bytes a screening read, while they are kept
(``api.replay``), so an auditor can run ``screener reproduce`` on them elsewhere.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response

from api.db import repository as repo
from api.db.decision_log import log_event
from api.db.history import get_screening, list_screenings
from api.deps import OrgDep, SessionDep
from api.replay import find_screening, kept_input
from api.schemas import PROBLEMS
from api.schemas_history import (
    RuleSetVersionBody,
    RuleSetVersionList,
    ScreeningDetail,
    ScreeningList,
)
from api.views_history import screening_detail, screening_out, version_body, version_out

router = APIRouter(prefix="/v1", tags=["history"])
Blind = Annotated[
    bool, Query(description="Answer blind: no name, contact or file name; age dates blanked.")
]
Number = Annotated[int, Path(ge=1, le=1_000_000)]
NO_APPLICATION = "No such application."
NO_JOB = "No such job."


@router.get(
    "/applications/{application_id}/screenings",
    response_model=ScreeningList,
    responses=PROBLEMS,
)
def list_application_screenings(
    application_id: str, org: OrgDep, session: SessionDep, blind: Blind = False
) -> ScreeningList:
    """Every screening of an application, oldest first (without explanations)."""
    if repo.get_application(session, org, application_id) is None:
        raise HTTPException(404, NO_APPLICATION)
    rows = list_screenings(session, org, application_id)
    return ScreeningList(items=[screening_out(session, row, blind=blind) for row in rows])


@router.get(
    "/applications/{application_id}/screenings/{number}",
    response_model=ScreeningDetail,
    responses=PROBLEMS,
)
def get_application_screening(
    application_id: str, number: Number, org: OrgDep, session: SessionDep, blind: Blind = False
) -> ScreeningDetail:
    """One screening of an application with its explanation (the view is logged)."""
    application = repo.get_application(session, org, application_id)
    record = get_screening(session, org, application_id, number) if application else None
    if application is None or record is None:
        raise HTTPException(404, "No such screening." if application else NO_APPLICATION)
    log_event(
        session,
        org,
        "view",
        application_id=application.id,
        job_id=application.job_id,
        detail={"screening": number, "blind": blind},
    )
    return screening_detail(session, record, application, blind=blind)


@router.get(
    "/applications/{application_id}/screenings/{number}/input",
    response_class=Response,
    responses=PROBLEMS
    | {200: {"content": {"application/octet-stream": {}}, "description": "The bytes read."}},
)
def get_screening_input(
    application_id: str, number: Number, org: OrgDep, session: SessionDep
) -> Response:
    """The bytes a screening read (the uploaded file, or for a re-screen the stored text
    as UTF-8), whose SHA-256 is its ``replay.input_sha256``: 409 when no longer kept."""
    application, record = find_screening(session, org, application_id, number)
    found = kept_input(application, record)
    if found is None:
        raise HTTPException(409, f"The input of screening {number} is no longer kept.")
    source, data = found
    log_event(
        session,
        org,
        "view",
        application_id=application.id,
        job_id=application.job_id,
        detail={"screening": number, "input": source},
    )
    name = f"screening-{number}{_suffix(record.input_filename)}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    return Response(data, media_type="application/octet-stream", headers=headers)


def _suffix(filename: str | None) -> str:
    """The recorded file name's extension when it is a plain one (``.pdf``), else none."""
    suffix = PurePosixPath(filename or "").suffix.lower()
    return suffix if suffix[1:].isalnum() and len(suffix) <= 6 else ""


@router.get(
    "/jobs/{job_id}/rules/versions",
    response_model=RuleSetVersionList,
    responses=PROBLEMS,
)
def list_rule_versions(job_id: str, org: OrgDep, session: SessionDep) -> RuleSetVersionList:
    """Every version of the job's rules, oldest first."""
    job = repo.get_job(session, org, job_id)
    if job is None:
        raise HTTPException(404, NO_JOB)
    versions = repo.list_rule_sets(session, org, job.id)
    return RuleSetVersionList(items=[version_out(version, job) for version in versions])


@router.get(
    "/jobs/{job_id}/rules/versions/{number}",
    response_model=RuleSetVersionBody,
    responses=PROBLEMS,
)
def get_rule_version(
    job_id: str, number: Number, org: OrgDep, session: SessionDep
) -> RuleSetVersionBody:
    """One version of the job's rules with its body (its RFC 8785 JSON hashes to
    ``sha256``)."""
    job = repo.get_job(session, org, job_id)
    if job is None:
        raise HTTPException(404, NO_JOB)
    found = [v for v in repo.list_rule_sets(session, org, job.id) if v.version == number]
    if not found:
        raise HTTPException(404, "No such version of the job's rules.")
    return version_body(found[0], job)
