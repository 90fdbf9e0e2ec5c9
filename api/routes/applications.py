"""Applications: résumés uploaded to a job, screened and stored.

The two upload routes: files (multipart, up to ``SYNC_FILES`` screened before the answer,
more in the background) and text the caller already extracted. How one request's
applications are stored once under its idempotency key, with no session held across a
parse, is ``api.storing``. The list and the re-screen are ``api.routes.application_list``;
one application's detail and its erasure are ``api.routes.application_detail``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Header, HTTPException, Request, UploadFile

from api.deps import AdmissionDep, EngineDep, FactoryDep, OrgDep, SettingsDep
from api.idempotency import content_hash
from api.intake import Tag, form_tags
from api.json_nesting import NestingLimitedRoute
from api.schemas import PROBLEMS
from api.schemas_jobs import Accepted, ApplicationOut, TextApplicationIn
from api.storing import Payloads, StoringCall, accept_pending, check_filename, located
from api.uploads import read_upload

router = APIRouter(prefix="/v1", tags=["applications"], route_class=NestingLimitedRoute)
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)]
SYNC_FILES = 5  # more files than this in one upload are screened in the background (202)
REPEATED = "Every file was sent before under its external_id: the applications they were."


@router.post(
    "/jobs/{job_id}/applications",
    status_code=201,
    response_model=list[ApplicationOut],
    responses=PROBLEMS
    | {202: {"model": Accepted}, 200: {"model": list[ApplicationOut], "description": REPEATED}},
)
async def upload(
    job_id: str,
    org: OrgDep,
    factory: FactoryDep,
    engine: EngineDep,
    admission: AdmissionDep,
    settings: SettingsDep,
    request: Request,
    files: Annotated[list[UploadFile], File(description="Résumés.")],
    external_id: Annotated[
        list[str] | None, Form(description="The caller's id of each file, in order.")
    ] = None,
    metadata: Annotated[
        list[str] | None, Form(description="A JSON object for every file, or one per file.")
    ] = None,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    """Upload résumés to a job. Up to five are screened before the answer (201); more are
    stored and screened in the background (202), surviving a server restart. A file sent
    again under the same ``external_id`` is the application it was (200 when every file
    was: nothing new)."""
    if len(files) > settings.max_files_per_request:
        raise HTTPException(413, f"At most {settings.max_files_per_request} files per request.")
    for item in files:
        check_filename(item.filename)
    tags = form_tags(len(files), external_id or [], metadata or [])
    payloads = [(f.filename, await read_upload(f, settings.limits)) for f in files]
    digest = content_hash(
        *(part for name, data in payloads for part in (name or "", data)),
        *(part for tag in tags for part in tag.parts()),
    )
    call = StoringCall(factory, org, job_id, request, idempotency_key, digest, tags)
    if len(payloads) > SYNC_FILES:
        response = await call.stored(lambda session: accept_pending(session, call, payloads))
        if response.status_code == 202:
            request.app.state.wake_background()
        return located(response, job_id)
    with admission.admitted_for(org):
        return located(await call.screened(engine, settings, payloads, single=False), job_id)


@router.post(
    "/jobs/{job_id}/applications/text",
    status_code=201,
    response_model=ApplicationOut,
    responses=PROBLEMS | {200: {"model": ApplicationOut, "description": REPEATED}},
)
async def upload_text(
    job_id: str,
    body: TextApplicationIn,
    org: OrgDep,
    factory: FactoryDep,
    engine: EngineDep,
    settings: SettingsDep,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    """Add an application whose résumé the caller already has as text (200 with the
    application it was when this text was sent before under the same ``external_id``)."""
    tags = [Tag(body.external_id, body.metadata)]
    call = StoringCall(factory, org, job_id, request, idempotency_key, body.model_dump_json(), tags)
    payloads: Payloads = [(body.filename or "resume.txt", body.text.encode("utf-8"))]
    return located(await call.screened(engine, settings, payloads, single=True), job_id)
