"""The demographics CSV and its join to results: names, unknowns, and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.audit.compute import run_audit
from screener.audit.demographics import clean, join, read_demographics
from screener.audit.results import read_results
from screener.errors import InvalidDemographics
from tests.audit import Group, write_files

GROUPS = [Group(("F", "Asian"), 2, 1), Group(("M", "Black"), 2, 1)]


@pytest.mark.parametrize("name_by", ["file", "path", "blind"])
def test_a_candidate_is_named_by_file_name_path_or_blind_id(tmp_path: Path, name_by: str) -> None:
    results, demographics = write_files(tmp_path, GROUPS, ("sex", "race"), name_by=name_by)
    recorded = [line.result for line in read_results(results)]
    report = run_audit(recorded, read_demographics(demographics))
    assert report.counts.matched == 4
    assert report.counts.unmatched_rows == 0
    assert [(r.group, r.count) for r in report.categories["sex"]] == [("F", 2), ("M", 2)]


@pytest.mark.parametrize(
    ("cell", "value"),
    [("F", "F"), ("  F ", "F"), ("Black  or African  American", "Black or African American"),
     ("", None), ("   ", None)],
)  # fmt: skip
def test_cells_are_trimmed_and_empty_is_unknown(cell: str, value: str | None) -> None:
    assert clean(cell) == value


def test_header_bom_case_and_short_rows(tmp_path: Path) -> None:
    path = tmp_path / "demo.csv"
    path.write_bytes("\ufeffCandidate, sex ,race\r\na.pdf,F\r\n\r\nb.pdf,,White\r\n".encode())
    demo = read_demographics(path)
    assert demo.categories == ("sex", "race")
    assert [(row.line, row.candidate, row.values) for row in demo.rows] == [
        (2, "a.pdf", {"sex": "F", "race": None}),
        (4, "b.pdf", {"sex": None, "race": "White"}),
    ]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("", None, "empty"),
        ("name,sex\na.pdf,F\n", 1, "one 'candidate' column"),
        ("candidate\na.pdf\n", 1, "no category column"),
        ("candidate,sex,sex\na.pdf,F,M\n", 1, "named twice"),
        ("candidate,,sex\na.pdf,x,F\n", 1, "no name"),
        ("candidate,sex\na.pdf,F,extra\n", 2, "2 column names"),
        ("candidate,sex\n,F\n", 2, "candidate cell is empty"),
    ],
)
def test_bad_files_name_the_line(
    tmp_path: Path, text: str, line: int | None, fragment: str
) -> None:
    path = tmp_path / "demo.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidDemographics) as caught:
        read_demographics(path)
    assert caught.value.code == "invalid_demographics"
    assert caught.value.details["line"] == line
    assert fragment in caught.value.message


def _joined(tmp_path: Path, rows: str) -> None:
    results, _ = write_files(tmp_path, GROUPS, ("sex",))
    path = tmp_path / "demo.csv"
    path.write_text("candidate,sex\n" + rows, encoding="utf-8")
    join([line.result for line in read_results(results)], read_demographics(path))


def test_two_rows_for_one_candidate_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidDemographics, match="same result as line 2"):
        _joined(tmp_path, "cv-000.pdf,F\nresumes/cv-000.pdf,M\n")


def test_a_name_that_fits_two_results_is_refused(tmp_path: Path) -> None:
    results, _ = write_files(tmp_path, GROUPS, ("sex",))
    text = results.read_text(encoding="utf-8").replace("resumes/cv-001.pdf", "other/cv-000.pdf")
    results.write_text(text, encoding="utf-8")
    demo = tmp_path / "demo.csv"
    demo.write_text("candidate,sex\ncv-000.pdf,F\n", encoding="utf-8")
    with pytest.raises(InvalidDemographics, match="names 2 results"):
        join([line.result for line in read_results(results)], read_demographics(demo))


def test_rows_naming_no_result_and_results_without_a_row(tmp_path: Path) -> None:
    results, _ = write_files(tmp_path, GROUPS, ("sex",))
    demo = tmp_path / "demo.csv"
    demo.write_text("candidate,sex\ncv-000.pdf,F\nnobody.pdf,M\n", encoding="utf-8")
    report = run_audit([line.result for line in read_results(results)], read_demographics(demo))
    assert (report.counts.matched, report.counts.unmatched_rows) == (1, 1)
    assert report.unknown.categories["sex"].count == 3
    assert any("nobody.pdf" in warning for warning in report.warnings)
    assert any("3 candidate(s) have no demographics row" in w for w in report.warnings)
