"""Blind output: the age-revealing dates blanked (a table), offsets kept, and the
Screening and Profile JSON with no name, contact or year left."""

from __future__ import annotations

from typing import Any

import pytest

from screener.report.age_dates import blank_age_dates
from screener.report.blind import (
    MASK,
    blind_outcome,
    blind_profile,
    blind_screening,
    blind_text,
    secrets_of,
)

M4 = MASK * 4
M2 = MASK * 2


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("BSc 2009", f"BSc {M4}"),
        ("B.S. Computer Science, Purdue, 2016", f"B.S. Computer Science, Purdue, {M4}"),
        ("2015–2017 Data engineer", f"{M4}–{M4} Data engineer"),
        ("Jan 2019 – Present", f"Jan {M4} – Present"),
        ("05/2009 - 06/2012", f"05/{M4} - 06/{M4}"),
        ("2019-05 to 2021-06", f"{M4}-05 to {M4}-06"),
        ("MSc 2009–13", f"MSc {M4}–{M2}"),
        ("2009-12 BSc", f"{M4}-{M2} BSc"),  # 2009–2012 or December 2009: blanked either way
        ("Class of '09", f"Class of '{M2}"),
        ("Sep ’15 – Jun ’19", f"Sep ’{M2} – Jun ’{M2}"),
        ("Sept 15 – May 19", f"Sept {M2} – May {M2}"),
        ("Date of birth: 12.05.1980", f"Date of birth: {M2}.{M2}.{M4}"),
        ("DOB 5/12/80", f"DOB {MASK}/{M2}/{M2}"),
        ("Born 1980-05-12", f"Born {M4}-{M2}-{M2}"),
        ("Age: 45", f"Age: {M2}"),
        ("aged 52, married", f"aged {M2}, married"),
        ("I am 45 years old", f"I am {M2} years old"),
        ("a 45-year-old engineer", f"a {M2}-year-old engineer"),
        # kept: durations, versions, counts and numbers that are no year
        ("5 years of Python", "5 years of Python"),
        ("Python 3.10 and Java 17", "Python 3.10 and Java 17"),
        ("ISO 9001 auditor", "ISO 9001 auditor"),
        ("led a team of 12 people", "led a team of 12 people"),
        ("maybe 10 people", "maybe 10 people"),
        ("+1 555 0100 1234", "+1 555 0100 1234"),
        ("Phone 2025550123", "Phone 2025550123"),
        ("no digits at all", "no digits at all"),
        ("", ""),
    ],
)
def test_blank_age_dates(text: str, blanked: str) -> None:
    assert blank_age_dates(text) == blanked
    assert len(blank_age_dates(text)) == len(text)


TEXT = (
    "Jane Doe\njane.doe@example.com\nB.S. Computer Science, Purdue, 2016\nPython engineer 2017–2024"
)
DEGREE_QUOTE = "B.S. Computer Science, Purdue, 2016"
START = TEXT.index(DEGREE_QUOTE)
EVIDENCE: dict[str, Any] = {
    "text": DEGREE_QUOTE,
    "start": START,
    "end": START + len(DEGREE_QUOTE),
    "page": 1,
    "section": "education",
    "extractor": {"name": "degrees", "version": "1"},
}
PROFILE: dict[str, Any] = {
    "contact": {"name": "Jane Doe", "emails": ["jane.doe@example.com"], "phones": [], "links": []},
    "degrees": [
        {"level": "bachelor", "year": 2016, "institution": "Purdue", "evidence": [EVIDENCE]}
    ],
    "positions": [{"title": "Python engineer", "start": "2017-01", "end": "2024-06"}],
    "experience": {"as_of": "2026-11", "intervals": [["2017-01", "2024-06"]]},
}
OUTCOME: dict[str, Any] = {
    "criterion": "degree",
    "reason": f"found: '{DEGREE_QUOTE}' (Jane Doe)",
    "evidence": [EVIDENCE],
}


def test_blind_text_hides_the_name_line_contact_and_years_keeping_offsets() -> None:
    secrets = secrets_of(PROFILE, "jane_doe_cv.pdf")
    shown = blind_text(TEXT, secrets)
    assert len(shown) == len(TEXT)
    assert "Jane" not in shown
    assert "Doe" not in shown
    assert "example" not in shown
    assert f"Purdue, {M4}" in shown
    assert f"{M4}–{M4}" in shown
    assert "2016" not in shown
    assert "2017" not in shown


def test_blind_outcome_blanks_the_quote_and_reason() -> None:
    secrets = secrets_of(PROFILE, None)
    shown = blind_outcome(OUTCOME, TEXT, blind_text(TEXT, secrets), secrets)
    assert shown["evidence"][0]["text"] == f"B.S. Computer Science, Purdue, {M4}"
    assert shown["reason"] == f"found: 'B.S. Computer Science, Purdue, {M4}' ({M4} {MASK * 3})"
    assert OUTCOME["evidence"][0]["text"] == DEGREE_QUOTE  # the input is not changed


def test_blind_outcome_without_the_text_masks_each_quote_alone() -> None:
    shown = blind_outcome(OUTCOME, None, None, ["Jane Doe"])
    assert shown["evidence"][0]["text"] == f"B.S. Computer Science, Purdue, {M4}"
    assert "Jane" not in shown["reason"]


def test_blind_screening_drops_the_file_name() -> None:
    screening: dict[str, Any] = {
        "outcomes": [OUTCOME],
        "candidate": {"sha256": "ab" * 32, "filename": "jane.pdf"},
    }
    shown = blind_screening(screening, TEXT, secrets_of(PROFILE, "jane.pdf"))
    assert shown["candidate"] == {"sha256": "ab" * 32, "filename": None}
    assert "2016" not in str(shown)
    assert screening["candidate"]["filename"] == "jane.pdf"


def test_blind_profile_has_no_contact_and_no_year() -> None:
    shown = blind_profile(PROFILE, TEXT, secrets_of(PROFILE, None))
    assert shown["contact"] == {"name": None, "emails": [], "phones": [], "links": []}
    assert shown["degrees"][0]["year"] is None
    assert shown["degrees"][0]["evidence"][0]["text"].endswith(M4)
    assert shown["positions"][0]["start"] == f"{M4}-01"
    assert shown["experience"]["intervals"] == [[f"{M4}-01", f"{M4}-06"]]
    assert shown["experience"]["as_of"] == "2026-11"  # the screening's date, not the person's
    assert PROFILE["degrees"][0]["year"] == 2016
