"""``screener reproduce RESULT.json FILE...``: screen files again as their results record.

A thin wrapper over :func:`screener.audit.reproduce`. Exit codes:

* 0 every file's replay is identical to its recorded result;
* 1 at least one differs (the first differing field is printed for each);
* 2 a usage error, or the replay cannot be set up as recorded, printed as ``code:
  message`` — ``invalid_results``, ``no_recorded_result`` (no result has the file's
  SHA-256), ``rules_not_found``, ``invalid_rules``, ``rules_mismatch`` (the rule set's
  SHA-256 is not the recorded one; ``--allow-rules-change`` replays anyway);
* 3 none differs but a file could not be read again (its error code is printed).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from screener.cli.options import Workers
from screener.cli.safe import printable
from screener.errors import RulesError, ScreenerError

if TYPE_CHECKING:
    from screener.audit.replay_models import Replay, ReproduceReport

EXIT_DIFFERENT = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
FORMATS = ("text", "json")
SHOWN_DIFFERENCES = 5


def reproduce_cli(
    result: Annotated[
        Path,
        typer.Argument(
            help="The recorded result: one object, or a `screener score --format jsonl|json` "
            "file (each FILE finds its result by SHA-256).",
            exists=True,
            dir_okay=False,
        ),
    ],
    files: Annotated[
        list[Path],
        typer.Argument(help="The résumé file(s) to screen again.", exists=True, dir_okay=False),
    ],
    rules: Annotated[
        Path | None,
        typer.Option(
            "--rules", help="The rule file screened with (default: the bundled one of its id)."
        ),
    ] = None,
    allow_rules_change: Annotated[
        bool,
        typer.Option(
            "--allow-rules-change",
            help="Replay even when the rule set's sha256 is not the recorded one.",
        ),
    ] = False,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    workers: Workers = None,
) -> None:
    """Screen FILE again with the rule set and as-of month its result records, and say
    whether the new screening is identical, or where it first differs."""
    from screener.audit import reproduce
    from screener.settings import load_settings

    if output_format not in FORMATS:
        raise typer.BadParameter("choose text or json", param_hint="--format")
    settings = load_settings()
    try:
        report = reproduce(
            result,
            files,
            rules=rules,
            allow_rules_change=allow_rules_change,
            limits=settings.limits,
            workers=workers or settings.workers,
        )
    except ScreenerError as error:
        _print_error(error)
        raise typer.Exit(EXIT_USAGE) from error
    if output_format == "json":
        typer.echo(report.to_json(), nl=False)
    else:
        console = Console(highlight=False, soft_wrap=True)
        for replay in report.replays:
            _print_replay(console, replay)
    raise typer.Exit(_exit_code(report))


def _exit_code(report: ReproduceReport) -> int:
    if report.different:
        return EXIT_DIFFERENT
    return EXIT_UNREADABLE if report.unreadable else 0


def _print_replay(console: Console, replay: Replay) -> None:
    name = printable(replay.file)
    rules = f"{replay.rules.id} v{replay.rules.version}, as of {replay.as_of}"
    if replay.status == "identical":
        console.print(f"identical  {name} ({rules})", markup=False)
        return
    if replay.status == "unreadable":
        code = replay.error["code"] if replay.error else "unknown"
        console.print(f"unreadable {name}: {code}", markup=False)
        return
    console.print(
        f"different  {name} ({rules}): first difference {replay.first_difference}", markup=False
    )
    for difference in replay.differences[:SHOWN_DIFFERENCES]:
        if difference.shown:
            change = f"{_value(difference.recorded)} → {_value(difference.replayed)}"
        else:
            change = "differs (résumé text, not shown)"
        console.print(f"  {difference.path}: {printable(change)}", markup=False)
    more = replay.difference_count - SHOWN_DIFFERENCES
    if more > 0:
        console.print(f"  … and {more} more (--format json lists them)", markup=False)
    if replay.engine != replay.engine_recorded:
        console.print(
            f"  engine {replay.engine_recorded} recorded, {replay.engine} now", markup=False
        )


def _value(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _print_error(error: ScreenerError) -> None:
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    console.print(f"{error.code}: {printable(error.message)}", markup=False)
    if isinstance(error, RulesError):
        for problem in error.details.get("errors", []):
            console.print(f"  {problem['path']}: {printable(problem['message'])}", markup=False)
