"""``POST /v1/rules/draft``: a job posting → a draft rule set and its report.

The posting comes as JSON (``{"text": …}`` or ``{"posting": <JobPosting>}``) or as a file
upload (``file``: text, Markdown, HTML, PDF, DOCX or JSON-LD). Either way it is read and
drafted in a parse worker, like a résumé: a posting may be a hostile PDF. Nothing is
stored, so a read key is enough; the route is admitted like ``/v1/parse``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from api.deps import EngineDep, OrgDep, SettingsDep
from api.json_nesting import NestingLimitedRoute
from api.schemas import PROBLEMS
from api.schemas_drafts import DraftIn, DraftOut
from api.uploads import read_upload
from screener.drafting import Draft, rules_data
from screener.ingest.limits import Limits

_RULES_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
router = APIRouter(prefix="/v1/rules", tags=["rules"], route_class=NestingLimitedRoute)

_FILE_FORM: dict[str, Any] = {
    "type": "object",
    "required": ["file"],
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "The posting file."},
        "id": {"type": "string", "pattern": _RULES_ID.pattern, "maxLength": 80},
    },
}
REQUEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": DraftIn.model_json_schema()},
            "multipart/form-data": {"schema": _FILE_FORM},
        },
    }
}


@router.post("/draft", response_model=DraftOut, responses=PROBLEMS, openapi_extra=REQUEST_BODY)
async def draft_rules(
    request: Request, org: OrgDep, engine: EngineDep, settings: SettingsDep
) -> DraftOut:
    """Draft a rule set from a job posting; every criterion cites the posting's words.

    Review it before use: the report lists each part of the posting not screened (with
    why) and what the fairness lint found (never turned into criteria)."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == "multipart/form-data":
        data, filename, rules_id = await _from_form(request, settings.limits)
    else:
        data, filename, rules_id = _from_json(await request.body())
    return draft_out(await engine.draft(data, filename, rules_id, org=org))


def draft_out(draft: Draft) -> DraftOut:
    """The response body of a draft: its rule set as data, its hash and its report."""
    return DraftOut(rules=rules_data(draft), sha256=draft.rules.sha256, report=draft.report)


def posting_bytes(body: DraftIn) -> tuple[bytes, str]:
    """What the reader is given for a JSON body: the text, or the JobPosting as JSON."""
    if body.posting is not None:
        return json.dumps(body.posting, ensure_ascii=False).encode("utf-8"), "posting.json"
    return (body.text or "").encode("utf-8"), "posting.txt"


def _from_json(raw: bytes) -> tuple[bytes, str, str | None]:
    try:
        body = DraftIn.model_validate_json(raw or b"null")
    except ValidationError as error:
        raise RequestValidationError(error.errors(include_url=False)) from None
    data, filename = posting_bytes(body)
    return data, filename, body.id


async def _from_form(request: Request, limits: Limits) -> tuple[bytes, str | None, str | None]:
    form = await request.form(max_files=1, max_fields=4)
    upload, rules_id = form.get("file"), form.get("id")
    if not isinstance(upload, UploadFile):
        raise HTTPException(422, "Send the posting as 'file'.")
    if rules_id is not None and (not isinstance(rules_id, str) or not _RULES_ID.match(rules_id)):
        raise HTTPException(422, "'id' must be lowercase letters, digits and '-', at most 80.")
    return await read_upload(upload, limits), upload.filename, rules_id or None
