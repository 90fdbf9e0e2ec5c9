"""Tests of the audit package, on data sets small enough that every figure is known by hand.

``Group`` rows say how many candidates of a demographic combination there are and how
many the engine recommended; ``build`` turns them into the results file ``screener score
--format jsonl`` would write (through the production writer) and a demographics CSV.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from screener.audit.compute import run_audit
from screener.audit.demographics import read_demographics
from screener.audit.models import AuditReport, GroupRow, NeedsReview, RateKind
from screener.audit.results import read_results
from screener.models.screening import Outcome, ScreeningResult, Status, Verdict
from screener.report import write_jsonl
from tests.report import outcome, screened

Row = TypeVar("Row", bound=GroupRow)


@dataclass(frozen=True)
class Group:
    """``count`` candidates with these category values (``""`` = unknown), of whom the
    first ``selected`` have verdict ``meets`` and the others ``does_not_meet``."""

    values: tuple[str, ...]
    count: int
    selected: int = 0
    scores: tuple[float, ...] = ()
    verdicts: tuple[Verdict, ...] = ()
    statuses: dict[str, tuple[Status, ...]] = field(default_factory=dict)


def candidates(groups: Sequence[Group]) -> list[tuple[ScreeningResult, tuple[str, ...]]]:
    """One screened result per candidate and the demographic values it is given."""
    built: list[tuple[ScreeningResult, tuple[str, ...]]] = []
    for group in groups:
        for index in range(group.count):
            number = len(built)
            verdict: Verdict = "meets" if index < group.selected else "does_not_meet"
            if group.verdicts:
                verdict = group.verdicts[index]
            score = group.scores[index] if group.scores else 50.0
            outcomes = _outcomes(group, index)
            result = screened(
                f"resumes/cv-{number:03d}.pdf",
                verdict,
                score,
                outcomes=outcomes,
                sha=f"{number:012x}" + "a" * 52,
            )
            built.append((result, group.values))
    return built


def _outcomes(group: Group, index: int) -> list[Outcome] | None:
    if not group.statuses:
        return None
    found = [outcome(name, statuses[index]) for name, statuses in group.statuses.items()]
    return [*found, outcome("nice-to-have", "met", kind="preferred")]


def write_files(
    folder: Path,
    groups: Sequence[Group],
    categories: Sequence[str],
    *,
    name_by: str = "file",
) -> tuple[Path, Path]:
    """The results JSONL and the demographics CSV of ``groups`` in ``folder``.

    ``name_by`` chooses how the CSV names a candidate: ``file`` (the file name), ``path``
    (as the results give it) or ``blind`` (the ``candidate-…`` id).
    """
    built = candidates(groups)
    results = folder / "results.jsonl"
    with results.open("w", encoding="utf-8") as stream:
        write_jsonl([result for result, _ in built], stream, blind=name_by == "blind")
    demographics = folder / "demographics.csv"
    with demographics.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["candidate", *categories])
        for result, values in built:
            writer.writerow([_name(result, name_by), *values])
    return results, demographics


def _name(result: ScreeningResult, name_by: str) -> str:
    if name_by == "blind":
        return result.display_name(blind=True)
    return result.source if name_by == "path" else Path(result.source).name


def audit(
    folder: Path,
    groups: Sequence[Group],
    categories: Sequence[str] = ("sex", "race"),
    *,
    rate: RateKind = "selection",
    needs_review: NeedsReview = "not_selected",
) -> AuditReport:
    """Write ``groups`` out and audit the files, as ``screener audit`` does."""
    results, demographics = write_files(folder, groups, categories)
    recorded = [line.result for line in read_results(results)]
    return run_audit(
        recorded, read_demographics(demographics), rate=rate, needs_review=needs_review
    )


def by_group(rows: Sequence[Row]) -> dict[str, Row]:
    """The rows keyed by group name."""
    return {row.group: row for row in rows}
