"""Reading a results file back: rank keys only, torn tails, the last line of a path."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from screener.errors import InvalidResults
from screener.models.screening import ScreeningResult
from screener.report import rank
from screener.report.jsonl import write_lines
from screener.report.results_file import (
    UNREADABLE,
    criterion_order,
    drop_torn_tail,
    file_sha256,
    ranked,
    scan,
)
from tests.report import failed, outcome, screened

BATCH = [
    screened("b.pdf", "needs_review", 40),
    failed("z.pdf", "corrupt"),
    screened("a.pdf", "meets", 80),
    screened("c.pdf", "meets", 80),
    screened("d.pdf", "does_not_meet", 95, outcomes=[outcome("degree"), outcome("extra")]),
]


def _write(path: Path, results: list[ScreeningResult], tail: bytes = b"") -> None:
    stream = io.StringIO()
    write_lines(results, stream, blind=False, hashes={"z.pdf": "9" * 64})
    path.write_bytes(stream.getvalue().encode("utf-8") + tail)


def test_ranked_in_the_order_of_rank(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    _write(path, BATCH)
    found = scan(path)
    assert found.lines == len(BATCH)
    assert [result for result, _ in ranked(path, found)] == rank(BATCH)
    assert {r.source: sha for r, sha in ranked(path, found)}["z.pdf"] == "9" * 64
    assert found.entries["z.pdf"].outcome == UNREADABLE
    assert found.entries["b.pdf"].outcome == "needs_review"


def test_criteria_first_seen_in_rank_order(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    _write(path, BATCH)
    assert criterion_order(scan(path)) == ["degree", "python", "sql", "extra"]


def test_a_torn_last_line_is_found_and_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    _write(path, BATCH[:2], tail=b'{"candidate": "c.pdf", "sour')
    found = scan(path)
    assert found.torn
    assert set(found.entries) == {"b.pdf", "z.pdf"}
    drop_torn_tail(path, found)
    assert path.read_bytes().endswith(b"\n")
    assert path.read_bytes().count(b"\n") == 2
    assert not scan(path).torn


def test_the_last_line_of_a_path_counts(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    _write(path, [screened("a.pdf", "meets", 90), screened("a.pdf", "does_not_meet", 10)])
    found = scan(path)
    assert len(found.entries) == 1
    assert found.entries["a.pdf"].outcome == "does_not_meet"


@pytest.mark.parametrize(
    ("line", "what"),
    [
        (b"not json\n", "not a result line"),
        (b"[1]\n", "a result is a JSON object"),
        (b'{"candidate": "candidate-1", "error": {"code": "x"}}\n', "--blind results file"),
        (b'{"source": "a", "screening": {"verdict": "maybe"}}\n', "unknown verdict"),
        (b'{"source": "a"}\n', "missing 'error'"),
    ],
)
def test_a_line_that_is_not_a_result_is_named(tmp_path: Path, line: bytes, what: str) -> None:
    path = tmp_path / "out.jsonl"
    _write(path, BATCH[:1], tail=line)
    with pytest.raises(InvalidResults) as caught:
        scan(path)
    assert "line 2" in caught.value.message
    assert what in caught.value.message


def test_file_sha256_hashes_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"%PDF" * 300_000)
    assert file_sha256(path) == hashlib.sha256(b"%PDF" * 300_000).hexdigest()
    assert file_sha256(tmp_path / "gone.pdf") is None
