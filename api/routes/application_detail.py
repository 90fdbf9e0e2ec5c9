"""One application: its explanation (also blind, or as a JSON Resume) and its erasure."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Response
from fastapi.responses import JSONResponse
from starlette.background import BackgroundTask

from api.db import repository as repo
from api.db.session import checkpoint_wal
from api.deps import FactoryDep, OrgDep, SessionDep
from api.json_nesting import NestingLimitedRoute
from api.schemas import PROBLEMS
from api.schemas_history import ApplicationExplained
from api.views_history import blind_profile_json, explained
from screener.models import Profile
from screener.report.jsonresume import to_json_resume

router = APIRouter(prefix="/v1", tags=["applications"], route_class=NestingLimitedRoute)


@router.get(
    "/applications/{application_id}", response_model=ApplicationExplained, responses=PROBLEMS
)
def get_application(
    application_id: str,
    org: OrgDep,
    session: SessionDep,
    format: Annotated[str, Query(pattern="^(json|jsonresume)$")] = "json",
    blind: Annotated[bool, Query(description="No name, contact or age dates.")] = False,
) -> Any:
    """One application with every criterion explained, the profile behind it and the
    recruiters' decisions; with ``?format=jsonresume`` its profile as a JSON Resume
    (v1.0.0) instead; ``?blind=true`` hides the name, contact and age-revealing dates."""
    application = repo.get_application(session, org, application_id)
    if application is None:
        raise HTTPException(404, "No such application.")
    if format == "jsonresume":
        if not application.profile:
            raise HTTPException(
                409, "The application has no profile (not screened, or unreadable)."
            )
        shown = blind_profile_json(application) if blind else application.profile
        resume = to_json_resume(Profile.model_validate(shown), blind=blind)
        return JSONResponse(resume, headers={"Cache-Control": "no-store"})
    return explained(session, application, blind=blind)


@router.delete("/applications/{application_id}", status_code=204, responses=PROBLEMS)
def delete_application(
    application_id: str, org: OrgDep, session: SessionDep, factory: FactoryDep
) -> Response:
    """Erase an application: the résumé, its text, its results (the right to erasure)."""
    if not repo.delete_application(session, org, application_id):
        raise HTTPException(404, "No such application.")
    return Response(status_code=204, background=BackgroundTask(checkpoint_wal, factory))
