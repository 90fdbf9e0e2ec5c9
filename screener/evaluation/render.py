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
    _add_counts(fields, "certifications (recall)", report.certifications, recall=True)
    _add_counts(fields, "certifications (precision)", report.certifications, recall=False)
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
    groups = Table(title="By format and layout")
    groups.add_column("group")
    names = list(report.fields)
    for name in names:
        groups.add_column(name, justify="right")
    for group, tallies in sorted(report.groups.items()):
        groups.add_row(
            group, *(_pct(tallies[name].rate) if name in tallies else "" for name in names)
        )
    console.print(groups)
    if misses and report.misses:
        table = Table(title=f"Misses ({len(report.misses)})")
        for column in ("file", "field", "expected", "found"):
            table.add_column(column)
        for row in report.misses:
            table.add_row(*row)
        console.print(table)


def _add_counts(table: Table, name: str, counts: Counts, *, recall: bool) -> None:
    total = counts.tp + (counts.fn if recall else counts.fp)
    table.add_row(name, f"{counts.tp}/{total}", _pct(counts.recall if recall else counts.precision))
