"""Cursor pages of jobs and applications (``api.contract``): oldest first by
(created_at, id), from just after a cursor, with the filters of the ranked lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from api.contract import after_cursor, encode_cursor
from api.db.models import Application, Job


def _page(
    session: Session, query: Select[Any], model: Any, cursor: str | None, limit: int
) -> tuple[list[Any], str | None]:
    rows = list(session.scalars(after_cursor(query, model, cursor).limit(limit + 1)).all())
    if len(rows) <= limit:
        return rows, None
    last = rows[limit - 1]
    return rows[:limit], encode_cursor(last.created_at, last.id)


def application_page(
    session: Session,
    org_id: str,
    job_id: str,
    *,
    cursor: str | None,
    limit: int,
    verdict: str | None = None,
    status: str | None = None,
    external_id: str | None = None,
) -> tuple[Sequence[Application], int, str | None]:
    """A page of a job's applications, how many match in all, and the cursor after the
    page (None: the last page)."""
    where = [Application.org_id == org_id, Application.job_id == job_id]
    for column, value in (
        (Application.verdict, verdict),
        (Application.status, status),
        (Application.external_id, external_id),
    ):
        if value is not None:
            where.append(column == value)
    total = session.scalar(select(func.count()).select_from(Application).where(*where)) or 0
    rows, after = _page(session, select(Application).where(*where), Application, cursor, limit)
    return rows, total, after


def job_page(
    session: Session,
    org_id: str,
    *,
    cursor: str | None,
    limit: int,
    external_id: str | None = None,
) -> tuple[Sequence[Job], int, str | None]:
    """A page of the organisation's jobs, how many match in all, and the cursor after the
    page (None: the last page)."""
    where = [Job.org_id == org_id]
    if external_id is not None:
        where.append(Job.external_id == external_id)
    total = session.scalar(select(func.count()).select_from(Job).where(*where)) or 0
    rows, after = _page(session, select(Job).where(*where), Job, cursor, limit)
    return rows, total, after
