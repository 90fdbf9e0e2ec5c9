"""The fairness lint on posting text: proxies of protected traits and experience maximums."""

from __future__ import annotations

import pytest

from screener.drafting.lint import maximum_findings, proxy_findings


@pytest.mark.parametrize(
    ("clause", "trait", "words"),
    [
        ("Recent graduate wanted", "age", "Recent graduate"),
        ("A digital native", "age", "digital native"),
        ("Join our young team", "age", "young"),
        ("Native English speaker", "native language", "Native English"),
        ("Graduated after 2020", "age", "Graduated after 2020"),
        ("Class of 2025 graduates", "age", "Class of 2025"),
    ],
)
def test_proxies_are_found_with_their_offsets(clause: str, trait: str, words: str) -> None:
    (finding,) = proxy_findings(clause, 100)
    assert (finding.trait, finding.text) == (trait, words)
    assert (finding.start, finding.end) == (
        100 + clause.index(words),
        100 + clause.index(words) + len(words),
    )


@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("No more than 5 years of experience", "No more than 5 years"),
        ("3-5 years of experience", "3-5 years"),
        ("0-2 years", "0-2 years"),
    ],
)
def test_experience_maximums(clause: str, words: str) -> None:
    (finding,) = maximum_findings(clause, 0)
    assert finding.text == words
    assert "maximum" in finding.reason


@pytest.mark.parametrize(
    "clause", ["2+ years of Python", "React Native", "race conditions in Go", "aged care"]
)
def test_fair_words_are_not_flagged(clause: str) -> None:
    assert proxy_findings(clause, 0) == []
    assert maximum_findings(clause, 0) == []
