"""The ranked list of a job as the page and its CSV export show it: one ``Row`` per screened
candidate, in the API's order, and the files that could not be read with their reason.

Rows are built from the stored screening JSON directly (no model validation), so a page
of 200 candidates stays fast.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from api.db import models
from api.db.applications import ApplicationSummary
from api.web.reasons import VERDICT_TEXT, reason_for
from screener.report.csv_out import safe_cell
from screener.report.ranking import format_score

MAX_ROWS = 1000


@dataclass(frozen=True)
class Criterion:
    """One required criterion's outcome at a glance."""

    label: str
    status: str  # met / not_met / unknown


@dataclass(frozen=True)
class Row:
    """One candidate of the ranked list."""

    rank: int
    id: str
    candidate: str
    verdict: str
    score: float
    required_met: int
    required_total: int
    criteria: list[Criterion] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Unreadable:
    """A file that could not be screened, and why in plain words."""

    id: str
    candidate: str
    code: str
    reason: str


def candidate_id(application: models.Application | ApplicationSummary) -> str:
    """The neutral id blind mode shows: ``candidate-`` and the file's SHA-256 prefix."""
    return f"candidate-{(application.sha256 or application.id.replace('-', ''))[:12]}"


def display_name(application: models.Application, *, blind: bool) -> str:
    """The candidate's name (else the file's name), or in blind mode the neutral id."""
    if blind:
        return candidate_id(application)
    contact = (application.profile or {}).get("contact") or {}
    return str(contact.get("name") or application.filename or candidate_id(application))


def _summary_name(summary: ApplicationSummary, *, blind: bool) -> str:
    if blind:
        return candidate_id(summary)
    return summary.contact_name or summary.filename or candidate_id(summary)


def ranked_rows(applications: Iterable[ApplicationSummary], *, blind: bool) -> list[Row]:
    """The screened applications as rows, ranked as given (``list_applications`` order)."""
    rows: list[Row] = []
    for application in applications:
        screening: dict[str, Any] = application.screening or {}
        if application.status != "done" or not screening:
            continue
        required = [o for o in screening.get("outcomes", ()) if o.get("kind") == "required"]
        rows.append(
            Row(
                rank=len(rows) + 1,
                id=application.id,
                candidate=_summary_name(application, blind=blind),
                verdict=str(application.verdict),
                score=float(application.score or 0.0),
                required_met=int(screening.get("required_met", 0)),
                required_total=int(screening.get("required_total", len(required))),
                criteria=[Criterion(str(o["label"]), str(o["status"])) for o in required],
                missing=[str(o["label"]) for o in required if o.get("status") != "met"],
            )
        )
    return rows


def unreadable(applications: Iterable[ApplicationSummary], *, blind: bool) -> list[Unreadable]:
    """The applications that failed, each with a sentence saying why."""
    return [
        Unreadable(
            a.id,
            _summary_name(a, blind=blind),
            a.error_code or "invalid_input",
            reason_for(a.error_code),
        )
        for a in applications
        if a.status == "failed"
    ]


def shown_rows(rows: list[Row], sort: str, search: str) -> list[Row]:
    """The rows whose candidate contains ``search`` (any case), in ``sort`` order: "rank"
    (as ranked), "name", or "score_asc" (lowest first); each keeps its rank."""
    needle = search.strip().casefold()
    kept = [row for row in rows if needle in row.candidate.casefold()] if needle else rows
    if sort == "name":
        return sorted(kept, key=lambda row: (row.candidate.casefold(), row.rank))
    if sort == "score_asc":
        return sorted(kept, key=lambda row: (row.score, -row.rank))
    return kept


CSV_COLUMNS = ("rank", "candidate", "verdict", "score", "required_met", "missing")


def rows_csv(rows: Iterable[Row]) -> str:
    """The rows shown, as CSV safe to open in a spreadsheet (no formula runs)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            safe_cell(value)
            for value in (
                str(row.rank),
                row.candidate,
                VERDICT_TEXT.get(row.verdict, row.verdict),
                format_score(row.score),
                f"{row.required_met}/{row.required_total}",
                "; ".join(row.missing),
            )
        )
    return out.getvalue()
