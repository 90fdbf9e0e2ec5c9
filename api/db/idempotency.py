"""``Idempotency-Key`` records: a retried POST gets the first response, nothing is made twice.

Erasure: a stored response may quote a candidate (an application, its screening, its
profile). Records are not linked to applications by a column; instead, deleting or purging
an application deletes every record of the organisation whose serialised response body
mentions the application's id or its file's SHA-256 (``purge_mentions``). Both are long
random strings, so a mention is never accidental, and the SHA-256 also catches a stateless
``POST /v1/screen`` of the same file. Records also expire (``purge_idempotency_older_than``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, cast, delete, or_
from sqlalchemy.orm import Session

from api.db.models import IdempotencyRecord, utcnow


class IdempotencyConflict(Exception):
    """The same ``Idempotency-Key`` was sent again with a different request."""

    def __init__(self, key: str) -> None:
        super().__init__(f"Idempotency-Key {key!r} was already used for a different request")
        self.key = key


def idempotent_response(
    session: Session, org_id: str, key: str, method: str, path: str, request_hash: str
) -> tuple[int, Any] | None:
    """The stored ``(status_code, body)`` for this key, or None when the key is new.

    Raises :class:`IdempotencyConflict` when the key was used for another request
    (another method, path or body hash).
    """
    record = session.get(IdempotencyRecord, (org_id, key))
    if record is None:
        return None
    if (record.method, record.path, record.request_hash) != (method.upper(), path, request_hash):
        raise IdempotencyConflict(key)
    return record.status_code, record.response_body


def store_idempotent_response(
    session: Session,
    org_id: str,
    key: str,
    method: str,
    path: str,
    request_hash: str,
    status_code: int,
    response_body: Any,
) -> None:
    """Remember the first response to a request with ``key`` (flushes; caller commits).

    Two concurrent first requests race on the primary key: the loser's commit fails with
    ``IntegrityError`` and it should replay the winner's record.
    """
    session.add(
        IdempotencyRecord(
            org_id=org_id,
            key=key,
            method=method.upper(),
            path=path,
            request_hash=request_hash,
            status_code=status_code,
            response_body=response_body,
        )
    )
    session.flush()


def purge_mentions(session: Session, org_id: str, needles: Iterable[str]) -> int:
    """Delete the organisation's records whose stored response mentions any of ``needles``."""
    words = sorted({needle for needle in needles if needle})
    deleted = 0
    body = cast(IdempotencyRecord.response_body, String)
    for start in range(0, len(words), 100):
        chunk = words[start : start + 100]
        statement = delete(IdempotencyRecord).where(
            IdempotencyRecord.org_id == org_id,
            or_(*(body.contains(word, autoescape=True) for word in chunk)),
        )
        deleted += _rowcount(session.execute(statement))
    return deleted


def purge_idempotency_older_than(session: Session, hours: float) -> int:
    """Delete records older than ``hours`` (every organisation); how many went."""
    cutoff: datetime = utcnow() - timedelta(hours=hours)
    result = session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff))
    return _rowcount(result)


def _rowcount(result: object) -> int:
    count = getattr(result, "rowcount", 0)
    return int(count) if isinstance(count, int) and count > 0 else 0
