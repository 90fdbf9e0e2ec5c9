"""``/v1/applications/{id}/decisions``: a recruiter's advance / reject / note, recorded
beside the engine's recommendation (who, when, on which screening) and logged; each has
its own URL (the ``Location`` of the 201)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response

from api.db import repository as repo
from api.db.decisions import add_decision, get_decision, list_decisions
from api.deps import OrgDep, SessionDep
from api.json_nesting import NestingLimitedRoute
from api.schemas import PROBLEMS
from api.schemas_history import DecisionIn, DecisionList, DecisionOut
from api.views_history import decision_out

router = APIRouter(prefix="/v1", tags=["decisions"], route_class=NestingLimitedRoute)
NO_APPLICATION = "No such application."


@router.post(
    "/applications/{application_id}/decisions",
    status_code=201,
    response_model=DecisionOut,
    responses=PROBLEMS,
)
def create_decision(
    application_id: str, body: DecisionIn, org: OrgDep, session: SessionDep, response: Response
) -> DecisionOut:
    """Record a decision (advance, reject) or a note on an application; ``Location`` is
    the decision's URL."""
    application = repo.get_application(session, org, application_id)
    if application is None:
        raise HTTPException(404, NO_APPLICATION)
    decision, number = add_decision(session, application, body.action, body.note)
    response.headers["Location"] = f"/v1/applications/{application.id}/decisions/{decision.id}"
    return decision_out(decision, number)


@router.get(
    "/applications/{application_id}/decisions",
    response_model=DecisionList,
    responses=PROBLEMS,
)
def list_application_decisions(
    application_id: str, org: OrgDep, session: SessionDep
) -> DecisionList:
    """An application's decisions and notes, oldest first."""
    if repo.get_application(session, org, application_id) is None:
        raise HTTPException(404, NO_APPLICATION)
    rows = list_decisions(session, org, application_id)
    return DecisionList(items=[decision_out(d, number) for d, number in rows])


@router.get(
    "/applications/{application_id}/decisions/{decision_id}",
    response_model=DecisionOut,
    responses=PROBLEMS,
)
def get_application_decision(
    application_id: str, decision_id: str, org: OrgDep, session: SessionDep
) -> DecisionOut:
    """One decision or note on an application."""
    found = get_decision(session, org, application_id, decision_id)
    if found is None:
        raise HTTPException(404, "No such decision.")
    return decision_out(*found)
