"""What integrators rely on in list and write routes: their own ids and metadata, and
cursor pagination.

``external_id`` is the caller's (an ATS's) id for a job or an application, kept as
written; ``metadata`` a free JSON object of at most ``MAX_METADATA_BYTES`` (as compact
JSON) and ``MAX_METADATA_KEYS`` keys at the top, returned as stored.

A cursor is opaque to clients: the (created_at, id) of the last row of a page, base64url
JSON. Rows are ordered by (created_at, id), so a walk is stable while applications are
screened and while new ones arrive (they come at the end), unlike ranked or offset pages.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import HTTPException, Query
from pydantic import AfterValidator, Field
from sqlalchemy import Select, and_, or_

MAX_METADATA_BYTES = 16 * 1024
MAX_METADATA_KEYS = 50
MAX_CURSOR = 200
Order = Literal["rank", "created"]
CursorQuery = Annotated[
    str | None, Query(max_length=MAX_CURSOR, description="From a page's next link.")
]
ExternalIdQuery = Annotated[
    str | None, Query(min_length=1, max_length=200, description="Only the caller's id.")
]


def bounded_metadata(value: dict[str, Any]) -> dict[str, Any]:
    """Refuse metadata over the size or key limits, or holding a NUL."""
    encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if len(encoded.encode("utf-8")) > MAX_METADATA_BYTES:
        raise ValueError(f"must be at most {MAX_METADATA_BYTES} bytes as JSON")
    if len(value) > MAX_METADATA_KEYS:
        raise ValueError(f"must have at most {MAX_METADATA_KEYS} keys")
    if "\\u0000" in json.dumps(value):
        raise ValueError("must not contain a NUL character")
    return value


Metadata = Annotated[
    dict[str, Any],
    AfterValidator(bounded_metadata),
    Field(description=f"A free JSON object (at most {MAX_METADATA_BYTES} bytes as JSON)."),
]


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


ExternalId = Annotated[
    str,
    AfterValidator(_no_nul),
    Field(min_length=1, max_length=200, description="The caller's own id (e.g. the ATS's)."),
]


def parse_metadata(text: str | None) -> dict[str, Any] | None:
    """A form field's metadata (JSON text) checked like a JSON body's; 422 otherwise."""
    if text is None or text == "":
        return None
    try:
        value = json.loads(text)
    except ValueError:
        raise HTTPException(422, "metadata must be a JSON object.") from None
    if not isinstance(value, dict):
        raise HTTPException(422, "metadata must be a JSON object.")
    try:
        return bounded_metadata(value)
    except ValueError as error:
        raise HTTPException(422, f"metadata {error}.") from None


def encode_cursor(created_at: datetime, row_id: str) -> str:
    """The cursor after a row."""
    raw = json.dumps([created_at.isoformat(), row_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    """The (created_at, id) a cursor holds; 422 for one this server did not make."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, row_id = json.loads(raw)
        moment = datetime.fromisoformat(stamp)
        if moment.tzinfo is None or not isinstance(row_id, str):
            raise ValueError(cursor)
        return moment, row_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise HTTPException(422, "The cursor is not valid.") from None


def after_cursor(query: Select[Any], model: Any, cursor: str | None) -> Select[Any]:
    """``query`` in (created_at, id) order, from just after ``cursor``."""
    if cursor:
        moment, row_id = decode_cursor(cursor)
        query = query.where(
            or_(
                model.created_at > moment,
                and_(model.created_at == moment, model.id > row_id),
            )
        )
    return query.order_by(model.created_at, model.id)


def next_link(path: str, params: dict[str, Any], cursor: str | None) -> str | None:
    """The link to the next page (None at the end): the same filters, the new cursor."""
    if cursor is None:
        return None
    kept = {k: v for k, v in params.items() if v is not None and k not in ("cursor", "offset")}
    return f"{path}?{urlencode({**kept, 'cursor': cursor})}"


def check_cursor_paging(offset: int) -> None:
    """A cursor walk has no offset: 422 when one is given as well."""
    if offset:
        raise HTTPException(422, "Give either offset or a cursor (order=created), not both.")


def offset_link(
    path: str, params: dict[str, Any], offset: int, limit: int, total: int
) -> str | None:
    """The next page of an offset list (None at the end)."""
    if offset + limit >= total:
        return None
    return f"{path}?{urlencode({**params, 'offset': offset + limit, 'limit': limit})}"
