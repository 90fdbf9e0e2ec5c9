"""Calendar months, the value type every stage shares, and the as-of month.

``YearMonth`` is what dates are read into (``screener.nlp.dates``), what experience is
counted in (``screener.extract``) and what a screening is dated by; ``parse_as_of`` reads
the month that "Present" and experience arithmetic are resolved against. Both sit below
every stage, so none has to import another for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True, order=True)
class YearMonth:
    """A calendar month; orders chronologically."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1..12, got {self.month}")

    def index(self) -> int:
        """Months since year 0: ``year * 12 + month - 1`` (differences count months)."""
        return self.year * 12 + self.month - 1

    @classmethod
    def from_index(cls, index: int) -> YearMonth:
        """The month whose :meth:`index` is ``index``."""
        return cls(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


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
