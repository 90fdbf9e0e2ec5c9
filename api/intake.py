"""The caller's own ids on uploads: ``external_id`` and ``metadata`` per file, and the
rule that a repeated upload of one file under one external id to one job is the same
application (returned as it is, 200, never stored twice).

The match is on (job, external id, SHA-256 of the bytes): the same candidate sending a
new résumé under the same external id is a new application. Two identical uploads racing
each other end with one row: the unique constraint
``uq_applications_job_id_external_id_sha256`` refuses the second transaction, which the
route runs once more (``api.storing``), and then finds the first's row.
(No savepoint: pysqlite's SAVEPOINT opens a read snapshot early, which SQLite refuses to
upgrade to a write once another connection has committed.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.contract import parse_metadata
from api.db.models import Application


@dataclass(frozen=True)
class Tag:
    """What the caller said about one file: its external id and metadata."""

    external_id: str | None = None
    metadata: dict[str, Any] | None = None

    def parts(self) -> tuple[str, str]:
        """Text that identifies the tag in an idempotency hash."""
        return self.external_id or "", repr(sorted((self.metadata or {}).items()))


def form_tags(files: int, external_ids: Sequence[str], metadata: Sequence[str]) -> list[Tag]:
    """One tag per file from repeated form fields: ``external_id`` none or once per file,
    ``metadata`` none, once (for every file) or once per file; 422 otherwise."""
    if external_ids and len(external_ids) != files:
        raise HTTPException(422, "Give external_id once per file, in the files' order.")
    if len(metadata) not in (0, 1, files):
        raise HTTPException(422, "Give metadata once for every file or once per file.")
    for value in external_ids:
        if not value or len(value) > 200 or "\x00" in value:
            raise HTTPException(422, "An external_id holds 1 to 200 characters and no NUL.")
    metas = [parse_metadata(text) for text in metadata]
    return [
        Tag(
            external_ids[n] if external_ids else None,
            (metas[n] if len(metas) == files else metas[0]) if metas else None,
        )
        for n in range(files)
    ]


def existing(session: Session, org: str, job_id: str, tag: Tag, data: bytes) -> Application | None:
    """The application this upload repeats, or None (always None without an external id)."""
    if tag.external_id is None:
        return None
    return session.scalar(
        select(Application).where(
            Application.org_id == org,
            Application.job_id == job_id,
            Application.external_id == tag.external_id,
            Application.sha256 == hashlib.sha256(data).hexdigest(),
        )
    )


def store_once(
    session: Session,
    org: str,
    job_id: str,
    tag: Tag,
    data: bytes,
    store: Callable[[], Application | None],
) -> tuple[Application | None, bool]:
    """The application for this upload and whether it is new: the one it repeats, or
    the one ``store()`` made with the tag (None when ``store`` found no job)."""
    found = existing(session, org, job_id, tag, data)
    if found is not None:
        return found, False
    return store(), True


def created_location(job_id: str, created: Sequence[str]) -> dict[str, str]:
    """``Location`` of a 201: the application, or the job's applications for several."""
    if not created:
        return {}
    if len(created) == 1:
        return {"Location": f"/v1/applications/{created[0]}"}
    return {"Location": f"/v1/jobs/{job_id}/applications"}
