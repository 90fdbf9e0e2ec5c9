"""``GET /v1/audit-log``: the organisation's decision log, exported as JSON Lines or CSV.

Who (``key:<id>``, ``user:<id>``, ``system``) screened, re-screened, viewed, decided,
deleted or audited what (ids only), and when; oldest first, from ``since`` on. The log is
append-only: no route changes or deletes a line, and the database refuses it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from api.db.decision_log import events_since
from api.db.models_history import AuditEvent
from api.db.session import session_scope
from api.deps import FactoryDep, OrgDep
from api.schemas import PROBLEMS
from api.webhooks.events import iso
from screener.report.csv_out import safe_cell

router = APIRouter(prefix="/v1", tags=["audit"])
COLUMNS = ("id", "at", "actor", "action", "application_id", "job_id", "detail")
MEDIA = {"jsonl": "application/jsonl", "csv": "text/csv; charset=utf-8"}


def event_object(event: AuditEvent) -> dict[str, object]:
    """One event as its JSON Lines object (and CSV row, ``detail`` as JSON)."""
    return {
        "id": event.id,
        "at": iso(event.at),
        "actor": event.actor,
        "action": event.action,
        "application_id": event.application_id,
        "job_id": event.job_id,
        "detail": event.detail,
    }


@router.get(
    "/audit-log",
    responses=PROBLEMS
    | {200: {"content": {"application/jsonl": {}, "text/csv": {}}, "description": "The log."}},
)
def export_audit_log(
    org: OrgDep,
    factory: FactoryDep,
    since: Annotated[
        datetime | None, Query(description="ISO 8601: only events at or after it.")
    ] = None,
    format: Annotated[Literal["jsonl", "csv"], Query(description="jsonl or csv.")] = "jsonl",
) -> StreamingResponse:
    """The decision log, oldest first, streamed (read a thousand lines at a time)."""
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)  # a time without a zone is UTC

    def lines() -> Iterator[str]:
        if format == "csv":
            yield _csv_line(COLUMNS)
        with session_scope(factory) as session:
            for event in events_since(session, org, since):
                item = event_object(event)
                if format == "jsonl":
                    yield json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"
                else:
                    yield _csv_line(_cells(item))

    name = f"audit-log.{format}"
    return StreamingResponse(
        lines(),
        media_type=MEDIA[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _cells(item: dict[str, object]) -> list[str]:
    cells = []
    for column in COLUMNS:
        value = item[column]
        if column == "detail":
            value = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        cells.append(safe_cell("" if value is None else str(value)))
    return cells


def _csv_line(cells: tuple[str, ...] | list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()
