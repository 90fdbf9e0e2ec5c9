"""Applications: résumés uploaded to a job, stored with their screening, ranked, erasable.

The handlers that parse never hold a session across the parse: a short session in a
thread checks the idempotency key and reads the job's rules, the files are parsed with no
connection held, and one short transaction in a thread stores the applications with the
idempotency record. Two concurrent first requests with one ``Idempotency-Key`` both parse;
the loser's transaction (its applications included) fails on the record's key and rolls
back, and it answers the winner's response: one row, never two.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from functools import partial
from typing import Annotated, Any

from fastapi import (
    APIRouter,
    File,
    Form,
    Header,
    HTTPException,
    Query,
    Request,
    Response,
    UploadFile,
)
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from api.background import (
    Result,
    Target,
    add_pending,
    analyse,
    job_target,
    rescreen_job,
    store_screened,
)
from api.contract import (
    CursorQuery,
    ExternalIdQuery,
    Order,
    check_cursor_paging,
    next_link,
    offset_link,
)
from api.db import repository as repo
from api.db.pages import application_page
from api.db.session import checkpoint_wal, session_scope
from api.deps import AdmissionDep, EngineDep, FactoryDep, OrgDep, SessionDep, SettingsDep
from api.idempotency import content_hash, remember, replay
from api.intake import Tag, created_location, form_tags, store_once
from api.json_nesting import NestingLimitedRoute
from api.schemas import PROBLEMS
from api.schemas_history import ApplicationExplained
from api.schemas_jobs import (
    MAX_FILENAME,
    Accepted,
    ApplicationList,
    ApplicationOut,
    Status,
    TextApplicationIn,
    Verdict,
)
from api.settings import ApiSettings
from api.uploads import read_upload
from api.views import application_out
from api.views_history import blind_profile_json, explained
from screener.models import Profile
from screener.report.jsonresume import to_json_resume

router = APIRouter(prefix="/v1", tags=["applications"], route_class=NestingLimitedRoute)
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)]
SYNC_FILES = 5  # more files than this in one upload are screened in the background (202)
NO_JOB = "No such job."
REPEATED = "Every file was sent before under its external_id: the applications they were."
Payloads = list[tuple[str | None, bytes]]
Factory = sessionmaker[Session]


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
        _check_filename(item.filename)
    tags = form_tags(len(files), external_id or [], metadata or [])
    payloads = [(f.filename, await read_upload(f, settings.limits)) for f in files]
    digest = content_hash(
        *(part for name, data in payloads for part in (name or "", data)),
        *(part for tag in tags for part in tag.parts()),
    )
    call = _Call(factory, org, job_id, request, idempotency_key, digest, tags)
    if len(payloads) > SYNC_FILES:
        response = await call.stored(lambda session: _accept(session, call, payloads))
        if response.status_code == 202:
            request.app.state.wake_background()
        return _located(response, job_id)
    with admission.admitted_for(org):
        return _located(await call.screened(engine, settings, payloads, single=False), job_id)


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
    call = _Call(factory, org, job_id, request, idempotency_key, body.model_dump_json(), tags)
    payloads: Payloads = [(body.filename or "resume.txt", body.text.encode("utf-8"))]
    return _located(await call.screened(engine, settings, payloads, single=True), job_id)


class _Call:
    """One storing request: its organisation, job, idempotency key and content."""

    def __init__(
        self,
        factory: Factory,
        org: str,
        job_id: str,
        request: Request,
        key: str | None,
        content: str,
        tags: list[Tag],
    ) -> None:
        self.factory, self.org, self.job_id = factory, org, job_id
        self.request, self.key, self.content = request, key, content
        self.tags = tags

    async def screened(
        self, engine: Any, settings: ApiSettings, payloads: Payloads, *, single: bool
    ) -> JSONResponse:
        """Replay, or read the job's rules, parse with no session held, then store."""
        found = await run_in_threadpool(self._prepare)
        if isinstance(found, JSONResponse):
            return found
        results = await asyncio.gather(
            *(analyse(engine, self.org, data, name, found.loaded) for name, data in payloads)
        )
        done = list(zip(payloads, results, strict=True))
        return await self.stored(lambda s: self._store(s, found, done, settings, single))

    async def stored(self, write: Callable[[Session], JSONResponse]) -> JSONResponse:
        """Run ``write`` in one short transaction in a thread; a concurrent first request
        with the same key that committed first is replayed instead, and one that stored
        the same files under the same external ids first makes ``write`` run again."""

        def transaction() -> JSONResponse:
            with session_scope(self.factory) as session:
                return write(session)

        try:
            return await run_in_threadpool(transaction)
        except IntegrityError:
            replayed = await run_in_threadpool(self._replay) if self.key else None
            if replayed is not None:
                return replayed
            # a concurrent identical upload under one external id stored first: once
            # more, this write finds its rows (``api.intake``)
            return await run_in_threadpool(transaction)

    def _replay(self) -> JSONResponse | None:
        with session_scope(self.factory) as session:
            return replay(session, self.org, self.key, self.request, self.content)

    def _prepare(self) -> JSONResponse | Target:
        with session_scope(self.factory) as session:
            replayed = replay(session, self.org, self.key, self.request, self.content)
            if replayed is not None:
                return replayed
            target = job_target(session, self.org, self.job_id)
        if target is None:
            raise HTTPException(404, NO_JOB)
        return target

    def _store(
        self,
        session: Session,
        target: Target,
        done: list[tuple[tuple[str | None, bytes], Result]],
        settings: ApiSettings,
        single: bool,
    ) -> JSONResponse:
        stored, created = [], 0
        for ((name, data), result), tag in zip(done, self.tags, strict=True):
            application, new = store_once(
                session,
                self.org,
                target.job_id,
                tag,
                data,
                partial(
                    store_screened, session, self.org, target, name, data, result, settings, tag
                ),
            )
            if application is None:  # the job was deleted while the files were parsed
                raise HTTPException(404, NO_JOB)
            created += new
            stored.append(application_out(session, application).model_dump(mode="json"))
        body: Any = stored[0] if single else stored
        status = 201 if created else 200  # 200: every file was already this job's
        remember(session, self.org, self.key, self.request, self.content, status, body)
        return JSONResponse(body, status_code=status)


def _accept(session: Session, call: _Call, payloads: Payloads) -> JSONResponse:
    """Store the files as pending (bytes kept until screened) and answer 202."""
    replayed = replay(session, call.org, call.key, call.request, call.content)
    if replayed is not None:
        return replayed
    if repo.get_job(session, call.org, call.job_id) is None:
        raise HTTPException(404, NO_JOB)
    pending, created = [], 0
    for (name, data), tag in zip(payloads, call.tags, strict=True):
        application, new = store_once(
            session,
            call.org,
            call.job_id,
            tag,
            data,
            partial(add_pending, session, call.org, call.job_id, name, data, tag=tag),
        )
        if application is None:  # add_pending raises first; for the type checker
            raise HTTPException(404, NO_JOB)
        pending.append(application)
        created += new
    if not created:  # every file was already this job's: nothing accepted
        same = [application_out(session, a).model_dump(mode="json") for a in pending]
        remember(session, call.org, call.key, call.request, call.content, 200, same)
        return JSONResponse(same, status_code=200)
    url = f"/v1/jobs/{call.job_id}/applications?status=pending"
    accepted = Accepted(applications=[application_out(session, a) for a in pending], status_url=url)
    body = accepted.model_dump(mode="json")
    remember(session, call.org, call.key, call.request, call.content, 202, body)
    return JSONResponse(body, status_code=202, headers={"Location": url})


def _located(response: JSONResponse, job_id: str) -> JSONResponse:
    """A 201 with ``Location``: the application, or the job's list for several (a replay
    with the same Idempotency-Key names the same)."""
    if response.status_code == 201 and "location" not in response.headers:
        created = json.loads(bytes(response.body))
        ids = [a["id"] for a in (created if isinstance(created, list) else [created])]
        response.headers.update(created_location(job_id, ids))
    return response


def _check_filename(name: str | None) -> None:
    """422 for a file name the database cannot store (a NUL, or over-long)."""
    if name is not None and ("\x00" in name or len(name) > MAX_FILENAME):
        raise HTTPException(
            422, f"A file name must hold no NUL and at most {MAX_FILENAME} characters."
        )


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
) -> ApplicationList:
    """The job's applications ranked by verdict then score, optionally one verdict or one
    status only (``?status=pending``: what the background path has still to screen). With
    ``order=created``, a ``cursor`` or an ``external_id``: oldest first by (created_at,
    id), page after page by ``next`` — stable while the background path screens."""
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
        items=[application_out(session, a) for a in rows],
        total=total,
        limit=limit,
        offset=offset,
        next=link,
    )


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
