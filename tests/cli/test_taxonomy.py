"""``screener skills search`` and ``screener certs search``."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from screener.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (["skills", "search", "golang"], {"id": "go", "category": "programming-language"}),
        (["skills", "search", "K8s"], {"id": "kubernetes", "match": "alias"}),
        (
            ["certs", "search", "AWS Certified Developer"],
            {"id": "aws-developer-associate", "issuer": "Amazon Web Services", "match": "alias"},
        ),
        (["certs", "search", "cka"], {"id": "cka", "match": "exact"}),
    ],
)
def test_json_output(args: list[str], first: dict[str, str]) -> None:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert first.items() <= hits[0].items()
    assert "group" not in hits[0]


def test_table_output_names_id_name_and_issuer() -> None:
    result = runner.invoke(app, ["certs", "search", "AWS Certified Developer", "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "aws-developer-associate" in result.stdout
    assert "Amazon Web Services" in result.stdout
    assert "issuer" in result.stdout


def test_limit() -> None:
    result = runner.invoke(app, ["skills", "search", "python", "--limit", "2", "--format", "json"])
    assert len(json.loads(result.stdout)) == 2


@pytest.mark.parametrize("kind", ["skills", "certs"])
def test_nothing_found_exits_1(kind: str) -> None:
    result = runner.invoke(app, [kind, "search", "zzqxqzzqx"])
    assert result.exit_code == 1
    assert "no match" in result.stderr
    as_json = runner.invoke(app, [kind, "search", "zzqxqzzqx", "--format", "json"])
    assert (as_json.exit_code, json.loads(as_json.stdout)) == (1, [])
