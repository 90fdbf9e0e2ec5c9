"""``screener reproduce`` end to end (CliRunner, real workers): every sample résumé (the
development corpus and the held-out sets, not their build sources) replays identically;
an edited rule file, an edited result and an unreadable file are named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from screener.cli.main import app
from screener.files import RESUME_SUFFIXES
from screener.report import write_jsonl
from screener.screening import Screener

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted(
    path
    for path in (ROOT / "sample_resumes").rglob("*")
    if path.is_file() and path.suffix in RESUME_SUFFIXES and "src" not in path.parts
)
MARCUS = ROOT / "sample_resumes" / "marcus_bell.txt"
RULES = ROOT / "rules" / "ml-engineer.yaml"


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `screener score ml-engineer <every sample> --format jsonl` writes."""
    results = list(Screener.from_rules("ml-engineer").screen_many(SAMPLES, as_of="2026-11"))
    assert all(result.screening is not None for result in results)
    path = tmp_path_factory.mktemp("recorded") / "results.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        write_jsonl(results, stream, blind=False)
    return path


def _reproduce(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["reproduce", *map(str, args)], env=env)
    return result.exit_code, result.stdout, result.stderr


def _line_of(results: Path, name: str) -> dict[str, Any]:
    for text in results.read_text(encoding="utf-8").splitlines():
        obj: dict[str, Any] = json.loads(text)
        if obj["source"].endswith(name):
            return obj
    raise AssertionError(name)


def test_every_sample_reproduces_identically(recorded: Path) -> None:
    assert len(SAMPLES) > 300
    code, out, err = _reproduce(recorded, *SAMPLES, "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["identical"] == len(SAMPLES)
    for replay, sample in zip(report["replays"], SAMPLES, strict=True):
        assert (replay["file"], replay["status"]) == (str(sample), "identical"), replay
        assert replay["rules"]["sha256"] == replay["rules"]["recorded_sha256"]
        assert replay["as_of"] == "2026-11"


def test_an_edited_rule_file_is_refused_by_its_sha256(recorded: Path, tmp_path: Path) -> None:
    edited = tmp_path / "ml-engineer.yaml"
    edited.write_text(RULES.read_text().replace("min_years: 2}", "min_years: 20}"))
    code, out, err = _reproduce(recorded, MARCUS, "--rules", edited)
    assert code == 2
    assert out == ""
    assert err.startswith("rules_mismatch: ")
    assert "provenance.rules.sha256" in err


def test_an_edited_rule_file_names_the_fields_it_changes(recorded: Path, tmp_path: Path) -> None:
    edited = tmp_path / "ml-engineer.yaml"
    edited.write_text(RULES.read_text().replace("min_years: 2}", "min_years: 20}"))
    code, out, _ = _reproduce(recorded, MARCUS, "--rules", edited, "--allow-rules-change")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"different  {MARCUS} (ml-engineer v1, as of 2026-11)")
    assert lines[0].endswith("first difference verdict")
    assert '  verdict: "meets" → "does_not_meet"' in lines
    assert '  outcomes.1.status: "met" → "not_met"' in lines


def test_a_comment_in_the_rule_file_changes_nothing(recorded: Path, tmp_path: Path) -> None:
    commented = tmp_path / "ml-engineer.yaml"
    commented.write_text("# reviewed by compliance\n" + RULES.read_text())
    code, out, _ = _reproduce(recorded, MARCUS, "--rules", commented)
    assert code == 0
    assert out.startswith(f"identical  {MARCUS} (ml-engineer v1, as of 2026-11)")


def test_a_blind_result_as_one_object_reproduces(recorded: Path, tmp_path: Path) -> None:
    blind = _line_of(recorded, "marcus_bell.txt")
    del blind["source"]
    blind["candidate"] = "candidate-x"
    blind["screening"]["candidate"]["filename"] = None
    single = tmp_path / "result.json"
    single.write_text(json.dumps(blind, indent=2), encoding="utf-8")
    code, out, _ = _reproduce(single, MARCUS)
    assert code == 0, out
    assert out.startswith("identical  ")


def test_an_edited_result_names_the_first_field(recorded: Path, tmp_path: Path) -> None:
    obj = _line_of(recorded, "marcus_bell.txt")
    score = obj["screening"]["score"]
    obj["screening"]["score"] = 99.0
    obj["screening"]["outcomes"][0]["reason"] = "something else"
    single = tmp_path / "result.json"
    single.write_text(json.dumps(obj), encoding="utf-8")
    code, out, _ = _reproduce(single, MARCUS, "--format", "json")
    assert code == 1
    replay = json.loads(out)["replays"][0]
    assert replay["first_difference"] == "score"
    assert replay["differences"][0] == {
        "path": "score",
        "recorded": 99.0,
        "replayed": score,
        "shown": True,
    }
    reason = replay["differences"][1]
    assert reason == {"path": "outcomes.0.reason", "recorded": None, "replayed": None,
                      "shown": False}  # fmt: skip
    assert "something else" not in out  # résumé text is never printed


def test_a_file_with_no_recorded_result(recorded: Path) -> None:
    code, _, err = _reproduce(recorded, ROOT / "tests" / "data" / "hello.txt")
    assert code == 2
    assert err.startswith("no_recorded_result: ")


def test_a_file_that_cannot_be_read_again_exits_3(recorded: Path) -> None:
    code, out, _ = _reproduce(recorded, MARCUS, env={"SCREENER_LIMITS__MAX_BYTES": "100"})
    assert code == 3
    assert out.strip() == f"unreadable {MARCUS}: too_large"
