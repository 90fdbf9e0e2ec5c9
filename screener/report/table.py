"""A ranked Rich table of a batch, then the files that could not be screened.

Rows are named by file stem, or by the blind id (``screener.report.names``). Everything
that comes from a résumé or a file name is wrapped in ``rich.text.Text`` so that it is
printed literally and never interpreted as console markup.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from screener.models.screening import ScreeningResult, Verdict
from screener.report.names import row_names
from screener.report.ranking import error_code, error_message, format_score, missing_labels, rank

VERDICT_STYLE: dict[Verdict, str] = {
    "meets": "bold green",
    "needs_review": "bold yellow",
    "does_not_meet": "bold red",
}
MAX_MISSING = 3
MAX_LABEL = 40


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _missing(labels: list[str]) -> str:
    shown = [_short(label) for label in labels[:MAX_MISSING]]
    if len(labels) > MAX_MISSING:
        shown.append(f"+{len(labels) - MAX_MISSING} more")
    return "; ".join(shown)


def render_table(results: Iterable[ScreeningResult], console: Console, *, blind: bool) -> None:
    """Print the ranked screenings as a table, then the unreadable files with their codes."""
    ranked = rank(results)
    names = row_names(ranked, blind=blind)
    screened = [result for result in ranked if result.screening is not None]
    failed = [result for result in ranked if result.screening is None]
    table = Table(title=f"Screened candidates ({len(screened)})")
    table.add_column("#", justify="right")
    table.add_column("candidate")
    table.add_column("verdict")
    table.add_column("score", justify="right")
    table.add_column("required", justify="right")
    table.add_column("missing")
    table.add_column("warnings")
    for number, result in enumerate(screened, start=1):
        screening = result.screening
        assert screening is not None
        table.add_row(
            Text(str(number)),
            Text(names[result.source]),
            Text(screening.verdict, style=VERDICT_STYLE[screening.verdict]),
            Text(format_score(screening.score)),
            Text(f"{screening.required_met}/{screening.required_total}"),
            Text(_missing(missing_labels(screening))),
            Text(", ".join(screening.warnings)),
        )
    if screened:
        console.print(table)
    if failed:
        console.print(Text(f"Unreadable files ({len(failed)})", style="bold"))
        for result in failed:
            line = Text("  ")
            line.append(names[result.source])
            line.append(": ")
            line.append(error_code(result), style="red")
            message = error_message(result, blind=blind)
            if message:
                line.append(f" — {message}")
            console.print(line)
