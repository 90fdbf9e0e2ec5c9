"""The terminal view of one Screening: verdict, score, then every criterion explained."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from screener.cli.safe import printable
from screener.models import Screening

_STYLES = {"met": "green", "not_met": "red", "unknown": "yellow"}
_MARKS = {"met": "✔", "not_met": "✘", "unknown": "?"}
_VERDICTS = {"meets": "green", "does_not_meet": "red", "needs_review": "yellow"}


def print_explanation(console: Console, name: str, screening: Screening) -> None:
    """Print ``screening`` for ``name``; résumé text is never read as markup."""
    header = Text(f"{name}: ")
    header.append(screening.verdict, style=f"bold {_VERDICTS[screening.verdict]}")
    header.append(
        f" · score {screening.score:g} · required met "
        f"{screening.required_met}/{screening.required_total}"
    )
    console.print(header)
    if screening.warnings:
        console.print(Text("warnings: " + ", ".join(screening.warnings), style="yellow"))
    for kind in ("required", "preferred"):
        console.print(Text(kind.capitalize(), style="bold underline"))
        for outcome in (o for o in screening.outcomes if o.kind == kind):
            line = Text(f" {_MARKS[outcome.status]} ", style=_STYLES[outcome.status])
            line.append(outcome.label, style="bold")
            line.append(f"  ({outcome.status}, credit {outcome.credit:g})")
            console.print(line)
            console.print(Text(f"     {outcome.reason}"))
            if outcome.source is not None:
                quote = printable(" ".join(outcome.source.text.split()))
                console.print(Text(f"     from the posting: “{quote}”", style="blue"))
            for evidence in outcome.evidence[:3]:
                console.print(
                    Text(
                        f"     p.{evidence.page} [{evidence.section}] “{evidence.text}”",
                        style="dim",
                    )
                )
            if outcome.to_meet:
                console.print(Text(f"     would have met it: {outcome.to_meet}", style="cyan"))
    provenance = screening.provenance
    console.print(
        Text(
            f"rules {provenance.rules.id} v{provenance.rules.version} "
            f"(sha256 {provenance.rules.sha256[:12]}) · engine {provenance.engine} · "
            f"as of {provenance.as_of}",
            style="dim",
        )
    )
