"""``screener keys create|list|revoke`` against a real database, and a revoked key refused
by a running server at once (on SQLite and PostgreSQL)."""

from __future__ import annotations

from typer.testing import CliRunner

from screener.cli.main import app as cli
from tests.api.conftest import database_url, postgresql_server
from tests.api.routes_helpers import running_api

__all__ = ["database_url", "postgresql_server"]  # the fixtures, on both backends
runner = CliRunner()


def _keys(url: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, ["keys", *args, "--url", url])
    return result.exit_code, result.stdout, result.stderr


def test_list_and_revoke_a_key(database_url: str) -> None:
    with running_api(database_url, workers=1) as api:
        code, created, _ = _keys(database_url, "create", "--org", "globex")
        assert code == 0
        other = created.strip()
        listed = _keys(database_url, "list")[1].splitlines()
        assert len(listed) == 2  # acme's (the client's) and globex's
        assert all(api.key not in line and other not in line for line in listed)
        [acme] = [line for line in listed if "\tacme\t" in line]
        key_id, org, prefix, scope, _, state, expires, used = acme.split("\t")
        assert (org, prefix, state) == ("acme", api.key[:8] + "…", "live")
        assert (scope, expires) == ("admin", "expires never")
        assert used == "unused" or used[:4].isdigit()
        assert _keys(database_url, "list", "--org", "globex")[1].count("\n") == 1

        assert api.client.get("/v1/jobs").status_code == 200
        code, _, said = _keys(database_url, "revoke", key_id)
        assert code == 0
        assert "revoked" in said
        refused = api.client.get("/v1/jobs")  # no cache: refused at once
        assert refused.status_code == 401
        assert refused.json()["code"] == "unauthorized"
        assert _keys(database_url, "revoke", key_id)[0] == 1  # not live any more
        assert _keys(database_url, "revoke", other)[0] == 0  # by the key itself
        states = [line.split("\t")[5] for line in _keys(database_url, "list")[1].splitlines()]
        assert "live" not in states
