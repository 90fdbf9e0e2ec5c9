"""``screener rank``: a streamed results file ranked as ``screener score`` ranks a batch."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli.main import app

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[2] / "sample_resumes"
PICKS = ["marcus_bell.txt", "jordan_ellis.pdf", "tomasz_wisniewski.docx", "aigerim_bekova.txt"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few résumés and one corrupt file."""
    path = tmp_path_factory.mktemp("rank") / "in"
    path.mkdir()
    for name in PICKS:
        shutil.copy(SAMPLES / name, path / name)
    (path / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    return path


@pytest.fixture(scope="module")
def streamed(folder: Path) -> Path:
    """The folder screened with --stream (lines in the order files finished)."""
    out = folder.parent / "out.jsonl"
    result = runner.invoke(app, ["score", "ml-engineer", str(folder), "--as-of", "2026-11",
                                 "--stream", "-o", str(out)])  # fmt: skip
    assert result.exit_code == 3, result.stderr
    return out


def _score(folder: Path, *args: str) -> str:
    result = runner.invoke(app, ["score", "ml-engineer", str(folder), "--as-of", "2026-11", *args])
    assert result.exit_code == 3, result.stderr
    return result.stdout


def _rank(results: Path, *args: str) -> str:
    result = runner.invoke(app, ["rank", str(results), *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("output_format", ["jsonl", "csv", "json"])
def test_rank_gives_what_a_non_streamed_score_gives(
    folder: Path, streamed: Path, output_format: str
) -> None:
    assert _rank(streamed, "-f", output_format) == _score(folder, "-f", output_format)


def test_rank_blind_matches_a_blind_score(folder: Path, streamed: Path) -> None:
    ranked = _rank(streamed, "-f", "jsonl", "--blind")
    assert ranked == _score(folder, "-f", "jsonl", "--blind")
    for name in PICKS:
        assert Path(name).stem not in ranked


def test_rank_table_to_a_file_matches_score(folder: Path, streamed: Path, tmp_path: Path) -> None:
    ranked, scored = tmp_path / "ranked.txt", tmp_path / "scored.txt"
    _rank(streamed, "-f", "table", "-o", str(ranked))
    _score(folder, "-f", "table", "-o", str(scored))
    assert ranked.read_text(encoding="utf-8") == scored.read_text(encoding="utf-8")
    assert "marcus_bell" in ranked.read_text(encoding="utf-8")


def test_a_torn_last_line_is_left_out_with_a_warning(streamed: Path, tmp_path: Path) -> None:
    torn = tmp_path / "torn.jsonl"
    torn.write_bytes(streamed.read_bytes() + b'{"candidate": "half')
    result = runner.invoke(app, ["rank", str(torn), "-f", "jsonl"])
    assert result.exit_code == 0
    assert "ends in an incomplete line" in result.stderr
    assert result.stdout == _rank(streamed, "-f", "jsonl")


def test_a_file_that_is_not_results_is_refused_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    line = json.dumps({"source": "a.pdf", "error": {"code": "corrupt", "message": "x"}})
    bad.write_text(line + "\n[1, 2]\n", encoding="utf-8")
    result = runner.invoke(app, ["rank", str(bad)])
    assert result.exit_code == 2
    assert "line 2: not a result line" in result.stderr


def test_blind_results_cannot_be_ranked(tmp_path: Path) -> None:
    blind = tmp_path / "blind.jsonl"
    blind.write_text(json.dumps({"candidate": "candidate-0123", "error": {}}) + "\n")
    result = runner.invoke(app, ["rank", str(blind)])
    assert result.exit_code == 2
    assert "--blind results file" in result.stderr


def test_rank_will_not_overwrite_its_input(streamed: Path) -> None:
    before = streamed.read_bytes()
    result = runner.invoke(app, ["rank", str(streamed), "-o", str(streamed)])
    assert result.exit_code == 2
    assert streamed.read_bytes() == before
