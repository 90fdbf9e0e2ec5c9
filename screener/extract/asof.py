"""The as-of month that "Present" and experience arithmetic are resolved against."""

from __future__ import annotations

import re
from datetime import date

from screener.nlp.dates import YearMonth

_AS_OF = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def parse_as_of(value: str | date | YearMonth | None) -> YearMonth:
    """``YYYY-MM``, ``YYYY-MM-DD``, a date, a YearMonth, or None for the current month."""
    if value is None:
        today = date.today()
        return YearMonth(today.year, today.month)
    if isinstance(value, YearMonth):
        return value
    if isinstance(value, date):
        return YearMonth(value.year, value.month)
    match = _AS_OF.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"as-of must be YYYY-MM or YYYY-MM-DD, not {value!r}")
    year, month = int(match[1]), int(match[2])
    if match[3] is not None:
        date(year, month, int(match[3]))  # validates the day
    return YearMonth(year, month)
