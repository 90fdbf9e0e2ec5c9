"""Headings and the kind of section each names."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.drafting.sections import find_sections, heading_kind, posting_lines

POSTINGS = Path(__file__).parent / "postings"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Requirements", "required"),
        ("Qualifications", "required"),
        ("Education and experience", "required"),
        ("What you bring", "required"),
        ("Must have", "required"),
        ("Required skills and qualifications", "required"),
        ("About you", "required"),
        ("Preferred", "preferred"),
        ("Preferred qualifications", "preferred"),
        ("Nice to have", "preferred"),
        ("Bonus points", "preferred"),
        ("A plus", "preferred"),
        ("Typical duties and responsibilities", "duties"),
        ("What you'll do", "duties"),
        ("Benefits", "benefits"),
        ("What we offer", "benefits"),
        ("Average salary and compensation", "salary"),
        ("About us", "company"),
        ("Equal opportunity employer", "eeo"),
        ("Sample interview questions", "other"),
        ("Available certifications", "other"),
        ("What we ask", "required"),
        ("Who we're looking for", "required"),
        ("What I'm looking for", "required"),
        ("Applicants must", "required"),
        ("You are", "required"),
        ("Nice to haves", "preferred"),
        ("What you'll work on", "duties"),
        ("What you'll actually do", "duties"),
        ("The job", "duties"),
        ("A day in the life", "duties"),
        ("In your first six months you will", "duties"),
        ("What you'll get", "benefits"),
        ("Why Northfield", "company"),
        ("Company description", "company"),
        ("Application procedure", "other"),
        ("Supplemental information", "other"),
        ("Loading RSS Feed", "unknown"),
    ],
)
def test_heading_kinds(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


def test_the_ml_posting_sections() -> None:
    text = (POSTINGS / "ml-engineer-posting.txt").read_text(encoding="utf-8")
    kinds = [(s.kind, s.title) for s in find_sections(text)]
    assert kinds[:8] == [
        ("title", "Machine Learning EngineerJob Description, Salary, Career Path, and Trends"),
        ("intro", "intro"),
        ("other", "Sample job description"),
        ("duties", "Typical duties and responsibilities"),
        ("required", "Education and experience"),
        ("required", "Required skills and qualifications"),
        ("preferred", "Preferred qualifications"),
        ("salary", "Average salary and compensation"),
    ]
    salary = find_sections(text)[7]
    assert any(line.text.startswith("Phoenix, Arizona") for line in salary.lines)


def test_heading_shapes() -> None:
    text = (
        "Backend Engineer\n\n"
        "What you bring:\n- Python\n\n"
        "## Nice to have\n- Go\n\n"
        "Requirements: BLS, ACLS\n"
        "Experience with Python\n\n"
        "Benefits\nDental\n"
    )
    sections = find_sections(text)
    assert [(s.kind, s.title, [line.text for line in s.lines]) for s in sections] == [
        ("title", "Backend Engineer", []),
        ("required", "What you bring", ["Python"]),
        ("preferred", "Nice to have", ["Go"]),
        ("required", "Requirements", ["BLS, ACLS", "Experience with Python"]),
        ("benefits", "Benefits", ["Dental"]),
    ]


def test_a_line_set_apart_that_names_a_skill_is_no_heading() -> None:
    text = "Nurse\n\nRequirements\n\nExperience with Epic\n\nBLS certification\n"
    (_, requirements) = find_sections(text)
    assert [line.text for line in requirements.lines] == [
        "Experience with Epic",
        "BLS certification",
    ]


def test_lines_keep_their_offsets_without_bullets() -> None:
    text = "Title\n  • First item\n\n3) Third\n"
    lines = [line for line in posting_lines(text) if line is not None]
    assert [(text[line.start : line.end], line.bullet) for line in lines] == [
        ("Title", False),
        ("First item", True),
        ("Third", True),
    ]
