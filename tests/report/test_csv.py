"""CSV: RFC 4180 framing, round-trips, formula-injection safety, blind output."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from screener.models.screening import ScreeningResult
from screener.report import write_csv
from screener.report.csv_out import DANGEROUS_PREFIXES, FIXED_COLUMNS, safe_cell
from tests.report import failed, outcome, screened


def _write(results: list[ScreeningResult], *, blind: bool = False) -> str:
    stream = io.StringIO(newline="")
    write_csv(results, stream, blind=blind)
    return stream.getvalue()


def _parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_header_rows_and_line_endings() -> None:
    text = _write([failed("bad.pdf", "pdf_encrypted"), screened("a.pdf", "meets", 87.5)])
    rows = _parse(text)
    assert rows[0] == [*FIXED_COLUMNS, "degree", "python", "sql"]
    assert rows[1] == [
        "1",
        "a.pdf",
        "meets",
        "87.5",
        "1",
        "3",
        "Has python; Has sql",
        "",
        "ml-engineer",
        "3",
        "2025-01",
        "met",
        "not_met",
        "unknown",
    ]
    assert rows[2][:8] == ["", "bad.pdf", "", "", "", "", "", "pdf_encrypted"]
    assert len(rows[2]) == len(rows[0])
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 3
    assert "\n" not in text.replace("\r\n", "")


def test_criterion_columns_follow_rule_set_order_and_blank_when_absent() -> None:
    first = screened("a.pdf", outcomes=[outcome("z"), outcome("b")])
    second = screened("b.pdf", outcomes=[outcome("b"), outcome("new", "not_met")])
    rows = _parse(_write([first, second]))
    assert rows[0][len(FIXED_COLUMNS) :] == ["z", "b", "new"]
    assert rows[2][len(FIXED_COLUMNS) :] == ["", "met", "not_met"]


def test_awkward_names_round_trip() -> None:
    name = 'Doe, "Jane"\nresume\r.pdf'
    rows = _parse(_write([screened(name)]))
    assert rows[1][1] == name


def test_formulas_are_defused() -> None:
    results = [
        screened('=HYPERLINK("x")', outcomes=[outcome("c", "not_met", label='=HYPERLINK("x")')]),
        failed("+cmd.pdf"),
        failed("@sum.pdf"),
        failed("-2+3.pdf"),
        failed("\tx.pdf"),
        failed("\rx.pdf"),
    ]
    rows = _parse(_write(results))
    assert rows[1][1] == '\'=HYPERLINK("x")'
    assert rows[1][6] == '\'=HYPERLINK("x")'
    assert sorted(row[1] for row in rows[2:]) == sorted(
        ["'+cmd.pdf", "'@sum.pdf", "'-2+3.pdf", "'\tx.pdf", "'\rx.pdf"]
    )


def test_formula_in_criterion_id_header_is_defused() -> None:
    rows = _parse(_write([screened("a.pdf", outcomes=[outcome("=1+1")])]))
    assert rows[0][-1] == "'=1+1"


def test_blind_has_no_file_name() -> None:
    results = [screened("Jane_Doe_resume.pdf"), failed("/hr/John_Smith.docx")]
    text = _write(results, blind=True)
    for secret in ("Jane", "Doe", "John", "Smith", "/hr", ".pdf", ".docx"):
        assert secret not in text
    assert all(row[1].startswith("candidate-") for row in _parse(text)[1:])


def test_safe_cell_leaves_plain_text_alone() -> None:
    assert safe_cell("Python") == "Python"
    assert safe_cell("") == ""
    assert safe_cell("87.5") == "87.5"


@settings(max_examples=200)
@given(
    sources=st.lists(st.text(max_size=12), min_size=1, max_size=4),
    label=st.text(max_size=12),
    criterion=st.text(min_size=1, max_size=6),
    warning=st.text(max_size=8),
    code=st.text(min_size=1, max_size=8),
)
def test_no_cell_starts_dangerous_unless_prefixed(
    sources: list[str], label: str, criterion: str, warning: str, code: str
) -> None:
    results = [
        screened(source, outcomes=[outcome(criterion, "not_met", label=label)], warnings=[warning])
        for source in sources
    ]
    results.append(failed(sources[0] + "!", code=code))
    rows = _parse(_write(results))
    for row in rows:
        for cell in row:
            assert not cell.startswith(DANGEROUS_PREFIXES)
    written = sorted(row[1] for row in rows[1:])
    expected = sorted([*sources, sources[0] + "!"])
    assert written == sorted(safe_cell(source) for source in expected)
