"""``screener score`` and ``screener explain`` end to end (CliRunner, real workers)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli.main import app

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[2] / "sample_resumes"
PICKS = ["marcus_bell.txt", "jordan_ellis.pdf", "tomasz_wisniewski.docx", "mei_lin_tan.docx"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in PICKS:
        shutil.copy(SAMPLES / name, tmp_path / name)
    (tmp_path / "notes.expected.yaml").write_text("not a résumé", encoding="utf-8")
    return tmp_path


def _score(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["score", "ml-engineer", *args, "--as-of", "2026-11"])
    return result.exit_code, result.stdout


def test_jsonl_has_one_ranked_screening_per_file(folder: Path) -> None:
    code, out = _score(str(folder), "--format", "jsonl")
    assert code == 0, out
    rows = [json.loads(line) for line in out.splitlines()]
    assert sorted(Path(r["source"]).name for r in rows) == sorted(PICKS)
    verdicts = [r["screening"]["verdict"] for r in rows]
    order = {"meets": 0, "needs_review": 1, "does_not_meet": 2}
    assert verdicts == sorted(verdicts, key=order.__getitem__)
    marcus = next(r for r in rows if r["source"].endswith("marcus_bell.txt"))
    assert marcus["screening"]["verdict"] == "meets"
    assert marcus["screening"]["provenance"]["rules"]["id"] == "ml-engineer"


def test_csv_output_to_a_file(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "ranking.csv"
    target.parent.mkdir()
    code, _ = _score(str(folder), "--format", "csv", "--output", str(target))
    assert code == 0
    data = target.read_bytes().decode("utf-8")
    assert "\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data)))
    assert len(rows) == len(PICKS)
    assert {"verdict", "score", "degree", "experience", "programming"} <= set(rows[0])


def test_blind_output_names_no_file(folder: Path) -> None:
    code, out = _score(str(folder), "--format", "json", "--blind")
    assert code == 0
    for name in PICKS:
        assert Path(name).stem not in out
    assert all(row["candidate"].startswith("candidate-") for row in json.loads(out))


def test_a_corrupt_file_exits_3_and_the_rest_are_screened(folder: Path) -> None:
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    (folder / "empty.docx").write_bytes(b"")
    result = runner.invoke(
        app, ["score", "ml-engineer", str(folder), "-f", "jsonl", "--as-of", "2026-11"]
    )
    assert result.exit_code == 3
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    errors = {Path(r["source"]).name: r["error"]["code"] for r in rows if "error" in r}
    assert errors == {"broken.pdf": "corrupt", "empty.docx": "empty_file"}
    assert sum("screening" in r for r in rows) == len(PICKS)
    assert "broken.pdf: corrupt" in result.stderr


def test_unknown_rules_and_bad_options_are_usage_errors(folder: Path) -> None:
    assert runner.invoke(app, ["score", "no-such-rules", str(folder)]).exit_code == 2
    assert runner.invoke(app, ["score", "ml-engineer", str(folder), "-f", "xml"]).exit_code == 2
    assert runner.invoke(app, ["score", "ml-engineer", str(folder), "--as-of", "x"]).exit_code == 2


def test_invalid_rule_file_lists_errors_with_suggestions(folder: Path, tmp_path: Path) -> None:
    rules = tmp_path / "bad.yaml"
    rules.write_text(
        "id: bad\ntitle: Bad\nversion: 1\nrequired:\n"
        "  - {id: a, label: A, skills: {all_of: [pyhton]}}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(rules), str(folder)])
    assert result.exit_code == 2
    assert "invalid_rules" in result.stderr
    assert "python" in result.stderr


def test_explain_quotes_the_resume(folder: Path) -> None:
    result = runner.invoke(
        app, ["explain", "ml-engineer", str(folder / "jordan_ellis.pdf"), "--as-of", "2026-11"]
    )
    assert result.exit_code == 0, result.stdout
    assert "does_not_meet" in result.stdout
    assert "would have met it: also Java" in result.stdout
    assert "“B.S. Computer Science”" in result.stdout
