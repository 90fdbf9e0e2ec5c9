"""Print an ``EvalReport`` as tables: fields, skills, groups, misses."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from screener.evaluation.scoring import Counts, EvalReport


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def render_report(report: EvalReport, console: Console, *, misses: bool = True) -> None:
    """Per-field accuracy, per-skill precision/recall, per-group accuracy, and the misses."""
    fields = Table(title=f"Extraction accuracy over {report.files} labelled résumés")
    fields.add_column("field")
    fields.add_column("right", justify="right")
    fields.add_column("accuracy", justify="right")
    for name, tally in report.fields.items():
        fields.add_row(name, f"{tally.right}/{tally.total}", _pct(tally.rate))
    _add_counts(fields, "catalog certifications (recall)", report.certifications, recall=True)
    _add_counts(fields, "catalog certifications (precision)", report.certifications, recall=False)
    every = report.all_certifications
    _add_counts(fields, "all certifications (recall)", every, recall=True)
    _add_counts(fields, "all certifications (precision)", every, recall=False)
    for skill in ("python", "java"):
        counts = report.skills[skill]
        fields.add_row(
            f"{skill} F1", f"{counts.tp} tp {counts.fp} fp {counts.fn} fn", _pct(counts.f1)
        )
    console.print(fields)
    skills = Table(title="Tracked skills")
    for column in ("skill", "tp", "fp", "fn", "precision", "recall"):
        skills.add_column(column, justify="left" if column == "skill" else "right")
    for skill, counts in sorted(report.skills.items()):
        skills.add_row(
            skill,
            str(counts.tp),
            str(counts.fp),
            str(counts.fn),
            _pct(counts.precision),
            _pct(counts.recall),
        )
    console.print(skills)
    for kind in ("producer", "format", "layout"):
        _print_groups(report, kind, console)
    if misses and report.misses:
        table = Table(title=f"Misses ({len(report.misses)})")
        for column in ("file", "field", "expected", "found"):
            table.add_column(column)
        for row in report.misses:
            table.add_row(*row)
        console.print(table)


GROUP_COLUMNS = (
    ("highest_degree.level", "degree"),
    ("highest_degree.field", "field"),
    ("experience ±1 year", "years ±1"),
    ("certification recall", "cert R"),
    ("certification precision", "cert P"),
    ("python", "python"),
    ("java", "java"),
    ("verdict", "verdict"),
)
"""Per-group columns: the field tallied and its short heading."""


def _print_groups(report: EvalReport, kind: str, console: Console) -> None:
    table = Table(title=f"By {kind}")
    for column in (kind, "files", *(short for _, short in GROUP_COLUMNS)):
        table.add_column(column, justify="left" if column == kind else "right")
    for group, tallies in sorted(report.groups.items()):
        name, _, value = group.partition("=")
        if name != kind:
            continue
        files = tallies["highest_degree.level"].total
        cells = [_pct(tallies[f].rate) if f in tallies else "" for f, _ in GROUP_COLUMNS]
        table.add_row(value, str(files), *cells)
    console.print(table)


def _add_counts(table: Table, name: str, counts: Counts, *, recall: bool) -> None:
    total = counts.tp + (counts.fn if recall else counts.fp)
    table.add_row(name, f"{counts.tp}/{total}", _pct(counts.recall if recall else counts.precision))
