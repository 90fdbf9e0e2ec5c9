"""Entry point of the ``screener`` command.

Exit codes: 0 all done, 1 failure, 2 usage error, 3 finished but some files could not
be read. Data goes to stdout; progress and logs to stderr.
"""

from __future__ import annotations

from typing import Annotated

import typer

from screener.cli.audit import audit_cli
from screener.cli.db import db_app
from screener.cli.eval import eval_cli
from screener.cli.keys import keys_app
from screener.cli.parse import parse_cli
from screener.cli.rank import rank_cli
from screener.cli.reproduce import reproduce_cli
from screener.cli.rules import rules_app
from screener.cli.score import explain_cli, score_cli
from screener.cli.serve import serve_cli
from screener.cli.taxonomy import certs_app, skills_app
from screener.cli.users import users_app

app = typer.Typer(
    name="screener",
    help="Screen résumés against a job's qualifications, with evidence for every decision.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("parse")(parse_cli)
app.command("eval")(eval_cli)
app.command("score")(score_cli)
app.command("explain")(explain_cli)
app.command("rank")(rank_cli)
app.command("audit")(audit_cli)
app.command("reproduce")(reproduce_cli)
app.add_typer(rules_app, name="rules")
app.add_typer(skills_app, name="skills")
app.add_typer(certs_app, name="certs")
app.command("serve")(serve_cli)
app.add_typer(db_app, name="db")
app.add_typer(keys_app, name="keys")
app.add_typer(users_app, name="users")


def _print_version(value: bool) -> None:
    if value:
        from screener.version import __version__

        typer.echo(f"screener {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Screener: candidate-qualification screening with evidence."""


def main() -> None:
    """Run the command line."""
    app()


if __name__ == "__main__":
    main()
