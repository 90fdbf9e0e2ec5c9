"""Experience figures: minimums, ranges, maximums, months, numbers in words."""

from __future__ import annotations

import pytest

from screener.drafting.years import find_years


@pytest.mark.parametrize(
    ("clause", "figures"),
    [
        ("2+ years experience required", [(2, None, False)]),
        ("3-5 years", [(3, 5, False)]),
        ("3 – 5 yrs of experience", [(3, 5, False)]),
        ("minimum of two years", [(2, None, False)]),
        ("at least five years of Java", [(5, None, False)]),
        ("Two (2) years", [(2, None, False)]),
        ("18 months of experience", [(1.5, None, False)]),
        ("no more than 5 years", [(5, None, True)]),
        ("up to 3 years of experience", [(3, None, True)]),
        ("5 years maximum", [(5, None, True)]),
        ("2 years minimum, 10 years max", [(2, None, False), (10, None, True)]),
        ("a 4-year degree", []),
        ("must be 18 years old", []),
        ("in 2019", []),
    ],
)
def test_figures(clause: str, figures: list[tuple[float, float | None, bool]]) -> None:
    found = [(f.minimum, f.maximum, f.is_maximum) for f in find_years(clause)]
    assert found == figures


def test_a_maximum_starts_at_its_cue() -> None:
    (figure,) = find_years("Candidates with no more than 5 years")
    assert "Candidates with no more than 5 years"[figure.start : figure.end] == (
        "no more than 5 years"
    )
    assert not figure.drafts_minimum
    assert figure.upper_bound == 5
