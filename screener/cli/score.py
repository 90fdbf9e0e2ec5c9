"""``screener score RULES PATH...`` and ``screener explain RULES FILE``."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from screener.cli.explain_view import print_explanation
from screener.cli.options import (
    AsOf,
    MaxBytes,
    MaxChars,
    MaxMemory,
    MaxPages,
    Timeout,
    Workers,
    checked_as_of,
    limits_from,
)
from screener.cli.safe import printable
from screener.errors import ScreenerError
from screener.files import expand_paths
from screener.ingest.limits import Limits
from screener.models import ScreeningResult
from screener.report import rank, render_table, write_csv, write_json, write_jsonl
from screener.screening import Screener
from screener.settings import load_settings

EXIT_UNREADABLE = 3
FORMATS = ("table", "csv", "jsonl", "json")

RulesArg = Annotated[str, typer.Argument(help="A bundled rule set id (ml-engineer) or a file.")]
Blind = Annotated[bool, typer.Option(help="Leave out file names (and any contact details).")]


def _screener(rules: str, limits: Limits) -> Screener:
    try:
        return Screener.from_rules(rules, limits=limits)
    except ScreenerError as error:
        Console(stderr=True, soft_wrap=True).print(
            f"[red]{error.code}[/red]: {error.message}", markup=True
        )
        for problem in error.details.get("errors", []):
            hint = f" (did you mean {problem['suggestion']}?)" if problem.get("suggestion") else ""
            Console(stderr=True, highlight=False, soft_wrap=True).print(
                f"  {problem['path']}: {problem['message']}{hint}", markup=False
            )
        raise typer.Exit(2) from error


def score_cli(
    rules: RulesArg,
    paths: Annotated[list[Path], typer.Argument(help="Résumé files or folders.", exists=True)],
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="table, csv, jsonl or json (default: table on a terminal, jsonl otherwise).",
        ),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    blind: Blind = False,
    as_of: AsOf = None,
    workers: Workers = None,
    max_bytes: MaxBytes = None,
    max_pages: MaxPages = None,
    max_chars: MaxChars = None,
    timeout: Timeout = None,
    max_memory: MaxMemory = None,
) -> None:
    """Screen résumés against a rule set and print them ranked, each explained."""
    chosen = output_format or ("table" if output is None and sys.stdout.isatty() else "jsonl")
    if chosen not in FORMATS:
        raise typer.BadParameter("choose table, csv, jsonl or json", param_hint="--format")
    month = checked_as_of(as_of)
    limits = limits_from(
        load_settings(),
        max_bytes=max_bytes,
        max_pages=max_pages,
        max_chars=max_chars,
        timeout=timeout,
        max_memory=max_memory,
    )
    screener = _screener(rules, limits)
    files = list(expand_paths(paths))
    if not files:
        raise typer.BadParameter("no résumé files found", param_hint="PATH")
    results = rank(_run(screener, files, month, workers or load_settings().workers))
    with ExitStack() as stack:
        stream: TextIO = sys.stdout
        if output is not None:
            stream = stack.enter_context(output.open("w", encoding="utf-8", newline=""))
        _write(results, chosen, stream, blind)
    unreadable = [r for r in results if r.error is not None]
    if unreadable:
        console = Console(stderr=True, highlight=False, soft_wrap=True)
        console.print(f"{len(unreadable)} file(s) could not be read:", markup=False)
        for result in unreadable:
            assert result.error is not None
            name = printable(result.display_name(blind=blind))
            console.print(f"  {name}: {result.error.code}", markup=False)
        raise typer.Exit(EXIT_UNREADABLE)


def _run(screener: Screener, files: list[Path], as_of: str,
         workers: int | None) -> list[ScreeningResult]:  # fmt: skip
    """Screen every file; a progress bar on stderr when it is a terminal."""
    size = max(1, min(workers or 0, len(files))) if workers else None
    stream = screener.screen_many(files, workers=size, as_of=as_of)
    if not sys.stderr.isatty():
        return list(stream)
    columns = (TextColumn("screening"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    results: list[ScreeningResult] = []
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("screening", total=len(files))
        for result in stream:
            results.append(result)
            progress.advance(task)
    return results


def _write(results: list[ScreeningResult], chosen: str, stream: TextIO, blind: bool) -> None:
    if chosen == "table":
        wide = None if stream.isatty() else 160  # a pipe or file gets the whole table
        console = Console(file=stream, highlight=False, soft_wrap=False, width=wide)
        shown = [r.model_copy(update={"source": printable(r.source)}) for r in results]
        render_table(results if blind else shown, console, blind=blind)
    elif chosen == "csv":
        write_csv(results, stream, blind=blind)
    elif chosen == "json":
        write_json(results, stream, blind=blind)
    else:
        write_jsonl(results, stream, blind=blind)


def explain_cli(
    rules: RulesArg,
    file: Annotated[Path, typer.Argument(help="One résumé file.", exists=True, dir_okay=False)],
    as_of: AsOf = None,
    blind: Blind = False,
) -> None:
    """Explain one candidate: every criterion's outcome, with the quotes behind it."""
    month = checked_as_of(as_of)
    screener = _screener(rules, load_settings().limits)
    result = next(screener.screen_many([file], workers=1, as_of=month))
    console = Console(highlight=False)
    if result.error is not None:
        console.print(f"{result.error.code}: {printable(result.error.message)}", markup=False)
        raise typer.Exit(EXIT_UNREADABLE)
    assert result.screening is not None
    print_explanation(console, printable(result.display_name(blind=blind)), result.screening)
