"""``screener keys create|list|revoke``: make an API key (printed once, only its hash
kept), list the keys (ids and first characters, never a key), revoke one (401 at once)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Annotated

import typer

from screener.cli.db import UrlOption, database_url
from screener.cli.safe import printable

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

keys_app = typer.Typer(help="API keys: create, list and revoke.", no_args_is_help=True)


@keys_app.callback()
def _keys() -> None:
    """API keys: create, list and revoke."""


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


def _session(url: str | None) -> tuple[Engine, AbstractContextManager[Session]]:
    """The migrated database's engine, and a transaction on it."""
    from api.db.migrate import upgrade
    from api.db.session import make_engine, make_session_factory, session_scope

    target = database_url(url)
    upgrade(target)
    engine = make_engine(target)
    return engine, session_scope(make_session_factory(engine))


@keys_app.command("list")
def list_cli(
    org: Annotated[str | None, typer.Option("--org", help="Only this organisation's.")] = None,
    url: UrlOption = None,
) -> None:
    """List the keys: id, organisation, first characters, created, revoked."""
    from api.db.keys import list_api_keys

    engine, scope = _session(url)
    try:
        with scope as session:
            keys = list_api_keys(session, org.strip() if org else None)
    finally:
        engine.dispose()
    for key in keys:
        revoked = key.revoked_at.isoformat(timespec="seconds") if key.revoked_at else "live"
        created = key.created_at.isoformat(timespec="seconds")
        typer.echo(f"{key.id}\t{printable(key.org)}\t{key.prefix}…\t{created}\t{revoked}")
    if not keys:
        typer.echo("No keys.", err=True)


@keys_app.command("revoke")
def revoke_cli(
    key: Annotated[str, typer.Argument(help="The key's id (from `keys list`) or the key.")],
    url: UrlOption = None,
) -> None:
    """Revoke a key: every request with it is answered 401 from now on."""
    from api.db.keys import KEY_PREFIX, revoke_api_key, revoke_api_key_by_id

    engine, scope = _session(url)
    try:
        with scope as session:
            value = key.strip()
            revoke = revoke_api_key if value.startswith(KEY_PREFIX) else revoke_api_key_by_id
            done = revoke(session, value)
    finally:
        engine.dispose()
    if not done:
        typer.echo("No live key has that id.", err=True)
        raise typer.Exit(code=1)
    typer.echo("Key revoked: requests with it are refused (401) from now on.", err=True)
