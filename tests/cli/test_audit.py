"""``screener audit`` end to end (CliRunner): formats, output files, options, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli.main import app
from tests.audit import Group, write_files

runner = CliRunner()
# F 20 (6 selected: rate 0.3), M 30 (12: 0.4) → F's impact ratio 0.75, flagged.
GROUPS = [
    Group(("F", "Asian"), 10, 4),
    Group(("F", "[red]Black[/red]"), 10, 2),
    Group(("M", "Asian"), 15, 6),
    Group(("M", "[red]Black[/red]"), 15, 6),
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return write_files(tmp_path, GROUPS, ("sex", "race_ethnicity"))


def _audit(files: tuple[Path, Path], *args: str) -> tuple[int, str, str]:
    results, demographics = files
    result = runner.invoke(app, ["audit", str(results), "--demographics", str(demographics), *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_has_the_documented_shape(files: tuple[Path, Path]) -> None:
    code, out, _ = _audit(files, "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    assert {"rate", "total", "categories", "intersectional", "criteria"} <= set(data)
    assert (data["rate"], data["total"], data["schema"]) == ("selection", 50, "screener-audit/1")
    female = data["categories"]["sex"][0]
    assert female == {
        "group": "F",
        "count": 20,
        "selected": 6,
        "rate": 0.3,
        "impact_ratio": pytest.approx(0.75),
        "excluded": False,
        "four_fifths_flag": True,
    }
    groups = {row["group"] for row in data["intersectional"]["sex × race_ethnicity"]}
    assert groups == {"F × Asian", "F × [red]Black[/red]", "M × Asian", "M × [red]Black[/red]"}
    assert set(data["criteria"]) == {"degree", "python", "sql"}
    assert set(data["criteria"]["degree"]) == {"sex", "race_ethnicity"}


def test_table_on_stdout_prints_group_names_literally(files: tuple[Path, Path]) -> None:
    code, out, _ = _audit(files)
    assert code == 0
    assert "sex: selection rate" in out
    assert "[red]Black[/red]" in out  # not taken as console markup
    assert "below 4/5" in out
    assert "0.750" in out


@pytest.mark.parametrize(("name", "marker"), [("audit.html", "<!DOCTYPE html>"), ("a.json", "{")])
def test_output_suffix_chooses_the_format(files: tuple[Path, Path], name: str, marker: str) -> None:
    target = files[0].parent / name
    code, out, _ = _audit(files, "--output", str(target))
    assert code == 0
    assert out == ""
    assert target.read_text(encoding="utf-8").startswith(marker)


def test_scoring_rate_and_needs_review_options(files: tuple[Path, Path]) -> None:
    code, out, _ = _audit(files, "-f", "json", "--rate", "scoring", "--needs-review", "excluded")
    assert code == 0
    data = json.loads(out)
    assert (data["rate"], data["needs_review"], data["median_score"]) == (
        "scoring",
        "excluded",
        50.0,
    )


@pytest.mark.parametrize(
    ("args", "fragment"),
    [(["--rate", "fastest"], "--rate"), (["--format", "pdf"], "--format"),
     (["--needs-review", "maybe"], "--needs-review")],
)  # fmt: skip
def test_bad_options_are_usage_errors(
    files: tuple[Path, Path], args: list[str], fragment: str
) -> None:
    code, _, err = _audit(files, *args)
    assert code == 2
    assert fragment in err


def test_bad_demographics_exit_2_with_the_code(files: tuple[Path, Path]) -> None:
    files[1].write_text("name,sex\nx,F\n", encoding="utf-8")
    code, _, err = _audit(files)
    assert code == 2
    assert err.startswith("invalid_demographics: ")
    assert "line 1" in err
