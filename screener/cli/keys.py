"""``screener keys create --org NAME``: make an API key (printed once, only its hash kept)."""

from __future__ import annotations

from typing import Annotated

import typer

from screener.cli.db import UrlOption, database_url

keys_app = typer.Typer(help="API keys: create them for an organisation.", no_args_is_help=True)


@keys_app.callback()
def _keys() -> None:
    """API keys: create them for an organisation."""


@keys_app.command("create")
def create_cli(
    org: Annotated[str, typer.Option("--org", help="Organisation name (created if new).")],
    url: UrlOption = None,
) -> None:
    """Create an API key for ORG and print it on stdout; it cannot be shown again."""
    from api.db.keys import create_api_key
    from api.db.migrate import upgrade
    from api.db.session import make_engine, make_session_factory, session_scope

    name = org.strip()
    if not name:
        raise typer.BadParameter("the organisation name is empty", param_hint="--org")
    target = database_url(url)
    upgrade(target)
    engine = make_engine(target)
    try:
        with session_scope(make_session_factory(engine)) as session:
            key = create_api_key(session, name)
    finally:
        engine.dispose()
    typer.echo(key)
    typer.echo(
        f"API key created for organisation {name!r}. Store it now: it is not shown again "
        "(only its hash is kept).",
        err=True,
    )
