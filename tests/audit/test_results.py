"""Reading results files back: JSON Lines, a JSON array, one object, and what is refused."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from screener.audit.compute import run_audit
from screener.audit.demographics import read_demographics
from screener.audit.results import read_results
from screener.errors import InvalidResults, MixedRuleSets
from screener.report import write_json, write_jsonl
from tests.report import failed, screened

RESULTS = [screened("a/one.pdf", "meets", 80), failed("a/bad.pdf"), screened("two.docx")]


def _jsonl() -> str:
    stream = io.StringIO()
    write_jsonl(RESULTS, stream, blind=False)
    return stream.getvalue()


def _json() -> str:
    stream = io.StringIO()
    write_json(RESULTS, stream, blind=False)
    return stream.getvalue()


def _one_object() -> str:
    return json.dumps(json.loads(_jsonl().splitlines()[0]), indent=2)


def _bare_screening() -> str:
    return json.dumps(json.loads(_jsonl().splitlines()[0])["screening"])


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(_jsonl(), 3, id="jsonl"),
        pytest.param("\n" + _jsonl() + "\n\n", 3, id="jsonl with blank lines"),
        pytest.param(_json(), 3, id="json array"),
        pytest.param(_one_object(), 1, id="one indented object"),
        pytest.param(_bare_screening(), 1, id="a bare screening"),
    ],
)
def test_every_shape_reads(tmp_path: Path, text: str, count: int) -> None:
    path = tmp_path / "results.json"
    path.write_text(text, encoding="utf-8")
    lines = read_results(path)
    assert len(lines) == count
    assert lines[0].result.screening is not None
    assert lines[0].result.screening.verdict == "meets"


def test_names_include_file_name_path_and_blind_id(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_text(_jsonl(), encoding="utf-8")
    first = read_results(path)[0].result
    blind = RESULTS[0].display_name(blind=True)
    assert {"a/one.pdf", "one.pdf", blind} <= first.names()
    assert first.blind_id() == blind


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("", None, "holds no results"),
        ('{"candidate": "x", "screening": {"verdict": "meets"}}\n', 1, "screening"),
        (_jsonl().splitlines()[0] + "\nnot json\n", 2, "not JSON"),
        ('{"candidate": "x"}\n', 1, "a 'screening' or an 'error'"),
        ("[1, 2]", 1, "a result is a JSON object"),
    ],
)
def test_what_is_refused_names_the_line(
    tmp_path: Path, text: str, line: int | None, fragment: str
) -> None:
    path = tmp_path / "results.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidResults) as caught:
        read_results(path)
    assert caught.value.code == "invalid_results"
    assert caught.value.details["line"] == line
    assert fragment in caught.value.message


def test_unreadable_files_are_counted_and_left_out(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_text(_jsonl(), encoding="utf-8")
    demo = tmp_path / "demo.csv"
    demo.write_text("candidate,sex\none.pdf,F\nbad.pdf,M\ntwo.docx,M\n", encoding="utf-8")
    report = run_audit([line.result for line in read_results(path)], read_demographics(demo))
    assert (report.counts.results, report.counts.screened, report.counts.unreadable) == (3, 2, 1)
    assert report.total == 2
    assert [(row.group, row.count) for row in report.categories["sex"]] == [("F", 1), ("M", 1)]


def test_results_of_two_rule_sets_are_refused(tmp_path: Path) -> None:
    other = screened("b.pdf")
    assert other.screening is not None
    rules = other.screening.provenance.rules.model_copy(update={"sha256": "e" * 64})
    provenance = other.screening.provenance.model_copy(update={"rules": rules})
    other = other.model_copy(
        update={"screening": other.screening.model_copy(update={"provenance": provenance})}
    )
    stream = io.StringIO()
    write_jsonl([RESULTS[0], other], stream, blind=False)
    path = tmp_path / "results.jsonl"
    path.write_text(stream.getvalue(), encoding="utf-8")
    demo = tmp_path / "demo.csv"
    demo.write_text("candidate,sex\n", encoding="utf-8")
    with pytest.raises(MixedRuleSets) as caught:
        run_audit([line.result for line in read_results(path)], read_demographics(demo))
    assert caught.value.code == "mixed_rule_sets"


def test_the_last_line_of_a_source_counts(tmp_path: Path) -> None:
    again = screened("a/one.pdf", "does_not_meet", 10)  # screened again after a change
    stream = io.StringIO()
    write_jsonl([RESULTS[0]], stream, blind=False)
    write_jsonl([RESULTS[2], again], stream, blind=False)
    path = tmp_path / "results.jsonl"
    path.write_text(stream.getvalue(), encoding="utf-8")
    lines = read_results(path)
    assert [(line.number, line.result.source) for line in lines] == [
        (2, "two.docx"),
        (3, "a/one.pdf"),
    ]
    assert lines[1].result.screening is not None
    assert lines[1].result.screening.verdict == "does_not_meet"
