"""``screener rank OUT.jsonl``: rank a results file written by ``screener score --stream``.

The order is ``screener.report.rank``'s (verdict, score, path), so ranking a streamed
file gives what ``screener score`` without ``--stream`` prints. JSON Lines and CSV are
written one result at a time from the file (only each line's rank key is held), the
table and JSON from the whole ranked list. A file with several lines for one path keeps
the last; a torn last line (a run stopped while writing it) is left out, with a warning.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from screener.cli.output import open_output, start
from screener.cli.safe import printable
from screener.cli.score import write_results

if TYPE_CHECKING:
    from screener.report.results_file import Scan

FORMATS = ("table", "csv", "jsonl", "json")
EXIT_USAGE = 2


def rank_cli(
    results: Annotated[
        Path,
        typer.Argument(
            help="A results file (screener score --format jsonl [--stream]).",
            exists=True,
            dir_okay=False,
        ),
    ],
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="table, csv, jsonl or json (default: table on a terminal, jsonl otherwise).",
        ),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    blind: Annotated[
        bool, typer.Option(help="Name candidates by a neutral id, leave out file names.")
    ] = False,
) -> None:
    """Rank a results file: the same order as `screener score` without --stream."""
    chosen = output_format or ("table" if output is None and sys.stdout.isatty() else "jsonl")
    if chosen not in FORMATS:
        raise typer.BadParameter("choose table, csv, jsonl or json", param_hint="--format")
    if output is not None and output.resolve() == results.resolve():
        raise typer.BadParameter("--output would overwrite the results file being ranked")
    with ExitStack() as stack:
        out: TextIO = sys.stdout
        if output is not None:
            out = stack.enter_context(open_output(output))
        found = _scan(results)
        if output is not None:
            start(out, resume=False)
        _write(results, found, chosen, out, blind)


def _scan(results: Path) -> Scan:
    """The file's entries, or exit 2 naming the first line that is not a result."""
    from screener.errors import InvalidResults
    from screener.report.results_file import scan

    try:
        found = scan(results)
    except InvalidResults as error:
        typer.echo(f"error: {printable(error.message)}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if found.torn:
        typer.echo(
            f"warning: {printable(str(results))} ends in an incomplete line (a run was "
            "stopped while writing it): left out; `screener score ... --resume` finishes it",
            err=True,
        )
    return found


def _write(results: Path, found: Scan, chosen: str, out: TextIO, blind: bool) -> None:
    """Render the ranked results file in the chosen format."""
    from screener.report.csv_out import write_ranked_csv
    from screener.report.jsonl import json_line
    from screener.report.results_file import criterion_order, ranked

    rows = ranked(results, found)
    if chosen == "jsonl":
        for result, sha in rows:
            out.write(json_line(result, blind=blind, sha256=sha))
    elif chosen == "csv":
        write_ranked_csv((result for result, _ in rows), criterion_order(found), out, blind=blind)
    else:
        listed = list(rows)
        hashes = {result.source: sha for result, sha in listed if result.screening is None}
        write_results([result for result, _ in listed], hashes, chosen, out, blind)
