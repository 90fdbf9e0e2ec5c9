"""``/v1/jobs``: a job holds a title and its rules; changing the rules adds a version."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.background import BackgroundTask

from api.contract import CursorQuery, ExternalIdQuery, check_cursor_paging, next_link, offset_link
from api.db import repository as repo
from api.db.pages import job_page
from api.db.session import checkpoint_wal
from api.deps import AdmissionDep, EngineDep, FactoryDep, OrgDep, SessionDep
from api.job_creation import JobCreation, loaded_rules
from api.json_nesting import NestingLimitedRoute
from api.schemas import PROBLEMS
from api.schemas_jobs import JobCreated, JobIn, JobList, JobOut, JobPatch
from api.views import job_out

router = APIRouter(prefix="/v1/jobs", tags=["jobs"], route_class=NestingLimitedRoute)
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)]
NOT_FOUND = "No such job."
JobOrder = Literal["newest", "created"]


@router.post("", status_code=201, response_model=JobCreated, responses=PROBLEMS)
async def create_job(
    body: JobIn,
    org: OrgDep,
    factory: FactoryDep,
    engine: EngineDep,
    admission: AdmissionDep,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    """Create a job from its rules, or from its posting (``posting``): drafted in a parse
    worker like ``POST /v1/rules/draft``, the answer carrying the draft for review."""
    call = JobCreation(factory, org, body, request, idempotency_key)
    return _located(await call.answer(engine, admission))


def _located(response: JSONResponse) -> JSONResponse:
    """A 201 with ``Location`` naming the job it created (a replay names the same one)."""
    if response.status_code == 201:
        created = json.loads(bytes(response.body))
        if isinstance(created, dict) and isinstance(created.get("id"), str):
            response.headers["Location"] = f"/v1/jobs/{created['id']}"
    return response


@router.get("", response_model=JobList, responses=PROBLEMS)
def list_jobs(
    org: OrgDep,
    session: SessionDep,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
    order: Annotated[JobOrder, Query(description="newest, or created: (created_at, id).")] = (
        "newest"
    ),
    cursor: CursorQuery = None,
    external_id: ExternalIdQuery = None,
) -> JobList:
    """The organisation's jobs, newest first; with ``order=created``, a ``cursor`` or an
    ``external_id``: oldest first by (created_at, id), page after page by ``next``."""
    params = dict(request.query_params)
    if order == "created" or cursor or external_id is not None:
        check_cursor_paging(offset)
        jobs, total, after = job_page(
            session, org, cursor=cursor, limit=limit, external_id=external_id
        )
        link = next_link(request.url.path, {**params, "order": "created"}, after)
    else:
        jobs = repo.list_jobs(session, org, limit=limit, offset=offset)
        total = repo.count_jobs(session, org)
        link = offset_link(request.url.path, params, offset, limit, total)
    return JobList(
        items=[job_out(session, job) for job in jobs],
        total=total,
        limit=limit,
        offset=offset,
        next=link,
    )


@router.get("/{job_id}", response_model=JobOut, responses=PROBLEMS)
def get_job(job_id: str, org: OrgDep, session: SessionDep) -> JobOut:
    """One job."""
    job = repo.get_job(session, org, job_id)
    if job is None:
        raise HTTPException(404, NOT_FOUND)
    return job_out(session, job)


@router.patch("/{job_id}", response_model=JobOut, responses=PROBLEMS)
def update_job(job_id: str, body: JobPatch, org: OrgDep, session: SessionDep) -> JobOut:
    """Rename a job, or give it new rules (a new version; old screenings keep theirs)."""
    job = repo.get_job(session, org, job_id)
    if job is None:
        raise HTTPException(404, NOT_FOUND)
    if body.rules is not None:
        job = repo.update_job_rules(session, org, job_id, loaded_rules(body.rules)) or job
    if body.title is not None:
        job = repo.update_job_title(session, org, job_id, body.title) or job
    if body.external_id is not None:
        job.external_id = body.external_id
    if body.metadata is not None:
        job.meta = body.metadata
    session.flush()
    return job_out(session, job)


@router.delete("/{job_id}", status_code=204, responses=PROBLEMS)
def delete_job(job_id: str, org: OrgDep, session: SessionDep, factory: FactoryDep) -> Response:
    """Delete a job with its rule versions and every application (and résumé) in it."""
    if not repo.delete_job(session, org, job_id):
        raise HTTPException(404, NOT_FOUND)
    return Response(status_code=204, background=BackgroundTask(checkpoint_wal, factory))
