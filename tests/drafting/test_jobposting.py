"""schema.org JobPosting → posting text: the structured properties become headed sections."""

from __future__ import annotations

import pytest

from screener.drafting.jobposting import find_job_posting, parse_json, render_job_posting
from screener.errors import Corrupt

POSTING = {
    "@type": "JobPosting",
    "title": "Financial Analyst",
    "qualifications": "Bachelor's degree in Finance",
    "educationRequirements": {"credentialCategory": "bachelor degree"},
    "experienceRequirements": {"monthsOfExperience": 24},
    "skills": ["Excel", {"@type": "DefinedTerm", "name": "Financial modeling"}],
    "description": "<h3>Preferred</h3><ul><li>CFA Level I</li></ul>",
}


def test_properties_become_sections_before_the_description() -> None:
    text = render_job_posting(POSTING)
    assert text.splitlines() == [
        "Financial Analyst",
        "",
        "## Qualifications",
        "• Bachelor's degree in Finance",
        "",
        "## Education requirements",
        "• Bachelor's degree",
        "",
        "## Experience requirements",
        "• 24 months of experience",
        "",
        "## Skills",
        "• Excel",
        "• Financial modeling",
        "",
        "## Description",
        "### Preferred",
        "• CFA Level I",
    ]


@pytest.mark.parametrize(
    "data",
    [
        POSTING,
        [{"@type": "Organization"}, POSTING],
        {"@context": "https://schema.org", "@graph": [{"@type": "Organization"}, POSTING]},
        {**POSTING, "@type": ["JobPosting", "Thing"]},
    ],
)
def test_a_job_posting_is_found_wherever_json_ld_puts_it(data: object) -> None:
    found = find_job_posting(data)
    assert found is not None
    assert found["title"] == "Financial Analyst"


def test_months_given_as_text_and_missing_parts() -> None:
    text = render_job_posting({"experienceRequirements": {"monthsOfExperience": "18"}})
    assert "• 18 months of experience" in text
    assert text.startswith("Job posting\n")


def test_deep_or_broken_json_is_corrupt() -> None:
    with pytest.raises(Corrupt, match="nested deeper"):
        parse_json("[" * 100 + "]" * 100)
    with pytest.raises(Corrupt, match="could not be read"):
        parse_json('{"title": ')
