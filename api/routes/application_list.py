"""A job's applications: the ranked (or cursor-paged) list, also blind, and the re-screen.

``?blind=true`` answers the list as ``GET /v1/applications/{id}?blind=true`` answers one
application: no file name, an error's message replaced by its code, and the candidate's
name and contact words masked in the metadata (``api.views_history.blind_summary``, over
``screener.report.blind``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.background import rescreen_job
from api.contract import (
    CursorQuery,
    ExternalIdQuery,
    Order,
    check_cursor_paging,
    next_link,
    offset_link,
)
from api.db import models
from api.db import repository as repo
from api.db.pages import application_page
from api.db.session import session_scope
from api.deps import EngineDep, FactoryDep, OrgDep, SessionDep, SettingsDep
from api.json_nesting import NestingLimitedRoute
from api.schemas import PROBLEMS
from api.schemas_jobs import ApplicationList, ApplicationOut, Status, Verdict
from api.storing import NO_JOB, Factory
from api.views import application_out
from api.views_history import blind_summary

router = APIRouter(prefix="/v1", tags=["applications"], route_class=NestingLimitedRoute)
Blind = Annotated[bool, Query(description="Answer blind: no file name; name and contact masked.")]


@router.get("/jobs/{job_id}/applications", response_model=ApplicationList, responses=PROBLEMS)
def list_applications(
    job_id: str,
    org: OrgDep,
    session: SessionDep,
    request: Request,
    verdict: Verdict | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
    status: Status | None = None,
    order: Annotated[Order, Query(description="rank, or created: (created_at, id).")] = "rank",
    cursor: CursorQuery = None,
    external_id: ExternalIdQuery = None,
    blind: Blind = False,
) -> ApplicationList:
    """The job's applications ranked by verdict then score, optionally one verdict or one
    status only (``?status=pending``: what the background path has still to screen). With
    ``order=created``, a ``cursor`` or an ``external_id``: oldest first by (created_at,
    id), page after page by ``next`` — stable while the background path screens.
    ``?blind=true`` hides the file names, and the names and contact details in metadata."""
    if repo.get_job(session, org, job_id) is None:
        raise HTTPException(404, NO_JOB)
    params = dict(request.query_params)
    if order == "created" or cursor or external_id is not None:
        check_cursor_paging(offset)
        rows, total, after = application_page(
            session, org, job_id, cursor=cursor, limit=limit, verdict=verdict, status=status,
            external_id=external_id,
        )  # fmt: skip
        link = next_link(request.url.path, {**params, "order": "created"}, after)
    else:
        rows = repo.list_applications(
            session, org, job_id, verdict=verdict, limit=limit, offset=offset, status=status
        )
        total = repo.count_applications(session, org, job_id, verdict=verdict, status=status)
        link = offset_link(request.url.path, params, offset, limit, total)
    return ApplicationList(
        items=[_summary(session, a, blind=blind) for a in rows],
        total=total,
        limit=limit,
        offset=offset,
        next=link,
    )


def _summary(session: Session, application: models.Application, *, blind: bool) -> ApplicationOut:
    if blind:
        return blind_summary(session, application)
    return application_out(session, application)


@router.post(
    "/jobs/{job_id}/rescreen",
    response_model=ApplicationList,
    responses=PROBLEMS,
)
async def rescreen(
    job_id: str, org: OrgDep, factory: FactoryDep, engine: EngineDep, settings: SettingsDep
) -> ApplicationList:
    """Screen every application of the job again against its current rules."""
    if not await rescreen_job(factory, engine, settings, org, job_id):
        raise HTTPException(404, NO_JOB)
    return await run_in_threadpool(_first_page, factory, org, job_id)


def _first_page(factory: Factory, org: str, job_id: str) -> ApplicationList:
    with session_scope(factory) as session:
        rows = repo.list_applications(session, org, job_id, limit=200)
        return ApplicationList(
            items=[application_out(session, a) for a in rows],
            total=repo.count_applications(session, org, job_id),
            limit=200,
            offset=0,
        )
