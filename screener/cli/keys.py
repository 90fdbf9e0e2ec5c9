"""``screener keys create|list|revoke``: make an API key (printed once, only its hash
kept) with a scope and an optional expiry, list the keys (ids and first characters, never
a key), revoke one (401 at once). ``GET/POST/DELETE /v1/keys`` do the same over HTTP."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from screener.cli.db import UrlOption, database_url
from screener.cli.safe import printable

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session


class Scope(StrEnum):
    """What a key may do (``api.db.keys.SCOPES``)."""

    read = "read"
    write = "write"
    admin = "admin"


keys_app = typer.Typer(help="API keys: create, list and revoke.", no_args_is_help=True)


@keys_app.callback()
def _keys() -> None:
    """API keys: create, list and revoke."""


def parse_expiry(value: str, now: datetime | None = None) -> datetime:
    """``--expires``: a number of days (``90d``), an ISO date (midnight UTC) or an ISO
    datetime (UTC when it names no zone); it must lie in the future."""
    now = now or datetime.now(UTC)
    text = value.strip()
    if text.endswith("d") and text[:-1].isdigit():
        moment = now + timedelta(days=int(text[:-1]))
    else:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError as error:
            raise typer.BadParameter(
                "give days ('90d'), a date ('2027-06-30') or a datetime", param_hint="--expires"
            ) from error
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if moment <= now:
        raise typer.BadParameter("the expiry must be in the future", param_hint="--expires")
    return moment.astimezone(UTC)


@keys_app.command("create")
def create_cli(
    org: Annotated[str, typer.Option("--org", help="Organisation name (created if new).")],
    scope: Annotated[
        Scope, typer.Option("--scope", help="read, write, or admin (also manages keys).")
    ] = Scope.admin,
    expires: Annotated[
        str | None,
        typer.Option("--expires", help="When it stops working: '90d', a date or a datetime."),
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="A label for the key.")] = None,
    url: UrlOption = None,
) -> None:
    """Create an API key for ORG and print it on stdout; it cannot be shown again."""
    from api.db.keys import create_api_key
    from api.db.migrate import upgrade
    from api.db.session import make_engine, make_session_factory, session_scope

    org_name = org.strip()
    if not org_name:
        raise typer.BadParameter("the organisation name is empty", param_hint="--org")
    expires_at = parse_expiry(expires) if expires is not None else None
    target = database_url(url)
    upgrade(target)
    engine = make_engine(target)
    try:
        with session_scope(make_session_factory(engine)) as session:
            key = create_api_key(
                session, org_name, scope=scope.value, expires_at=expires_at, name=name
            )
    finally:
        engine.dispose()
    typer.echo(key)
    until = f", until {expires_at.isoformat(timespec='seconds')}" if expires_at else ""
    typer.echo(
        f"API key ({scope.value}{until}) created for organisation {org_name!r}. Store it now: "
        "it is not shown again (only its hash is kept).",
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
    """List the keys: id, organisation, first characters, scope, created, revoked,
    expiry, last used."""
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
        expires = key.expires_at.isoformat(timespec="seconds") if key.expires_at else "never"
        used = key.last_used_at.isoformat(timespec="seconds") if key.last_used_at else "unused"
        typer.echo(
            f"{key.id}\t{printable(key.org)}\t{key.prefix}…\t{key.scope}\t{created}\t"
            f"{revoked}\texpires {expires}\t{used}"
        )
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
