"""A job's ranked list (filter, blind mode, CSV export), a candidate's page with its
evidence highlighted, and erasing a candidate through the API's own delete path."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask

from api.actor import Actor, acting_as
from api.db import repository as repo
from api.db.decision_log import log_event
from api.db.session import checkpoint_wal
from api.deps import FactoryDep, SessionDep
from api.web.auth import SignedIn, WebUser
from api.web.csrf import Protected
from api.web.highlight import highlight, quotes_of
from api.web.pages import NO_STORE, not_found, render, see_other
from api.web.ranking import (
    MAX_ROWS,
    candidate_id,
    display_name,
    ranked_rows,
    rows_csv,
    shown_rows,
    unreadable,
)
from api.web.reasons import VERDICT_TEXT, reason_for
from screener.report.blind import blind_outcome, blind_text, secrets_of

router = APIRouter(include_in_schema=False)
VerdictFilter = Annotated[str | None, Query(pattern="^(|meets|does_not_meet|needs_review)$")]
SortOrder = Annotated[str, Query(pattern="^(rank|name|score_asc)$")]
Search = Annotated[str, Query(max_length=200)]


def _listing(
    session: Session,
    user: WebUser,
    job_id: str,
    verdict: str | None,
    sort: str = "rank",
    search: str = "",
) -> dict[str, Any] | None:
    job = repo.get_job(session, user.org_id, job_id)
    if job is None:
        return None
    applications = repo.list_summaries(
        session, user.org_id, job.id, verdict=verdict or None, limit=MAX_ROWS
    )
    everything = applications if not verdict else []
    failed = [a for a in everything if a.status == "failed"]
    pending = sum(1 for a in everything if a.status == "pending")
    return {
        "job": job,
        "rules": repo.current_rule_set(session, user.org_id, job),
        "rows": shown_rows(ranked_rows(applications, blind=user.blind), sort, search),
        "cut": len(applications) >= MAX_ROWS,
        "max_rows": MAX_ROWS,
        "unreadable": unreadable(failed, blind=user.blind),
        "pending": pending,
        "total": repo.count_applications(session, user.org_id, job.id),
    }


@router.get("/jobs/{job_id}")
def job_page(
    request: Request,
    job_id: str,
    user: SignedIn,
    session: SessionDep,
    verdict: VerdictFilter = None,
    sort: SortOrder = "rank",
    q: Search = "",
    saved: str | None = None,
) -> Response:
    """The ranked list of a job's candidates (filtered by verdict, searched by name, in
    rank, name or score order), the upload form and the unreadable files."""
    found = _listing(session, user, job_id, verdict, sort, q)
    if found is None:
        return not_found(request, user, "job")
    return render(
        request,
        "job.html",
        user,
        title=found["job"].title,
        verdict=verdict or "",
        sort=sort,
        q=q,
        verdicts=VERDICT_TEXT,
        saved=saved,
        refresh=found["pending"] > 0,
        **found,
    )


@router.get("/jobs/{job_id}/export.csv")
def export_csv(
    request: Request,
    job_id: str,
    user: SignedIn,
    session: SessionDep,
    verdict: VerdictFilter = None,
    sort: SortOrder = "rank",
    q: Search = "",
) -> Response:
    """The ranked list as shown (same filter, search and order, blind or not) as CSV."""
    found = _listing(session, user, job_id, verdict, sort, q)
    if found is None:
        return not_found(request, user, "job")
    name = f"{job_id}{'-' + verdict if verdict else ''}{'-blind' if user.blind else ''}.csv"
    return Response(
        rows_csv(found["rows"]),
        media_type="text/csv; charset=utf-8",
        headers={**NO_STORE, "Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/candidates/{application_id}")
def candidate_page(
    request: Request, application_id: str, user: SignedIn, session: SessionDep
) -> Response:
    """A candidate: the résumé's text with every quote in a ``<mark>``, each criterion's
    outcome and reason linking to its quotes, and what produced the screening."""
    application = repo.get_application(session, user.org_id, application_id)
    if application is None:
        return not_found(request, user, "candidate")
    job = repo.get_job(session, user.org_id, application.job_id)
    screening: dict[str, Any] = application.screening or {}
    outcomes: list[dict[str, Any]] = list(screening.get("outcomes") or [])
    text = application.text or ""
    if user.blind:
        secrets = secrets_of(application.profile, application.filename)
        masked = blind_text(text, secrets)
        outcomes = [blind_outcome(o, text, masked, secrets) for o in outcomes]
        text = masked
    acting_as(Actor(user_id=user.user_id))
    log_event(
        session,
        user.org_id,
        "view",
        application_id=application.id,
        job_id=application.job_id,
        detail={"blind": user.blind, "via": "web"},
    )
    pieces, quotes = highlight(text, quotes_of(outcomes, text))
    marks: dict[str, list[str]] = {}
    for quote in quotes:
        marks.setdefault(quote.criterion, [])
        if quote.mark not in marks[quote.criterion]:
            marks[quote.criterion].append(quote.mark)
    return render(
        request,
        "candidate.html",
        user,
        title=display_name(application, blind=user.blind),
        application=application,
        candidate=display_name(application, blind=user.blind),
        candidate_id=candidate_id(application),
        job=job,
        screening=screening,
        outcomes=outcomes,
        marks=marks,
        pieces=pieces,
        provenance=screening.get("provenance") or {},
        contact=None if user.blind else (application.profile or {}).get("contact"),
        failure=(
            reason_for(application.error_code)  # a message may quote the file's name
            if user.blind
            else application.error_message or reason_for(application.error_code)
        ),
    )


@router.post("/candidates/{application_id}/delete")
def delete_candidate(
    request: Request,
    application_id: str,
    user: Protected,
    session: SessionDep,
    factory: FactoryDep,
) -> Response:
    """Erase a candidate (text, results, stored responses quoting it), as the API does."""
    application = repo.get_application(session, user.org_id, application_id)
    if application is None:
        return not_found(request, user, "candidate")
    job_id = application.job_id
    acting_as(Actor(user_id=user.user_id))
    repo.delete_application(session, user.org_id, application_id)
    response = see_other(f"/jobs/{job_id}?saved=deleted")
    response.background = BackgroundTask(checkpoint_wal, factory)
    return response
