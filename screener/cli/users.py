"""``screener users create --org NAME --email EMAIL --password-stdin``: an account for the
web application (only an argon2 hash of the password is kept)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from screener.cli.db import UrlOption, database_url

users_app = typer.Typer(help="People who sign in to the web application.", no_args_is_help=True)


@users_app.callback()
def _users() -> None:
    """People who sign in to the web application."""


def create_user_account(url: str, org: str, email: str, password: str) -> str:
    """Create the account (and the organisation if new) in the database at ``url``; its id.

    Raises ``ValueError`` with a sentence for people when the input cannot be used.
    """
    from api.db.migrate import upgrade
    from api.db.session import make_engine, make_session_factory, session_scope
    from api.db.users import UserExists, create_user
    from api.web.passwords import check_new_password, hash_password

    name, address = org.strip(), email.strip()
    if not name:
        raise ValueError("the organisation name is empty")
    if "@" not in address or len(address) > 320 or any(c.isspace() for c in address):
        raise ValueError(f"{address!r} is not an e-mail address")
    problem = check_new_password(password)
    if problem is not None:
        raise ValueError(problem)
    upgrade(url)
    engine = make_engine(url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            try:
                return create_user(session, name, address, hash_password(password)).id
            except UserExists as error:
                raise ValueError(f"an account for {error} exists already") from error
    finally:
        engine.dispose()


@users_app.command("create")
def create_cli(
    org: Annotated[str, typer.Option("--org", help="Organisation name (created if new).")],
    email: Annotated[str, typer.Option("--email", help="The person's e-mail address.")],
    password_stdin: Annotated[
        bool,
        typer.Option("--password-stdin", help="Read the password from standard input (one line)."),
    ] = False,
    url: UrlOption = None,
) -> None:
    """Create an account that signs in at / with EMAIL and the password read from stdin."""
    if not password_stdin:
        raise typer.BadParameter(
            "pass --password-stdin and the password on standard input (never as an argument)",
            param_hint="--password-stdin",
        )
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        user_id = create_user_account(database_url(url), org, email, password)
    except ValueError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    typer.echo(user_id)
    address, name = email.strip().lower(), org.strip()
    typer.echo(f"account {address!r} created in organisation {name!r}", err=True)
