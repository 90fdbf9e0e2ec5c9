"""``POST /v1/parse`` and ``POST /v1/screen``: nothing stored, one answer per request."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, UploadFile
from starlette.concurrency import run_in_threadpool

from api.deps import EngineDep, OrgDep, SettingsDep
from api.schemas import PROBLEMS, ParseResponse, ScreenResponse
from api.uploads import as_of_month, read_upload, rules_from_form
from screener.errors import InputError
from screener.models import ErrorInfo, ScreeningResult
from screener.report import rank

router = APIRouter(prefix="/v1", tags=["stateless"])

AsOfForm = Annotated[str | None, Form(description="YYYY-MM[-DD] for 'Present' (default: now).")]


@router.post("/parse", response_model=ParseResponse, responses=PROBLEMS)
async def parse(
    org: OrgDep,
    engine: EngineDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="A résumé: PDF, DOCX or TXT.")],
    as_of: AsOfForm = None,
) -> ParseResponse:
    """Extract a résumé's qualifications, each with the quote that proves it."""
    month = as_of_month(as_of)
    data = await read_upload(file, settings.limits)
    profile = await engine.parse(data, file.filename, month, org=org)
    return ParseResponse(filename=file.filename, profile=profile)


@router.post("/screen", response_model=ScreenResponse, responses=PROBLEMS)
async def screen(
    org: OrgDep,
    engine: EngineDep,
    settings: SettingsDep,
    rules: Annotated[str, Form(description="A bundled rule set id, or a rule set as JSON.")],
    file: Annotated[UploadFile | None, File(description="One résumé.")] = None,
    files: Annotated[list[UploadFile] | None, File(description="Several résumés.")] = None,
    as_of: AsOfForm = None,
) -> ScreenResponse:
    """Screen one résumé (``file``: an error is the answer) or several (``files``: each
    file's error is in its result), ranked."""
    loaded = await run_in_threadpool(rules_from_form, rules)  # CPU work: off the loop
    month = as_of_month(as_of)
    uploads = [file] if file is not None else list(files or [])
    if not uploads:
        raise HTTPException(422, "Send a résumé as 'file' or several as 'files'.")
    if len(uploads) > settings.max_files_per_request:
        raise HTTPException(413, f"At most {settings.max_files_per_request} files per request.")

    async def one(upload: UploadFile) -> ScreeningResult:
        name = upload.filename or "upload"
        try:
            data = await read_upload(upload, settings.limits)
            screening = await engine.screen(data, upload.filename, loaded, month, org=org)
        except InputError as error:
            if file is not None:
                raise  # a single file's error is the answer
            info = ErrorInfo(code=error.code, message=error.message)
            return ScreeningResult(source=name, error=info)
        return ScreeningResult(source=name, screening=screening)

    results = await asyncio.gather(*(one(upload) for upload in uploads))  # on all workers
    return ScreenResponse(rules=loaded.ref().model_dump(), results=rank(results))
