"""Failure classes of blind posting set 5, each in a posting written for this file:
figures that are no experience (an age, the employer's story, a deadline), headings and
phrases that say "not required", paths into the role (years or a degree plus fewer years;
a line opening with "Or"; a path no rule can test) and a degree due by the start date.

The facts are read as ``bench/drafting_blind.py`` reads them (``screener.drafting.facts``).
"""

from __future__ import annotations

import pytest

from screener.drafting import draft_posting, read_posting_text
from tests.drafting.test_failure_classes import Facts, facts

POSTINGS: list[tuple[str, str, Facts]] = [
    (
        "an age is no experience",
        "Cashier\n\nRequirements\n- 18 years or older\n- 1 year of retail experience\n",
        ("none", 1, frozenset({"retail-operations"})),
    ),
    (
        "the employer's age in its story is no experience",
        "Paralegal\n\nOur firm was founded 40 years ago by two sisters.\n\n"
        "Requirements\n- 2+ years as a paralegal\n",
        ("none", 2, frozenset()),
    ),
    (
        "'for more than N years we have' is the employer's story",
        "Lab Technician\n\nFor more than 25 years we have tested soil for farms across "
        "the state.\n\nRequirements\n- Associate degree in chemistry\n",
        ("associate", None, frozenset()),
    ),
    (
        "'after N years, …' under a heading of its own is a time since",
        "Director\n\n## The opportunity\n\nAfter 22 years, our founder is stepping down.\n\n"
        "## Requirements\n\n- 8+ years of nonprofit leadership experience\n",
        ("none", 8, frozenset()),
    ),
    (
        "a certification deadline is no experience",
        "Dispatcher\n\nQualifications\n- High school diploma\n"
        "- CPR certification within six months.\n",
        ("secondary", None, frozenset()),
    ),
    (
        "'no diploma or degree required' drafts no degree",
        "Room Attendant\n\nRequirements\n- One year of hotel housekeeping experience\n"
        "- No diploma or degree required\n",
        ("none", 1, frozenset()),
    ),
    (
        "a 'Helpful but not required' heading is preferred",
        "Bus Driver\n\nRequirements\n- 2 years of driving experience\n\n"
        "Helpful but not required:\n- High school diploma or GED\n",
        ("none", 2, frozenset()),
    ),
    (
        "a 'Not required' heading drafts nothing required",
        "Web Developer\n\n## Requirements\n\n- 2+ years of frontend development\n\n"
        "## Not required\n\nA computer science degree.\n",
        ("none", 2, frozenset({"frontend-development"})),
    ),
    (
        "a line opening with 'Or' is another path to the line above",
        "Shift Lead\n\nRequirements\n- Two years of experience leading a restaurant shift\n"
        "- Or: four years as a line cook\n",
        ("none", 2, frozenset()),
    ),
    (
        "a degree or a programme no rule can test: the degree is preferred",
        "Field Technician\n\nRequirements\n- Associate degree in electronics, or completion "
        "of a military electronics technician program\n- 2 years of field service experience\n",
        ("none", 2, frozenset()),
    ),
    (
        "a residency or years: the years are preferred",
        "Staff Pharmacist\n\nRequirements\n- Doctor of Pharmacy degree\n"
        "- Completion of a PGY1 residency or two years of hospital pharmacy experience\n",
        ("master", None, frozenset()),  # a first professional degree: degrees.yaml's master
    ),
    (
        "'or a related program' is a field of study, not a path",
        "Surveyor\n\nRequirements\n- Bachelor's degree in surveying or a related program\n",
        ("bachelor", None, frozenset()),
    ),
    (
        "a degree due by the start date is required",
        "Postdoctoral Fellow\n\nRequired\n- PhD in hydrology or a related field, awarded by "
        "the start date\n",
        ("doctorate", None, frozenset()),
    ),
    (
        "a degree due within years of hire is still no requirement",
        "Charge Nurse\n\nRequirements\n- Associate degree in nursing\n"
        "- Bachelor's degree in nursing within 3 years of hire\n",
        ("associate", None, frozenset()),
    ),
]


@pytest.mark.parametrize(
    ("posting", "expected"), [p[1:] for p in POSTINGS], ids=[p[0] for p in POSTINGS]
)
def test_a_set_5_class_is_read_right(posting: str, expected: Facts) -> None:
    assert facts(posting) == expected


def test_a_degree_due_by_the_start_date_accepts_one_in_progress() -> None:
    posting = "Fellow\n\nRequired\n- PhD in ecology, awarded by the start date\n"
    criterion = draft_posting(read_posting_text(posting)).rules.ruleset.required[0]
    assert criterion.degree is not None
    assert criterion.degree.include_in_progress


def test_an_untestable_path_says_why_the_degree_is_preferred() -> None:
    posting = (
        "Technician\n\nRequirements\n- Associate degree in electronics, or completion of a "
        "military technician course\n- 2 years of field service experience\n"
    )
    draft = draft_posting(read_posting_text(posting))
    assert not draft.rules.ruleset.required or all(
        c.degree is None for c in draft.rules.ruleset.required
    )
    notes = " ".join(note.message for note in draft.report.notes)
    assert "no rule can test" in notes


def test_years_or_a_degree_plus_fewer_years_are_two_paths() -> None:
    posting = (
        "Claims Examiner\n\nRequirements\n- Three years of claims experience, or a "
        "bachelor's degree plus one year of claims experience\n"
    )
    required = draft_posting(read_posting_text(posting)).rules.ruleset.required
    assert len(required) == 1
    paths = required[0].any
    assert paths is not None
    assert len(paths) == 2
    assert paths[0].experience is not None
    assert paths[0].experience.min_years == 3
    assert paths[1].all is not None
    degree, years = paths[1].all
    assert degree.degree is not None
    assert degree.degree.min_level == "bachelor"
    assert years.experience is not None
    assert years.experience.min_years == 1
