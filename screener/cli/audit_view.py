"""`screener audit` on a terminal: Rich tables, one per category, per pair, per criterion.

Group names come from a CSV anyone may have written, so every cell is a ``rich.text.Text``
(never console markup) with control characters escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from screener.audit.models import AuditReport, CriterionRow, GroupRow, UnknownRow
from screener.audit.text import HIT_NAMES, RATE_NAMES, flags, percent, ratio, summary_lines
from screener.cli.safe import printable


def render_audit_table(report: AuditReport, console: Console) -> None:
    """Print the report: its summary, then every table, then its warnings."""
    console.print(Text("Adverse-impact audit", style="bold"))
    for line in summary_lines(report):
        console.print(Text(printable(line)))
    hit = HIT_NAMES[report.rate]
    rate = RATE_NAMES[report.rate]
    for category, rows in report.categories.items():
        unknown = report.unknown.categories.get(category)
        console.print(_table(f"{category}: {rate}", rows, unknown, hit))
    for pair, rows in report.intersectional.items():
        unknown = report.unknown.intersectional.get(pair)
        console.print(_table(f"{pair} (intersectional): {rate}", rows, unknown, hit))
    for criterion, tables in report.criteria.items():
        label = report.data.required_criteria.get(criterion, "")
        for category, criterion_rows in tables.items():
            unknown = report.unknown.criteria.get(criterion, {}).get(category)
            title = f"required criterion {criterion} ({label}) by {category}: pass rate"
            console.print(_table(title, criterion_rows, unknown, "met"))
    for warning in report.warnings:
        console.print(Text(f"warning: {printable(warning)}", style="yellow"))


def _table(title: str, rows: Sequence[GroupRow], unknown: UnknownRow | None, hit: str) -> Table:
    per_criterion = bool(rows) and isinstance(rows[0], CriterionRow)
    table = Table(title=printable(title), title_justify="left", title_style="bold")
    table.add_column("group")
    table.add_column("count", justify="right")
    table.add_column(hit, justify="right")
    if per_criterion:
        table.add_column("status unknown", justify="right")
    table.add_column("rate", justify="right")
    table.add_column("impact ratio", justify="right")
    table.add_column("flag")
    for row in rows:
        cells = [Text(printable(row.group)), Text(str(row.count)), Text(str(row.selected))]
        if isinstance(row, CriterionRow):
            cells.append(Text(str(row.status_unknown)))
        style = "bold red" if row.four_fifths_flag else ("dim" if row.excluded else "")
        cells += [
            Text(percent(row.rate)),
            Text(ratio(row.impact_ratio), style=style),
            Text(flags(row), style=style),
        ]
        table.add_row(*cells)
    if unknown is not None and unknown.count:
        cells = [Text("(unknown)", style="dim"), Text(str(unknown.count)),
                 Text(str(unknown.selected))]  # fmt: skip
        if per_criterion:
            cells.append(Text(""))
        cells += [Text(percent(unknown.rate)), Text("—"), Text("not a group", style="dim")]
        table.add_row(*cells)
    return table
