"""``screener rules validate|schema|list|draft``: check rule files, export their schema, list
them, draft one from a job posting."""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from screener.cli.safe import printable
from screener.errors import InputError, NothingToDraft, RulesError, RulesNotFound

if TYPE_CHECKING:  # imported when a command runs, so that `screener --help` stays fast
    from screener.drafting import Draft

rules_app = typer.Typer(
    help="Rule sets: validate files, print the JSON Schema, list the bundled ones, draft one "
    "from a job posting.",
    no_args_is_help=True,
)


@rules_app.command("validate")
def validate_cli(
    files: Annotated[
        list[str], typer.Argument(help="Rule files (.yaml, .yml, .json) or bundled ids.")
    ],
) -> None:
    """Validate rule files: print "ok" or every error with its path and a suggestion."""
    from screener.requirements.loading import load_rules

    failed = False
    for given in files:
        name = printable(given)
        try:
            loaded = load_rules(given)
        except RulesError as error:
            failed = True
            for problem in error.details.get("errors", []):
                where = f"{problem['path']}: " if problem["path"] else ""
                hint = problem.get("suggestion")
                suggestion = f" (did you mean {hint!r}?)" if hint else ""
                message = printable(problem["message"])
                typer.echo(f"error {name}: {printable(where)}{message}{suggestion}")
        except RulesNotFound as error:
            failed = True
            typer.echo(f"error {name}: {printable(error.message)}")
        else:
            rules = loaded.ruleset
            typer.echo(f"ok {name} ({rules.id} v{rules.version}, sha256 {loaded.sha256[:12]})")
    if failed:
        raise typer.Exit(1)


@rules_app.command("schema")
def schema_cli() -> None:
    """Print the JSON Schema of rule files (for editors: yaml-language-server, VS Code)."""
    from screener.requirements.loading import rules_json_schema

    typer.echo(json.dumps(rules_json_schema(), indent=2, ensure_ascii=False))


@rules_app.command("list")
def list_cli() -> None:
    """List the bundled rule sets: id, version and title."""
    from screener.requirements.loading import list_bundled

    table = Table("id", "version", "title")
    for rules_id, title, version in list_bundled():
        table.add_row(rules_id, str(version), title)
    Console(width=120).print(table)


class DraftFormat(StrEnum):
    """How ``rules draft`` writes the rule set."""

    yaml = "yaml"
    json = "json"


_RULES_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _checked_id(value: str | None) -> str | None:
    if value is not None and (not _RULES_ID.match(value) or len(value) > 80):
        raise typer.BadParameter("lowercase letters, digits and '-', at most 80", param_hint="--id")
    return value


@rules_app.command("draft")
def draft_cli(
    posting: Annotated[
        Path,
        typer.Argument(
            help="The job posting: text, Markdown, HTML, PDF, DOCX, or JSON-LD (JobPosting).",
            exists=True,
            dir_okay=False,
        ),
    ],
    rules_id: Annotated[
        str | None,
        typer.Option("--id", help="The rule set's id (default: from the posting's title)."),
    ] = None,
    output_format: Annotated[
        DraftFormat, typer.Option("--format", help="Rule file format.")
    ] = DraftFormat.yaml,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the rule set here, not stdout.")
    ] = None,
    report: Annotated[
        bool,
        typer.Option(
            "--report",
            help="Print the whole report on stderr: every line not screened, "
            "each fairness finding and each note (default: a summary and the lint).",
        ),
    ] = False,
) -> None:
    """Draft a rule set from a job posting; every criterion cites the posting's words.

    The rule set goes to stdout (or --output) and is accepted by `screener rules
    validate`; what was not screened, and why, goes to stderr. Review before use.
    """
    from screener.drafting import draft_file, render_report, to_json, to_yaml

    try:
        draft = draft_file(posting, rules_id=_checked_id(rules_id))
    except (InputError, NothingToDraft, RulesError) as error:
        typer.echo(f"error {printable(str(posting))}: [{error.code}] {error.message}", err=True)
        raise typer.Exit(1) from None
    text = to_json(draft) if output_format is DraftFormat.json else to_yaml(draft)
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
    typer.echo(render_report(draft.report) if report else _summary(draft), err=True, nl=False)


def _summary(draft: Draft) -> str:
    """Counts, the lint in full (fairness findings are never summarised away) and a hint."""
    rules, found = draft.rules.ruleset, draft.report
    lines = [
        f"drafted {rules.id}: {len(rules.required)} required, {len(rules.preferred)} "
        f"preferred; {len(found.not_screened)} parts of the posting not screened, "
        f"{len(found.notes)} notes (--report lists them)"
    ]
    lines += [f"fairness: “{printable(f.text)}” — {f.reason}" for f in found.lint]
    return "\n".join(lines) + "\n"
