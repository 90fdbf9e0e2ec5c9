"""A whole posting drafted: ids, merged duplicates, the report, and a valid rule set."""

from __future__ import annotations

import pytest

from screener.drafting import draft_posting, read_posting_text
from screener.drafting.draft import Draft
from screener.errors import NothingToDraft
from screener.requirements.loading import parse_rules

POSTING = """Senior Nurse | Hillside Hospital

Requirements
- Active RN licence
- Bachelor's degree
- BSN
- 2+ years of experience
- 3+ years of critical care experience
- Python and Java
- Python and Java

Nice to have
- Active RN licence
- Team player with a positive attitude

Benefits
- Paid parental leave

We are an equal opportunity employer and do not discriminate by race, religion or age.
"""


@pytest.fixture(scope="module")
def draft() -> Draft:
    return draft_posting(read_posting_text(POSTING, "nurse.txt"))


def test_ids_title_and_a_valid_rule_set(draft: Draft) -> None:
    rules = draft.rules.ruleset
    assert rules.id == "senior-nurse"
    assert rules.title == "Senior Nurse"
    assert [c.id for c in rules.required] == [
        "registered-nurse",
        "bachelor-degree",
        "experience-critical-care",
        "python-java",
    ]
    assert rules.preferred == ()
    data = rules.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    assert parse_rules(data, "again").sha256 == draft.rules.sha256


def test_every_source_is_the_posting_s_words(draft: Draft) -> None:
    for criterion in draft.rules.ruleset.required:
        assert criterion.source is not None
        text = draft.posting.text[criterion.source.start : criterion.source.end]
        assert text == criterion.source.text


def test_duplicates_and_implied_criteria_are_merged_with_notes(draft: Draft) -> None:
    notes = {(n.criterion, n.message) for n in draft.report.notes}
    assert ("bachelor-degree", "also covers “Bachelor's degree”, which it implies") in notes
    implied = "also covers “2+ years of experience”, which it implies"
    assert ("experience-critical-care", implied) in notes


def test_the_report_lists_what_was_not_screened(draft: Draft) -> None:
    reasons = {item.text: item.reason for item in draft.report.not_screened}
    assert reasons["Team player with a positive attitude"].startswith("a personal quality")
    assert reasons["Benefits"].startswith("benefits")
    assert draft.report.lint == ()  # benefits and EEO statements name traits to protect them
    assert [s.kind for s in draft.report.sections] == ["title", "required", "preferred", "benefits"]


def test_an_id_can_be_given() -> None:
    draft = draft_posting(read_posting_text(POSTING), rules_id="icu-nurse")
    assert draft.rules.ruleset.id == "icu-nurse"


def test_a_posting_without_requirements_is_refused() -> None:
    with pytest.raises(NothingToDraft) as raised:
        draft_posting(read_posting_text("Barista\n\nAbout us\n\nWe roast coffee.\n"))
    assert raised.value.code == "nothing_to_draft"
    assert raised.value.details["report"]["not_screened"]
