from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from screener.cli.rules import rules_app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()

BAD = """\
id: job
title: Job
version: 1
required:
  - id: code
    label: Python
    skills: {all_of: [pyhton]}
"""


def test_validate_ok_files() -> None:
    files = [str(ROOT / "rules" / name) for name in ("ml-engineer.yaml", "data-analyst.yaml")]
    result = runner.invoke(rules_app, ["validate", *files])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"ok {files[0]} (ml-engineer v1, sha256 ")
    assert len(lines) == 2


def test_validate_reports_every_error_and_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    good = ROOT / "rules" / "registered-nurse.yaml"
    result = runner.invoke(rules_app, ["validate", str(good), str(bad)])
    assert result.exit_code == 1
    assert f"ok {good} (registered-nurse v1" in result.output
    assert (
        f"error {bad}: required.0.skills.all_of.0: unknown skill id 'pyhton' "
        "(did you mean 'python'?)" in result.output
    )


def test_validate_missing_file_fails(tmp_path: Path) -> None:
    result = runner.invoke(rules_app, ["validate", str(tmp_path / "none.yaml")])
    assert result.exit_code == 1
    assert "no rule file" in result.output


def test_schema_is_json_schema() -> None:
    result = runner.invoke(rules_app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "properties" in schema
    assert "required" in schema["properties"]


def test_list_shows_bundled_rule_sets() -> None:
    result = runner.invoke(rules_app, ["list"])
    assert result.exit_code == 0
    assert "ml-engineer" in result.output
    assert "Machine Learning Engineer" in result.output


def test_deeply_nested_files_are_one_line_each_not_a_traceback(tmp_path: Path) -> None:
    deep = 150_000  # issue 10: a 3,000-line RecursionError traceback before
    as_yaml = tmp_path / "deep.yaml"
    as_yaml.write_text("id: x\nrequired: " + "[" * deep + "]" * deep + "\n", encoding="utf-8")
    as_json = tmp_path / "deep.json"
    as_json.write_text('{"required":' + '{"a":' * deep + "1" + "}" * deep + "}", encoding="utf-8")
    result = runner.invoke(rules_app, ["validate", str(as_yaml), str(as_json)])
    assert result.exit_code == 1  # like any other file that fails validation
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"error {as_yaml}: nested deeper than 32 levels (line 2, column ")
    assert lines[1] == f"error {as_json}: nested deeper than 32 levels"
