from __future__ import annotations

from datetime import date

import pytest

from screener.months import YearMonth, parse_as_of


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11", YearMonth(2026, 11)),
        ("2026-11-25", YearMonth(2026, 11)),
        (" 2019-01 ", YearMonth(2019, 1)),
        (date(2024, 2, 29), YearMonth(2024, 2)),
        (YearMonth(2020, 6), YearMonth(2020, 6)),
    ],
)
def test_parse_as_of(value: str | date | YearMonth, expected: YearMonth) -> None:
    assert parse_as_of(value) == expected


def test_default_is_the_current_month() -> None:
    today = date.today()
    assert parse_as_of(None) == YearMonth(today.year, today.month)


@pytest.mark.parametrize("value", ["2026-13", "2026-02-30", "26-11", "November 2026", ""])
def test_bad_as_of_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_as_of(value)
