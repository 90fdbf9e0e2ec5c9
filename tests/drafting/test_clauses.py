"""Lines cut into clauses, and the kind each clause asks for."""

from __future__ import annotations

import pytest

from screener.drafting.clauses import clause_kind, line_clauses
from screener.drafting.mentions import written_as_qualification
from screener.drafting.sections import Kind, Line, Section
from tests.drafting.helpers import section


def _clauses(text: str, kind: Kind = "required") -> list[str]:
    line = Line(10, 10 + len(text), text, True)
    return [c.text for c in line_clauses(section(kind), line)]


@pytest.mark.parametrize(
    ("line", "clauses"),
    [
        ("Python and Java", ["Python and Java"]),
        (
            "B.S. Computer Science, e.g. from a US school.",
            ["B.S. Computer Science, e.g. from a US school"],
        ),
        (
            "5+ years of project management experience. PMP certification required.",
            ["5+ years of project management experience", "PMP certification required"],
        ),
        ("SQL; Python or R", ["SQL", "Python or R"]),
        (
            "Bachelor's degree required, Master's preferred",
            ["Bachelor's degree required", "Master's preferred"],
        ),
    ],
)
def test_cuts(line: str, clauses: list[str]) -> None:
    assert _clauses(line) == clauses


def test_clause_offsets_are_the_posting_s() -> None:
    text = "Go; Java"
    line = Line(50, 58, text, False)
    assert [(c.start, c.end) for c in line_clauses(section(), line)] == [(50, 52), (54, 58)]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Python", "required", ("required", "section")),
        ("Python", "preferred", ("preferred", "section")),
        ("Python preferred", "required", ("preferred", "inline")),
        ("Python required", "preferred", ("required", "inline")),
        ("Experience with Python", "duties", ("required", "promoted")),
        ("Write Python services", "duties", (None, None)),
        ("Must have an RN licence", "intro", ("required", "inline")),
        ("Python", "salary", (None, None)),
    ],
)
def test_kinds(text: str, kind: Kind, expected: tuple[str | None, str | None]) -> None:
    clause = next(line_clauses(Section(kind, None, ()), Line(0, len(text), text, True)))
    found = clause_kind(clause)
    assert (found.kind, found.source) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Programming experience in Python and Java", True),
        ("Strong knowledge of GAAP", True),
        ("2+ years in retail", True),
        ("Bachelor's degree in nursing", True),
        ("Meet with managers", False),
        ("Analyze statistics data", False),
    ],
)
def test_written_as_a_qualification(text: str, expected: bool) -> None:
    assert written_as_qualification(text) is expected
