"""The arithmetic on its own: exclusion, highest rate, impact ratio, median and ties."""

from __future__ import annotations

from fractions import Fraction

import pytest

from screener.audit.rates import (
    Tally,
    above,
    group_rows,
    highest_rate,
    impact_ratio,
    is_excluded,
    median,
    tally,
)


@pytest.mark.parametrize(
    ("count", "total", "excluded"),
    [(1, 50, False), (1, 51, True), (2, 100, False), (1, 100, True), (0, 0, False), (5, 5, False)],
)
def test_is_excluded_below_two_percent(count: int, total: int, excluded: bool) -> None:
    assert is_excluded(count, total) is excluded


def test_tally_keeps_unknowns_apart() -> None:
    groups, unknown = tally(["A", None, "B", "A", None], [True, True, False, False, False])
    assert {k: (v.count, v.selected) for k, v in groups.items()} == {"A": (2, 1), "B": (1, 0)}
    assert (unknown.count, unknown.selected) == (2, 1)


@pytest.mark.parametrize(
    ("groups", "total", "highest"),
    [
        ({"A": Tally(10, 5), "B": Tally(10, 2)}, 20, Fraction(1, 2)),
        ({"A": Tally(60, 6), "B": Tally(1, 1)}, 61, Fraction(1, 10)),  # B excluded
        ({"A": Tally(1, 1)}, 100, None),  # every group excluded
        ({"A": Tally(10, 0), "B": Tally(10, 0)}, 20, Fraction(0)),
    ],
)
def test_highest_rate_skips_excluded_groups(
    groups: dict[str, Tally], total: int, highest: Fraction | None
) -> None:
    assert highest_rate(groups, total) == highest


@pytest.mark.parametrize(
    ("entry", "highest", "total", "ratio"),
    [
        (Tally(10, 4), Fraction(1, 2), 20, Fraction(4, 5)),
        (Tally(10, 0), Fraction(1, 2), 20, Fraction(0)),
        (Tally(10, 0), Fraction(0), 20, None),  # nobody selected: undefined
        (Tally(1, 1), Fraction(1, 2), 100, None),  # excluded
        (Tally(10, 4), None, 20, None),
    ],
)
def test_impact_ratio(entry: Tally, highest: Fraction | None, total: int, ratio: object) -> None:
    assert impact_ratio(entry, highest, total) == ratio


def test_exactly_four_fifths_is_not_flagged_and_just_below_is() -> None:
    groups = {"A": Tally(1000, 1000), "B": Tally(1000, 800), "C": Tally(1000, 799)}
    rows = group_rows(groups, 3000)
    flags = {row.group: row.four_fifths_flag for row in rows}
    assert flags == {"A": False, "B": False, "C": True}


@pytest.mark.parametrize(
    ("scores", "middle"),
    [([], None), ([7], 7), ([1, 3, 2], 2), ([10, 20, 30, 40], 25), ([50, 50, 50, 10], 50)],
)
def test_median(scores: list[float], middle: float | None) -> None:
    assert median(scores) == middle


@pytest.mark.parametrize(
    ("score", "middle", "is_above"),
    [(51, 50, True), (50, 50, False), (49.9, 50, False), (10, None, False)],
)
def test_a_tie_at_the_median_is_not_above(
    score: float, middle: float | None, is_above: bool
) -> None:
    assert above(score, middle) is is_above
