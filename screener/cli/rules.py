"""``screener rules validate|schema|list``: check rule files, export their schema, list them."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from screener.cli.safe import printable
from screener.errors import RulesError, RulesNotFound
from screener.requirements.loading import list_bundled, load_rules, rules_json_schema

rules_app = typer.Typer(
    help="Rule sets: validate files, print the JSON Schema, list the bundled ones.",
    no_args_is_help=True,
)


@rules_app.command("validate")
def validate_cli(
    files: Annotated[
        list[str], typer.Argument(help="Rule files (.yaml, .yml, .json) or bundled ids.")
    ],
) -> None:
    """Validate rule files: print "ok" or every error with its path and a suggestion."""
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
    typer.echo(json.dumps(rules_json_schema(), indent=2, ensure_ascii=False))


@rules_app.command("list")
def list_cli() -> None:
    """List the bundled rule sets: id, version and title."""
    table = Table("id", "version", "title")
    for rules_id, title, version in list_bundled():
        table.add_row(rules_id, str(version), title)
    Console(width=120).print(table)
