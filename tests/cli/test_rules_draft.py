"""``screener rules draft``: a rule set on stdout that ``rules validate`` accepts, the report
on stderr, and ``screener explain`` quoting the posting."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from screener.cli.main import app

ROOT = Path(__file__).resolve().parents[2]
POSTING = ROOT / "tests" / "drafting" / "postings" / "ml-engineer-posting.txt"
runner = CliRunner()


def test_draft_prints_a_rule_set_that_validates(tmp_path: Path) -> None:
    result = runner.invoke(app, ["rules", "draft", str(POSTING), "--id", "ml-engineer"])
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load(result.stdout)
    assert data["id"] == "ml-engineer"
    assert all("source" in c for c in data["required"] + data["preferred"])
    # 9 preferred since listed soft skills are drafted (communication, time management, analysis)
    assert result.stderr.startswith("drafted ml-engineer: 3 required, 9 preferred;")
    rules = tmp_path / "ml.yaml"
    rules.write_text(result.stdout, encoding="utf-8")
    validated = runner.invoke(app, ["rules", "validate", str(rules)])
    assert validated.exit_code == 0, validated.stdout
    assert validated.stdout.startswith(f"ok {rules} (ml-engineer v1")


def test_json_to_a_file_and_the_whole_report(tmp_path: Path) -> None:
    output = tmp_path / "ml.json"
    result = runner.invoke(
        app, ["rules", "draft", str(POSTING), "--format", "json", "-o", str(output), "--report"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(output.read_text(encoding="utf-8"))["id"] == "machine-learning-engineer"
    assert "“Integrity and drive” — a personal quality" in result.stderr
    assert "“Meet with managers” — a duty of the job" in result.stderr
    assert "pay and salary: not a qualification (19 lines)" in result.stderr


def test_the_summary_always_shows_the_fairness_lint(tmp_path: Path) -> None:
    posting = tmp_path / "p.txt"
    posting.write_text("Clerk\n\nRequirements\n- 1+ year of experience\n- Recent graduate\n")
    result = runner.invoke(app, ["rules", "draft", str(posting)])
    assert result.exit_code == 0, result.stderr
    assert "fairness: “Recent graduate” — refers to age" in result.stderr


def test_bad_input_and_usage(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["rules", "draft", str(empty)])
    assert result.exit_code == 1
    assert "[empty_file]" in result.stderr
    nothing = tmp_path / "about.txt"
    nothing.write_text("Barista\n\nAbout us\n\nWe roast coffee.\n")
    result = runner.invoke(app, ["rules", "draft", str(nothing)])
    assert result.exit_code == 1
    assert "[nothing_to_draft]" in result.stderr
    result = runner.invoke(app, ["rules", "draft", str(POSTING), "--id", "Not An Id"])
    assert result.exit_code == 2


def test_explain_quotes_the_posting(tmp_path: Path) -> None:
    rules = tmp_path / "ml.yaml"
    drafted = runner.invoke(app, ["rules", "draft", str(POSTING), "--id", "ml-engineer"])
    rules.write_text(drafted.stdout, encoding="utf-8")
    resume = ROOT / "sample_resumes" / "marcus_bell.txt"
    result = runner.invoke(app, ["explain", str(rules), str(resume), "--as-of", "2026-11"])
    assert result.exit_code == 0, result.stdout
    assert "from the posting: “Programming experience in Python and Java”" in result.stdout
