"""Uploading résumés to a job from the web page, on the API's own path.

The files are read under the server's limits, then screened exactly as an API upload is
(``api.background``): up to ``SYNC_FILES`` in the isolated workers before the page answers
(admitted by the same queue), more stored as pending and screened by the background loop
while the job's page refreshes itself. No database session is held across a parse. A file
that cannot be read is stored as failed with its code, so the job's page lists it with
its reason in plain words.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import Response
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from api.admission import Admission
from api.background import Result, Target, add_pending, analyse, job_target, store_screened
from api.db.session import session_scope
from api.engine import Engine
from api.problems import Busy
from api.routes.applications import SYNC_FILES
from api.schemas_jobs import MAX_FILENAME
from api.settings import ApiSettings
from api.web.csrf import Protected
from api.web.pages import not_found, render, see_other
from screener.errors import InputError, TooLarge

router = APIRouter(include_in_schema=False)
Factory = sessionmaker[Session]
Upload = tuple[str, bytes | InputError]


def clean_name(name: str | None) -> str:
    """A file name the database can store: no NUL, at most ``MAX_FILENAME`` characters."""
    text = (name or "resume").replace("\x00", "")
    return text[-MAX_FILENAME:] if len(text) > MAX_FILENAME else text


async def read_files(files: list[UploadFile], settings: ApiSettings) -> list[Upload]:
    """Each chosen file's name and bytes, or ``too_large`` past the per-file limit."""
    limit = settings.limits.max_bytes
    read: list[Upload] = []
    for upload in files:
        if not upload.filename:  # the form was sent with no file chosen
            continue
        data = await upload.read(limit + 1)
        if len(data) > limit:
            read.append((clean_name(upload.filename), TooLarge(limit=limit)))
        else:
            read.append((clean_name(upload.filename), data))
    return read


def _target(factory: Factory, org: str, job_id: str) -> Target | None:
    with session_scope(factory) as session:
        return job_target(session, org, job_id)


def _store_all(
    factory: Factory,
    org: str,
    target: Target,
    done: list[tuple[str, bytes, Result]],
    settings: ApiSettings,
) -> None:
    with session_scope(factory) as session:
        for name, data, result in done:
            store_screened(session, org, target, name, data, result, settings)


def _store_pending(
    factory: Factory, org: str, target: Target, uploads: list[Upload], settings: ApiSettings
) -> None:
    with session_scope(factory) as session:
        for name, content in uploads:
            if isinstance(content, InputError):
                store_screened(session, org, target, name, b"", content, settings)
            else:
                add_pending(session, org, target.job_id, name, content, target.rule_set_id)


async def _screen_now(
    engine: Engine, org: str, target: Target, uploads: list[Upload]
) -> list[tuple[str, bytes, Result]]:
    async def one(name: str, content: bytes | InputError) -> tuple[str, bytes, Result]:
        if isinstance(content, InputError):
            return name, b"", content
        return name, content, await analyse(engine, org, content, name, target.loaded)

    return list(await asyncio.gather(*(one(name, content) for name, content in uploads)))


@router.post("/jobs/{job_id}/upload")
async def upload(
    request: Request,
    job_id: str,
    user: Protected,
    files: Annotated[list[UploadFile] | None, File(description="Résumés.")] = None,
) -> Response:
    """Screen the chosen files against the job's rules and show its ranked list again."""
    state = request.app.state
    settings: ApiSettings = state.settings
    factory: Factory = state.session_factory
    files = files or []
    if len(files) > settings.max_files_per_request:
        message = f"Send at most {settings.max_files_per_request} files at a time."
        return render(request, "error.html", user, 413, title="Too many files", message=message)
    target = await run_in_threadpool(_target, factory, user.org_id, job_id)
    if target is None:
        return not_found(request, user, "job")
    uploads = await read_files(files, settings)
    if not uploads:
        return see_other(f"/jobs/{job_id}?saved=nothing")
    if len(uploads) > SYNC_FILES:
        await run_in_threadpool(_store_pending, factory, user.org_id, target, uploads, settings)
        state.wake_background()
        return see_other(f"/jobs/{job_id}?saved=pending")
    admission: Admission = state.admission
    try:
        with admission.admitted_for(user.org_id):
            done = await _screen_now(state.engine, user.org_id, target, uploads)
    except Busy as busy:
        message = "The server is busy screening other files. Wait a moment and send them again."
        page = render(request, "error.html", user, busy.status, title="Busy", message=message)
        page.headers["Retry-After"] = str(busy.retry_after_s)
        return page
    await run_in_threadpool(_store_all, factory, user.org_id, target, done, settings)
    return see_other(f"/jobs/{job_id}?saved=uploaded")
