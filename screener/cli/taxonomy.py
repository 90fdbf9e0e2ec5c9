"""``screener skills search`` and ``screener certs search``: find the ids rules refer to.

Thin commands over :mod:`screener.taxonomy.search` (which the API's ``GET /v1/skills``
and ``GET /v1/certifications`` use too): exact and alias hits first, then fuzzy ones;
a certification suggestion never crosses the vendor the text names.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from screener.cli.safe import printable

if TYPE_CHECKING:  # imported when a command runs, so that `screener --help` stays fast
    from screener.taxonomy.search import SearchHit

skills_app = typer.Typer(help="The skill taxonomy: find skill ids.", no_args_is_help=True)
certs_app = typer.Typer(
    help="The certification catalog: find certification ids.", no_args_is_help=True
)


class SearchFormat(StrEnum):
    """How a search prints its hits."""

    table = "table"
    json = "json"


TextArg = Annotated[str, typer.Argument(help="A name, alias, acronym or part of one.")]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, max=100, help="At most this many hits.")]
FormatOpt = Annotated[SearchFormat, typer.Option("--format", help="Output format.")]


@skills_app.command("search")
def skills_search_cli(
    text: TextArg, limit: LimitOpt = 10, output_format: FormatOpt = SearchFormat.table
) -> None:
    """Find skills by name or alias: id, name, category, how it matched. Exit 1 if none."""
    from screener.taxonomy.search import search_skills

    _print(search_skills(text, limit=limit), "category", output_format)


@certs_app.command("search")
def certs_search_cli(
    text: TextArg, limit: LimitOpt = 10, output_format: FormatOpt = SearchFormat.table
) -> None:
    """Find certifications by name, alias or exam code: id, name, issuer, how it matched.

    When the text names a vendor ("AWS …"), suggestions stay with that vendor. Exit 1 if
    nothing is found.
    """
    from screener.taxonomy.search import search_certifications

    _print(search_certifications(text, limit=limit), "issuer", output_format)


def _print(hits: list[SearchHit], group: str, output_format: SearchFormat) -> None:
    """Print ``hits`` as a table or JSON (``group`` names the third column); exit 1 if none."""
    if output_format is SearchFormat.json:
        rows = [{**hit.to_dict(), group: hit.group} for hit in hits]
        for row in rows:
            del row["group"]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif hits:
        table = Table("id", "name", group, "match", "score")
        for hit in hits:
            match = hit.match if hit.match == "exact" else f"{hit.match}: {hit.matched}"
            table.add_row(hit.id, hit.name, hit.group, printable(match), f"{hit.score:g}")
        Console(width=160).print(table)
    else:
        typer.echo("no match", err=True)
    if not hits:
        raise typer.Exit(1)
