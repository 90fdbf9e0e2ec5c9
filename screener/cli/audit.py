"""``screener audit RESULTS --demographics DEMO.csv``: adverse impact of a batch's results.

A thin wrapper over :func:`screener.audit.audit_files`. Exit codes: 0 the report was
written, 2 a usage error or input that cannot be audited (printed as ``code: message``:
``invalid_results``, ``invalid_demographics``, ``mixed_rule_sets``).
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, TextIO, cast

import typer
from rich.console import Console

from screener.audit.models import NeedsReview, RateKind
from screener.cli.safe import printable
from screener.errors import ScreenerError

EXIT_USAGE = 2
FORMATS = ("table", "json", "html")
RATES = ("selection", "scoring")
NEEDS_REVIEW = ("not_selected", "selected", "excluded")
SUFFIXES = {".json": "json", ".html": "html", ".htm": "html"}
"""The format an --output file's suffix chooses when --format is not given."""
TABLE_WIDTH = 160
"""Width of the table written to a pipe or a file."""


def audit_cli(
    results: Annotated[
        Path,
        typer.Argument(
            help="What `screener score --format jsonl` (or json) wrote.",
            exists=True,
            dir_okay=False,
        ),
    ],
    demographics: Annotated[
        Path,
        typer.Option(
            "--demographics",
            "-d",
            help="CSV: a `candidate` column (file name or candidate- id), one column per "
            "category; an empty cell is unknown.",
            exists=True,
            dir_okay=False,
        ),
    ],
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="table, json or html (default: from the --output suffix, else table).",
        ),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    rate: Annotated[
        str,
        typer.Option(help="selection (meets = selected) or scoring (above the median score)."),
    ] = "selection",
    needs_review: Annotated[
        str,
        typer.Option(
            "--needs-review",
            help="How needs_review verdicts count: not_selected, selected, or excluded "
            "(left out of the sample).",
        ),
    ] = "not_selected",
) -> None:
    """Selection or scoring rates and impact ratios by group, intersectionally and per
    required criterion, with the four-fifths flag (NYC LL144, EEOC)."""
    from screener.audit import audit_files, render_html
    from screener.cli.audit_view import render_audit_table

    chosen = _format(output_format, output)
    _check(rate, RATES, "--rate")
    _check(needs_review, NEEDS_REVIEW, "--needs-review")
    try:
        report = audit_files(
            results,
            demographics,
            rate=cast(RateKind, rate),
            needs_review=cast(NeedsReview, needs_review),
        )
    except ScreenerError as error:
        Console(stderr=True, highlight=False, soft_wrap=True).print(
            f"{error.code}: {printable(error.message)}", markup=False
        )
        raise typer.Exit(EXIT_USAGE) from error
    with ExitStack() as stack:
        stream: TextIO = sys.stdout
        if output is not None:
            stream = stack.enter_context(output.open("w", encoding="utf-8", newline="\n"))
        if chosen == "json":
            stream.write(report.to_json())
        elif chosen == "html":
            stream.write(render_html(report))
        else:
            wide = None if stream.isatty() else TABLE_WIDTH
            console = Console(file=stream, highlight=False, soft_wrap=False, width=wide)
            render_audit_table(report, console)


def _format(given: str | None, output: Path | None) -> str:
    if given is None:
        suffix = output.suffix.lower() if output is not None else ""
        given = SUFFIXES.get(suffix, "table")
    _check(given, FORMATS, "--format")
    return given


def _check(value: str, choices: tuple[str, ...], name: str) -> None:
    if value not in choices:
        raise typer.BadParameter(f"choose {', '.join(choices)}", param_hint=name)
