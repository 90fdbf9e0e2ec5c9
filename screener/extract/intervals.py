"""Arithmetic over inclusive month intervals (pure; no text here)."""

from __future__ import annotations

from collections.abc import Iterable

from screener.months import YearMonth

__all__ = ["Interval", "merge_intervals", "months_in", "subtract"]

Interval = tuple[YearMonth, YearMonth]
"""First and last month, both inclusive."""


def merge_intervals(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, disjoint union of ``intervals``.

    Intervals are inclusive, so overlapping ones merge and so do adjacent ones (one ends
    in the month before the other starts: ``2019-01..2019-06`` + ``2019-07..2019-12`` is
    ``2019-01..2019-12``).  Reversed intervals (last before first) are empty and dropped.
    """
    ordered = sorted((first, last) for first, last in intervals if first <= last)
    merged: list[Interval] = []
    for first, last in ordered:
        if merged and first.index() <= merged[-1][1].index() + 1:
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def months_in(intervals: Iterable[Interval]) -> int:
    """Months covered by the union of ``intervals`` (overlaps counted once)."""
    return sum(last.index() - first.index() + 1 for first, last in merge_intervals(intervals))


def subtract(interval: Interval, holes: Iterable[Interval]) -> list[Interval]:
    """The parts of ``interval`` that none of ``holes`` covers, in order."""
    parts: list[Interval] = []
    first = interval[0]
    for hole_first, hole_last in merge_intervals(holes):
        if hole_last < first or hole_first > interval[1]:
            continue
        if hole_first > first:
            parts.append((first, YearMonth.from_index(hole_first.index() - 1)))
        first = YearMonth.from_index(hole_last.index() + 1)
    if first <= interval[1]:
        parts.append((first, interval[1]))
    return parts
