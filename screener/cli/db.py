"""``screener db upgrade``: create or migrate the API's database."""

from __future__ import annotations

import os
from typing import Annotated

import typer

DEFAULT_URL = "sqlite:///screener.db"

db_app = typer.Typer(help="The API's database: create or migrate it.", no_args_is_help=True)

UrlOption = Annotated[
    str | None,
    typer.Option(
        "--url",
        help="SQLAlchemy URL (default: $SCREENER_DATABASE_URL, else sqlite:///screener.db).",
        show_default=False,
    ),
]


@db_app.callback()
def _db() -> None:
    """The API's database: create or migrate it."""


def database_url(url: str | None) -> str:
    """``--url``, else ``$SCREENER_DATABASE_URL``, else the SQLite file in this folder."""
    return url or os.environ.get("SCREENER_DATABASE_URL") or DEFAULT_URL


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@db_app.command("upgrade")
def upgrade_cli(url: UrlOption = None) -> None:
    """Apply every pending migration (a no-op when the database is current)."""
    from api.db.migrate import upgrade

    target = database_url(url)
    upgrade(target)
    typer.echo(f"database {_safe(target)} is up to date", err=True)
