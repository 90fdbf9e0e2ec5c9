"""``screener score RULES PATH...`` and ``screener explain RULES FILE``.

In order: the options are checked, ``--output`` is opened (refused with exit 2 before any
work), the rules are loaded (the engine is imported only now, so ``--help`` stays fast),
the files are found, then screened — ranked at the end, or streamed (``--stream``,
``--resume``; see ``screener.cli.batch``). A closing line by verdict goes to stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Collection
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console

from screener.cli.batch import Source, pending, run_ranked, run_streamed
from screener.cli.options import (
    AsOf,
    MaxBytes,
    MaxChars,
    MaxMemory,
    MaxPages,
    PdfEngineOption,
    Timeout,
    Workers,
    checked_as_of,
    limits_from,
)
from screener.cli.output import open_output, start
from screener.cli.progress import Tally
from screener.cli.safe import printable

if TYPE_CHECKING:
    from screener.ingest.limits import Limits
    from screener.models import ScreeningResult
    from screener.screening import Screener

EXIT_UNREADABLE = 3
FORMATS = ("table", "csv", "jsonl", "json")

RulesArg = Annotated[str, typer.Argument(help="A bundled rule set id (ml-engineer) or a file.")]
Blind = Annotated[bool, typer.Option(help="Leave out file names (and any contact details).")]
Stream = Annotated[
    bool,
    typer.Option(
        "--stream",
        help="Write each result as a JSON line as soon as it is done, keep none in memory "
        "(rank the file later with `screener rank`).",
    ),
]
Dask = Annotated[
    str | None,
    typer.Option(
        "--dask",
        help="Send the work to the Dask scheduler at tcp://HOST:PORT (default: "
        "SCREENER_DASK_SCHEDULER); PATH may then be an fsspec URL (s3://, gs://, file://).",
    ),
]
Resume = Annotated[
    bool,
    typer.Option(
        "--resume",
        help="With --output OUT.jsonl: skip the files already in OUT (same path and "
        "SHA-256), drop a torn last line, append the rest. Implies --stream.",
    ),
]


def _screener(rules: str, limits: Limits) -> Screener:
    from screener.errors import ScreenerError
    from screener.screening import Screener

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


def _chosen_format(
    given: str | None, output: Path | None, *, stream: bool, resume: bool, blind: bool
) -> str:
    """The output format, after refusing the combinations that cannot work (exit 2)."""
    default = "table" if output is None and sys.stdout.isatty() and not stream else "jsonl"
    chosen = given or default
    if chosen not in FORMATS:
        raise typer.BadParameter("choose table, csv, jsonl or json", param_hint="--format")
    if resume and output is None:
        raise typer.BadParameter("--resume appends to a file: give --output OUT.jsonl")
    if stream and chosen != "jsonl":
        raise typer.BadParameter(
            "--stream writes JSON Lines: use --format jsonl, then `screener rank OUT.jsonl "
            "--format table|csv|json`",
            param_hint="--format",
        )
    if stream and blind:
        raise typer.BadParameter(
            "--stream keeps the paths that --resume and `screener rank` need: stream "
            "without --blind and rank with `screener rank OUT.jsonl --blind`",
            param_hint="--blind",
        )
    return chosen


def score_cli(
    rules: RulesArg,
    paths: Annotated[
        list[str], typer.Argument(help="Résumé files or folders (or, with --dask, URLs).")
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
    blind: Blind = False,
    stream: Stream = False,
    resume: Resume = False,
    as_of: AsOf = None,
    workers: Workers = None,
    max_bytes: MaxBytes = None,
    max_pages: MaxPages = None,
    max_chars: MaxChars = None,
    timeout: Timeout = None,
    max_memory: MaxMemory = None,
    pdf_engine: PdfEngineOption = None,
    dask: Dask = None,
) -> None:
    """Screen résumés against a rule set and print them ranked, each explained."""
    from screener.settings import load_settings

    stream = stream or resume
    chosen = _chosen_format(output_format, output, stream=stream, resume=resume, blind=blind)
    month = checked_as_of(as_of)
    settings = load_settings()
    limits = limits_from(
        settings,
        max_bytes=max_bytes,
        max_pages=max_pages,
        max_chars=max_chars,
        timeout=timeout,
        max_memory=max_memory,
        pdf_engine=pdf_engine,
    )
    size = workers or settings.workers
    scheduler = dask or settings.dask_scheduler
    with ExitStack() as stack:
        out: TextIO = sys.stdout
        if output is not None:
            out = stack.enter_context(open_output(output))
        screener = _screener(rules, limits)
        if output is not None:
            start(out, resume=resume)
        files = _files(paths, scheduler)
        if stream:
            tally = Tally()
            todo = pending(output, files, tally) if resume and output is not None else files
            run_streamed(
                screener, todo, as_of=month, workers=size, out=out, tally=tally, dask=scheduler
            )
        else:
            tally = run_ranked(
                screener,
                files,
                as_of=month,
                workers=size,
                write=lambda results, hashes: write_results(results, hashes, chosen, out, blind),
                blind=blind,
                dask=scheduler,
            )
    tally.report(Console(stderr=True, highlight=False, soft_wrap=True))
    if tally.failed:
        raise typer.Exit(EXIT_UNREADABLE)


def _files(paths: list[str], dask: str | None) -> Collection[Source]:
    """The résumé files under ``paths`` (a usage error when there are none): local paths,
    walked lazily so that a large batch is never held in memory, and with ``dask`` fsspec
    URLs too."""
    from screener.files import FileListing

    urls = [path for path in paths if "://" in path]
    if urls and dask is None:
        raise typer.BadParameter(f"{urls[0]}: URLs are read with --dask", param_hint="PATH")
    for path in paths:
        if path not in urls and not Path(path).exists():
            raise typer.BadParameter(f"{path} does not exist", param_hint="PATH")
    files: Collection[Source] = FileListing(Path(path) for path in paths)
    if urls:
        from screener.cluster import expand_sources

        mixed: list[Source] = []
        for path in paths:
            if path in urls:
                mixed.extend(expand_sources([path]))
            else:
                mixed.extend(FileListing([Path(path)]))
        files = mixed
    if not files:
        raise typer.BadParameter("no résumé files found", param_hint="PATH")
    return files


def write_results(
    results: list[ScreeningResult],
    hashes: dict[str, str | None],
    chosen: str,
    stream: TextIO,
    blind: bool,
) -> None:
    """Rank ``results`` and render them in the chosen format (``hashes``: unreadable files'
    SHA-256 by source, for JSON Lines and JSON)."""
    from screener.report import render_table, write_csv, write_json, write_jsonl

    if chosen == "table":
        wide = None if stream.isatty() else 160  # a pipe or file gets the whole table
        console = Console(file=stream, highlight=False, soft_wrap=False, width=wide)
        shown = [r.model_copy(update={"source": printable(r.source)}) for r in results]
        render_table(results if blind else shown, console, blind=blind)
    elif chosen == "csv":
        write_csv(results, stream, blind=blind)
    elif chosen == "json":
        write_json(results, stream, blind=blind, hashes=hashes)
    else:
        write_jsonl(results, stream, blind=blind, hashes=hashes)


def explain_cli(
    rules: RulesArg,
    file: Annotated[Path, typer.Argument(help="One résumé file.", exists=True, dir_okay=False)],
    as_of: AsOf = None,
    blind: Blind = False,
) -> None:
    """Explain one candidate: every criterion's outcome, with the quotes behind it."""
    from screener.cli.explain_view import print_explanation
    from screener.settings import load_settings

    month = checked_as_of(as_of)
    screener = _screener(rules, load_settings().read_limits())
    result = next(screener.screen_many([file], workers=1, as_of=month))
    console = Console(highlight=False)
    if result.error is not None:
        console.print(f"{result.error.code}: {printable(result.error.message)}", markup=False)
        raise typer.Exit(EXIT_UNREADABLE)
    assert result.screening is not None
    print_explanation(console, printable(result.display_name(blind=blind)), result.screening)
