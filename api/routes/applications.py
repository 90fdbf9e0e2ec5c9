"""Applications: résumés uploaded to a job, stored with their screening, ranked, erasable."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, File, Header, HTTPException, Query, Request, Response, UploadFile
from fastapi.responses import JSONResponse

from api.background import add_pending, rescreen_job, screen_and_store
from api.db import repository as repo
from api.deps import EngineDep, OrgDep, SessionDep, SettingsDep
from api.idempotency import content_hash, remember, replay
from api.schemas import PROBLEMS
from api.schemas_jobs import (
    Accepted,
    ApplicationDetail,
    ApplicationList,
    ApplicationOut,
    TextApplicationIn,
)
from api.uploads import read_upload
from api.views import application_detail, application_out

router = APIRouter(prefix="/v1", tags=["applications"])
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)]
SYNC_FILES = 5  # more files than this in one upload are screened in the background (202)


@router.post(
    "/jobs/{job_id}/applications",
    status_code=201,
    response_model=list[ApplicationOut],
    responses=PROBLEMS | {202: {"model": Accepted}},
)
async def upload(
    job_id: str,
    org: OrgDep,
    session: SessionDep,
    engine: EngineDep,
    settings: SettingsDep,
    request: Request,
    files: Annotated[list[UploadFile], File(description="Résumés.")],
    idempotency_key: IdempotencyKey = None,
) -> Any:
    """Upload résumés to a job. Up to five are screened before the answer (201); more are
    stored and screened in the background (202), surviving a server restart."""
    if len(files) > settings.max_files_per_request:
        raise HTTPException(413, f"At most {settings.max_files_per_request} files per request.")
    payloads = [(f.filename, await read_upload(f, settings.limits)) for f in files]
    digest = content_hash(*(part for name, data in payloads for part in (name or "", data)))
    replayed = replay(session, org, idempotency_key, request, digest)
    if replayed is not None:
        return replayed
    job = repo.get_job(session, org, job_id)
    if job is None:
        raise HTTPException(404, "No such job.")
    if len(payloads) > SYNC_FILES:
        return _accept(session, org, job_id, payloads, request, idempotency_key, digest)
    stored = await asyncio.gather(
        *(
            screen_and_store(session, engine, settings, org, job_id, name, data)
            for name, data in payloads
        )
    )
    body = [application_out(session, app).model_dump(mode="json") for app in stored]
    remember(session, org, idempotency_key, request, digest, 201, body)
    return JSONResponse(body, status_code=201)


def _accept(
    session: Any,
    org: str,
    job_id: str,
    payloads: list[tuple[str | None, bytes]],
    request: Request,
    key: str | None,
    digest: str,
) -> JSONResponse:
    """Store the files as pending (bytes kept until screened) and answer 202."""
    pending = []
    for name, data in payloads:
        pending.append(add_pending(session, org, job_id, name, data))
    url = f"/v1/jobs/{job_id}/applications?status=pending"
    accepted = Accepted(applications=[application_out(session, a) for a in pending], status_url=url)
    body = accepted.model_dump(mode="json")
    remember(session, org, key, request, digest, 202, body)
    session.commit()
    request.app.state.wake_background()
    return JSONResponse(body, status_code=202, headers={"Location": url})


@router.post(
    "/jobs/{job_id}/applications/text",
    status_code=201,
    response_model=ApplicationOut,
    responses=PROBLEMS,
)
async def upload_text(
    job_id: str,
    body: TextApplicationIn,
    org: OrgDep,
    session: SessionDep,
    engine: EngineDep,
    settings: SettingsDep,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    """Add an application whose résumé the caller already has as text."""
    replayed = replay(session, org, idempotency_key, request, body.model_dump_json())
    if replayed is not None:
        return replayed
    if repo.get_job(session, org, job_id) is None:
        raise HTTPException(404, "No such job.")
    name = body.filename or "resume.txt"
    application = await screen_and_store(
        session, engine, settings, org, job_id, name, body.text.encode("utf-8")
    )
    out = application_out(session, application).model_dump(mode="json")
    remember(session, org, idempotency_key, request, body.model_dump_json(), 201, out)
    return JSONResponse(out, status_code=201)


@router.get("/jobs/{job_id}/applications", response_model=ApplicationList, responses=PROBLEMS)
def list_applications(
    job_id: str,
    org: OrgDep,
    session: SessionDep,
    verdict: Annotated[str | None, Query(pattern="^(meets|does_not_meet|needs_review)$")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> ApplicationList:
    """The job's applications ranked by verdict then score, optionally one verdict only."""
    if repo.get_job(session, org, job_id) is None:
        raise HTTPException(404, "No such job.")
    rows = repo.list_applications(session, org, job_id, verdict=verdict, limit=limit, offset=offset)
    total = repo.count_applications(session, org, job_id, verdict=verdict)
    return ApplicationList(
        items=[application_out(session, a) for a in rows], total=total, limit=limit, offset=offset
    )


@router.get("/applications/{application_id}", response_model=ApplicationDetail, responses=PROBLEMS)
def get_application(application_id: str, org: OrgDep, session: SessionDep) -> ApplicationDetail:
    """One application with every criterion explained and the profile behind it."""
    application = repo.get_application(session, org, application_id)
    if application is None:
        raise HTTPException(404, "No such application.")
    return application_detail(session, application)


@router.delete("/applications/{application_id}", status_code=204, responses=PROBLEMS)
def delete_application(application_id: str, org: OrgDep, session: SessionDep) -> Response:
    """Erase an application: the résumé, its text, its results (the right to erasure)."""
    if not repo.delete_application(session, org, application_id):
        raise HTTPException(404, "No such application.")
    return Response(status_code=204)


@router.post("/jobs/{job_id}/rescreen", response_model=ApplicationList, responses=PROBLEMS)
async def rescreen(
    job_id: str, org: OrgDep, session: SessionDep, engine: EngineDep, settings: SettingsDep
) -> ApplicationList:
    """Screen every application of the job again against its current rules."""
    job = repo.get_job(session, org, job_id)
    if job is None:
        raise HTTPException(404, "No such job.")
    await rescreen_job(session, engine, settings, org, job_id)
    rows = repo.list_applications(session, org, job_id, limit=200)
    return ApplicationList(
        items=[application_out(session, a) for a in rows],
        total=repo.count_applications(session, org, job_id),
        limit=200,
        offset=0,
    )
