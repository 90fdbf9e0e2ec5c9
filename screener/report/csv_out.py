"""A ranked batch as RFC 4180 CSV, safe to open in a spreadsheet.

Rows end in CRLF and are quoted only where needed. Any cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return gets a leading ``'`` so that spreadsheets do not run
it as a formula (OWASP, "CSV Injection"). This applies to every cell, headers included;
the engine's own numbers are never negative, so they are never touched.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from screener.models.screening import ScreeningResult
from screener.report.ranking import (
    criterion_ids,
    error_code,
    format_score,
    missing_labels,
    rank,
)

FIXED_COLUMNS = (
    "rank",
    "candidate",
    "verdict",
    "score",
    "required_met",
    "required_total",
    "missing",
    "error_code",
    "rules_id",
    "rules_version",
    "as_of",
)
DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """``value`` with a leading ``'`` when a spreadsheet could read it as a formula."""
    return "'" + value if value.startswith(DANGEROUS_PREFIXES) else value


def _row(result: ScreeningResult, number: int, ids: list[str], *, blind: bool) -> list[str]:
    """One CSV row; ``number`` is the rank of a screened file (unused for an unreadable one)."""
    screening = result.screening
    name = result.display_name(blind=blind)
    if screening is None:
        blanks = [""] * (3 + len(ids))
        return ["", name, "", "", "", "", "", error_code(result), *blanks]
    statuses = {outcome.criterion: outcome.status for outcome in screening.outcomes}
    rules = screening.provenance.rules
    return [
        str(number),
        name,
        screening.verdict,
        format_score(screening.score),
        str(screening.required_met),
        str(screening.required_total),
        "; ".join(missing_labels(screening)),
        "",
        rules.id,
        str(rules.version),
        screening.provenance.as_of,
        *(statuses.get(criterion, "") for criterion in ids),
    ]


def write_csv(results: Iterable[ScreeningResult], stream: TextIO, *, blind: bool) -> None:
    """Write a header and one row per result, ranked; criterion statuses in rule-set order.

    ``stream`` should be opened with ``newline=""`` when it is a file.
    """
    ranked = rank(results)
    write_ranked_csv(ranked, criterion_ids(ranked), stream, blind=blind)


def write_ranked_csv(
    ranked: Iterable[ScreeningResult], ids: list[str], stream: TextIO, *, blind: bool
) -> None:
    """``write_csv`` for results already in rank order, read one at a time.

    ``ids`` are the criterion columns (``criterion_ids`` of the ranked results).
    """
    writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(cell) for cell in (*FIXED_COLUMNS, *ids)])
    number = 0
    for result in ranked:
        number += result.screening is not None
        writer.writerow([safe_cell(cell) for cell in _row(result, number, ids, blind=blind)])
