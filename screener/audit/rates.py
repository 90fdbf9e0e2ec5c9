"""Rates, impact ratios, the 2 % exclusion and the four-fifths flag: pure arithmetic.

Counts are kept as integers and rates as exact fractions until they are written out, so a
ratio of exactly 0.8 is never flagged because of rounding.

* a group's **rate** is ``selected / count``;
* a group is **excluded** when ``count / total < 2 %`` (``total`` = the whole sample,
  unknowns included) — it keeps its row and rate, but has no impact ratio and is not a
  candidate for the highest rate;
* the **impact ratio** is ``rate / highest rate`` over the non-excluded groups; it is
  ``None`` when the highest rate is 0 (nobody was selected: no ratio can be taken);
* the **four-fifths flag** is set when the impact ratio is below 0.8;
* candidates whose value is unknown (``None``) form no group: they are counted apart.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from screener.audit.models import CriterionRow, GroupRow, UnknownRow

EXCLUDED_BELOW = Fraction(2, 100)
FLAGGED_BELOW = Fraction(4, 5)


@dataclass(slots=True)
class Tally:
    """How many candidates a group holds, how many the rate counts, and how many had an
    unknown criterion status (per-criterion tables only)."""

    count: int = 0
    selected: int = 0
    status_unknown: int = 0

    @property
    def rate(self) -> Fraction:
        """``selected / count`` (0 for an empty tally)."""
        return Fraction(self.selected, self.count) if self.count else Fraction(0)


def tally(
    labels: Sequence[str | None],
    hits: Sequence[bool],
    unknown_status: Sequence[bool] | None = None,
) -> tuple[dict[str, Tally], Tally]:
    """Per-group tallies of ``hits`` (one label and one hit per candidate) and the tally
    of the candidates whose label is ``None``."""
    groups: dict[str, Tally] = {}
    unknown = Tally()
    for index, (label, hit) in enumerate(zip(labels, hits, strict=True)):
        entry = unknown if label is None else groups.setdefault(label, Tally())
        entry.count += 1
        entry.selected += int(hit)
        if unknown_status is not None and unknown_status[index]:
            entry.status_unknown += 1
    return groups, unknown


def is_excluded(count: int, total: int) -> bool:
    """Under 2 % of the sample (``count / total < 0.02``)."""
    return total > 0 and Fraction(count, total) < EXCLUDED_BELOW


def highest_rate(groups: dict[str, Tally], total: int) -> Fraction | None:
    """The highest rate of the non-excluded groups; ``None`` when every group is excluded."""
    rates = [t.rate for t in groups.values() if not is_excluded(t.count, total)]
    return max(rates) if rates else None


def impact_ratio(entry: Tally, highest: Fraction | None, total: int) -> Fraction | None:
    """``rate / highest``; ``None`` for an excluded group or when ``highest`` is 0 or absent."""
    if is_excluded(entry.count, total) or not highest:
        return None
    return entry.rate / highest


def _order(label: str) -> tuple[str, str]:
    return (label.casefold(), label)


def group_rows(groups: dict[str, Tally], total: int) -> list[GroupRow]:
    """One row per group, sorted by group name."""
    highest = highest_rate(groups, total)
    return [_row(label, groups[label], highest, total) for label in sorted(groups, key=_order)]


def criterion_rows(groups: dict[str, Tally], total: int) -> list[CriterionRow]:
    """One pass-rate row per group, with its unknown-status count, sorted by group name."""
    highest = highest_rate(groups, total)
    return [
        CriterionRow(
            **_row(label, groups[label], highest, total).model_dump(),
            status_unknown=groups[label].status_unknown,
        )
        for label in sorted(groups, key=_order)
    ]


def _row(label: str, entry: Tally, highest: Fraction | None, total: int) -> GroupRow:
    ratio = impact_ratio(entry, highest, total)
    return GroupRow(
        group=label,
        count=entry.count,
        selected=entry.selected,
        rate=float(entry.rate),
        impact_ratio=None if ratio is None else float(ratio),
        excluded=is_excluded(entry.count, total),
        four_fifths_flag=ratio is not None and ratio < FLAGGED_BELOW,
    )


def unknown_row(entry: Tally) -> UnknownRow:
    """The unknowns' row: their count, how many the rate counts, and their rate."""
    rate = float(entry.rate) if entry.count else None
    return UnknownRow(count=entry.count, selected=entry.selected, rate=rate)


def median(scores: Sequence[float]) -> float | None:
    """The median score (the mean of the two middle ones for an even count)."""
    return statistics.median(scores) if scores else None


def above(score: float, middle: float | None) -> bool:
    """Scores *above* the median count for the scoring rate; a tie at the median does not."""
    return middle is not None and score > middle
