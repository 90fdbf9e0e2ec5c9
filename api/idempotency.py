"""``Idempotency-Key`` on POST: a retried request gets the first response, nothing twice.

The request is identified by its key within the organisation; its content hash guards
against reusing a key for a different request (409).
"""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from api.db.repository import IdempotencyConflict, idempotent_response, store_idempotent_response


def content_hash(*parts: bytes | str) -> str:
    """A SHA-256 over the request's meaningful content."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def replay(
    session: Session, org: str, key: str | None, request: Request, *content: bytes | str
) -> JSONResponse | None:
    """The first response to this key, or None when the request is new."""
    if key is None:
        return None
    try:
        stored = idempotent_response(
            session, org, key, request.method, request.url.path, content_hash(*content)
        )
    except IdempotencyConflict as error:
        raise HTTPException(409, "This Idempotency-Key was used for another request.") from error
    if stored is None:
        return None
    status, body = stored
    return JSONResponse(body, status_code=status, headers={"Idempotent-Replayed": "true"})


def remember(
    session: Session,
    org: str,
    key: str | None,
    request: Request,
    content: bytes | str,
    status: int,
    body: Any,
) -> None:
    """Store the response to a request that carried a key."""
    if key is not None:
        store_idempotent_response(
            session, org, key, request.method, request.url.path, content_hash(content), status, body
        )
