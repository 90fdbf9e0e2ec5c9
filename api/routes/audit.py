"""``/v1/jobs/{id}/audit``: the adverse-impact report of a job's stored applications, and
``/v1/applications/{id}/screenings/{n}/replay``: a stored screening replayed.

The same report as ``screener audit`` (``screener.audit.run_audit``: the arithmetic is
not repeated here), over each application's latest screening with one version of the
job's rules. Demographics come in a CSV posted for the report; they are used for it and
forgotten, unless the organisation turned ``store_demographics`` on
(``/v1/audit/settings``): then they are kept with the applications and
``GET /v1/jobs/{id}/audit`` reports on them. This module and ``screener.audit`` are the
only ones that handle demographics; nothing in the screening flow imports either.

A replay screens a screening's kept input again with its recorded rules and as-of
(``api.replay`` finds them) and compares the result field by field with
``screener.audit.diff``, as ``screener reproduce`` does.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, HTTPException, Path, Query, UploadFile
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.db import audit_data
from api.db import repository as repo
from api.db.decision_log import log_event
from api.deps import AdmissionDep, EngineDep, FactoryDep, OrgDep, SessionDep, SettingsDep
from api.replay import ReplayInput, log_replay, replay_input
from api.schemas import PROBLEMS
from api.schemas_history import ReplayDifference, ScreeningReplay
from screener.audit import (
    AuditReport,
    DemographicRow,
    Demographics,
    RecordedResult,
    demographics_from_bytes,
    join_demographics,
    render_html,
    run_audit,
)
from screener.audit.diff import MISSING, Difference, differences
from screener.audit.replay_models import MAX_DIFFERENCES
from screener.errors import InputError
from screener.models import ErrorInfo, Screening
from screener.version import __version__

router = APIRouter(prefix="/v1", tags=["audit"])
Rate = Annotated[Literal["selection", "scoring"], Query(description="Selection or scoring rate.")]
NeedsReview = Annotated[
    Literal["not_selected", "selected", "excluded"],
    Query(description="How needs_review verdicts count."),
]
Version = Annotated[
    int | None, Query(ge=1, le=1_000_000, description="Rules version (default: current).")
]
Format = Annotated[Literal["json", "html"], Query(description="The JSON report or the page.")]
# The report page is self-contained: inline CSS and SVG, no script, nothing from elsewhere.
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
UPLOAD_NAME = "demographics.csv"
Number = Annotated[int, Path(ge=1, le=1_000_000)]
REPORT_RESPONSES: dict[int | str, dict[str, Any]] = PROBLEMS | {
    200: {"content": {"text/html": {}}, "description": "The report (JSON, or with format=html)."}
}


@router.get("/jobs/{job_id}/audit", response_model=AuditReport, responses=REPORT_RESPONSES)
def audit_job(
    job_id: str,
    org: OrgDep,
    session: SessionDep,
    rate: Rate = "selection",
    needs_review: NeedsReview = "not_selected",
    version: Version = None,
    format: Format = "json",
) -> Response:
    """The report over the demographics the organisation keeps (``store_demographics``)."""
    found = _results(session, org, job_id, version)
    kept = audit_data.kept_demographics(session, org, found.application_ids)
    if not kept:
        raise HTTPException(
            409,
            "No demographics are kept for this job's applications: post a demographics CSV "
            "to this URL (they are kept only when the organisation's store_demographics "
            "setting is on).",
        )
    demographics = _from_kept(kept)
    report = _report(found, demographics, rate, needs_review)
    _log(session, org, job_id, found, rate, "kept", 0)
    return _answer(report, format)


@router.post("/jobs/{job_id}/audit", response_model=AuditReport, responses=REPORT_RESPONSES)
def audit_job_with_demographics(
    job_id: str,
    org: OrgDep,
    session: SessionDep,
    settings: SettingsDep,
    demographics: Annotated[UploadFile, File(description="The demographics CSV.")],
    rate: Rate = "selection",
    needs_review: NeedsReview = "not_selected",
    version: Version = None,
    format: Format = "json",
) -> Response:
    """The report over a demographics CSV posted with it (``candidate`` column: the
    application id, file name or blind id; one column per category)."""
    found = _results(session, org, job_id, version)
    data = demographics.file.read(settings.max_json_bytes + 1)
    if len(data) > settings.max_json_bytes:
        raise HTTPException(
            413, f"A demographics file holds at most {settings.max_json_bytes} bytes."
        )
    table = demographics_from_bytes(data, demographics.filename or UPLOAD_NAME)
    report = _report(found, table, rate, needs_review)
    kept = 0
    if audit_data.stores_demographics(session, org):
        recorded = [RecordedResult.model_validate(r) for r in found.results]
        joined = join_demographics(recorded, table)
        values = {found.application_ids[n]: v for n, v in joined.values.items()}
        kept = audit_data.keep_demographics(session, org, job_id, values)
    _log(session, org, job_id, found, rate, "uploaded", kept)
    return _answer(report, format)


@router.get(
    "/applications/{application_id}/screenings/{number}/replay",
    response_model=ScreeningReplay,
    responses=PROBLEMS,
)
async def replay_screening(
    application_id: str,
    number: Number,
    org: OrgDep,
    factory: FactoryDep,
    engine: EngineDep,
    admission: AdmissionDep,
) -> ScreeningReplay:
    """Screen a stored screening's input again, with the rule-set version and as-of month
    it recorded, and compare: ``identical``, or ``different`` with the first differing
    field (409 when its input is no longer kept; the replay is logged)."""
    found = await run_in_threadpool(replay_input, factory, org, application_id, number)
    outcome: Screening | InputError
    with admission.admitted_for(org):
        try:
            outcome = await engine.screen(
                found.data, found.filename, found.loaded, found.as_of, org=org
            )
        except InputError as error:
            outcome = error
    answer = _compared(found, outcome)
    await run_in_threadpool(log_replay, factory, org, found, answer.status)
    return answer


def _compared(found: ReplayInput, outcome: Screening | InputError) -> ScreeningReplay:
    base: dict[str, Any] = {
        "number": found.number,
        "input": found.source,
        "input_sha256": found.sha256,
        "as_of": found.as_of,
        "engine_recorded": found.engine,
        "engine": __version__,
        "rules": found.rules,
        "rules_sha256": found.rules_sha256,
    }
    if isinstance(outcome, InputError):
        error = ErrorInfo(code=outcome.code, message=outcome.message)
        return ScreeningReplay(
            **base, status="unreadable", first_difference=None, difference_count=0,
            differences=[], error=error,
        )  # fmt: skip
    replayed = outcome.model_dump(mode="json")
    if (found.recorded.get("candidate") or {}).get("filename") is None:
        replayed["candidate"]["filename"] = None  # recorded without a file name
    diffs = list(differences(found.recorded, replayed))
    return ScreeningReplay(
        **base,
        status="different" if diffs else "identical",
        first_difference=diffs[0].path if diffs else None,
        difference_count=len(diffs),
        differences=[_shown(d) for d in diffs[:MAX_DIFFERENCES]],
        error=None,
    )


def _shown(difference: Difference) -> ReplayDifference:
    def value(item: object) -> object:
        return None if item is MISSING or not difference.shown else item

    return ReplayDifference(
        path=difference.path,
        recorded=value(difference.recorded),
        replayed=value(difference.replayed),
        shown=difference.shown,
    )


def _results(session: Session, org: str, job_id: str, number: int | None) -> audit_data.JobResults:
    job = repo.get_job(session, org, job_id)
    if job is None:
        raise HTTPException(404, "No such job.")
    versions = repo.list_rule_sets(session, org, job.id)
    wanted = [
        v for v in versions if (v.version == number if number else v.id == job.current_rules_id)
    ]
    if not wanted:
        raise HTTPException(404, "No such version of the job's rules.")
    return audit_data.job_results(session, org, job.id, wanted[0])


def _from_kept(kept: dict[str, dict[str, str | None]]) -> Demographics:
    categories: dict[str, None] = {}
    for values in kept.values():
        categories.update(dict.fromkeys(values))
    rows = tuple(
        DemographicRow(line, app_id, {c: values.get(c) for c in categories})
        for line, (app_id, values) in enumerate(sorted(kept.items()), start=1)
    )
    return Demographics("kept demographics", tuple(categories), rows)


def _report(
    found: audit_data.JobResults,
    demographics: Demographics,
    rate: Literal["selection", "scoring"],
    needs_review: Literal["not_selected", "selected", "excluded"],
) -> AuditReport:
    results = [RecordedResult.model_validate(r) for r in found.results]
    report = run_audit(results, demographics, rate=rate, needs_review=needs_review)
    if not found.other_versions:
        return report
    note = (
        f"{found.other_versions} application(s) last screened with another version of the "
        "job's rules are left out (re-screen the job, or audit that version)"
    )
    return report.model_copy(update={"warnings": [*report.warnings, note]})


def _answer(report: AuditReport, format: str) -> Response:
    if format == "html":
        return HTMLResponse(render_html(report), headers={"Content-Security-Policy": REPORT_CSP})
    return Response(report.to_json(), media_type="application/json")  # as the CLI writes


def _log(
    session: Session,
    org: str,
    job_id: str,
    found: audit_data.JobResults,
    rate: str,
    source: str,
    kept: int,
) -> None:
    detail = {
        "rate": rate,
        "rule_set_id": found.version.id,
        "results": len(found.results),
        "demographics": source,
        "kept": kept,
    }
    log_event(session, org, "audit", job_id=job_id, detail=detail)
