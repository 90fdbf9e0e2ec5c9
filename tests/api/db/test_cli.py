"""``screener db upgrade`` and ``screener keys create`` (the Typer sub-apps on their own)."""

from __future__ import annotations

from typer.testing import CliRunner

from api.db import repository as repo
from api.db.session import make_engine, make_session_factory
from screener.cli.db import db_app
from screener.cli.keys import keys_app


def test_upgrade_then_create_a_key(database_url: str) -> None:
    runner = CliRunner()
    upgraded = runner.invoke(db_app, ["upgrade", "--url", database_url])
    assert upgraded.exit_code == 0, upgraded.output
    created = runner.invoke(keys_app, ["create", "--org", "Acme", "--url", database_url])
    assert created.exit_code == 0, created.output
    key = created.stdout.strip()
    assert key.startswith("scr_")
    assert "not shown again" in created.stderr
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            org = repo.org_for_key(session, key)
            assert org is not None
            assert org.name == "Acme"
    finally:
        engine.dispose()


def test_empty_organisation_is_a_usage_error() -> None:
    result = CliRunner().invoke(keys_app, ["create", "--org", " ", "--url", "sqlite://"])
    assert result.exit_code == 2


def test_create_a_scoped_expiring_key_then_list_it(database_url: str) -> None:
    runner = CliRunner()
    created = runner.invoke(
        keys_app,
        ["create", "--org", "Acme", "--scope", "read", "--expires", "30d", "--url", database_url],
    )
    assert created.exit_code == 0, created.output
    assert "(read, until " in created.stderr
    listed = runner.invoke(keys_app, ["list", "--url", database_url])
    assert listed.exit_code == 0, listed.output
    (row,) = listed.stdout.splitlines()
    assert "\tread\t" in row
    assert "expires 20" in row
    assert row.endswith("\tunused")
    refused = runner.invoke(
        keys_app, ["create", "--org", "Acme", "--expires", "2001-01-01", "--url", database_url]
    )
    assert refused.exit_code == 2
    assert "future" in refused.output
