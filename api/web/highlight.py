"""The résumé's text cut into pieces so that every evidence quote sits in a ``<mark>`` at
its offsets (blind mode masks the text first, keeping every offset: ``screener.report.blind``).

Quotes may overlap (one line proving a degree and a field): overlapping spans are merged
into one mark, and each quote points at the mark that holds its start. The pieces are
plain strings; the template escapes them (Jinja2 autoescape), so résumé text is never
markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Piece:
    """A run of text; ``mark`` is its element id when it is (part of) a quote."""

    text: str
    mark: str | None = None
    criteria: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Quote:
    """One evidence quote of one criterion, and the id of the mark that shows it."""

    criterion: str
    text: str
    start: int
    end: int
    mark: str


def quotes_of(outcomes: Iterable[dict[str, Any]], text: str) -> list[tuple[str, int, int, str]]:
    """``(criterion, start, end, quote)`` of every evidence whose offsets fit ``text``."""
    found = []
    for outcome in outcomes:
        for evidence in outcome.get("evidence") or ():
            start, end = int(evidence.get("start", -1)), int(evidence.get("end", -1))
            if 0 <= start < end <= len(text):
                found.append((str(outcome.get("criterion", "")), start, end, text[start:end]))
    return found


def highlight(
    text: str, quotes: Sequence[tuple[str, int, int, str]]
) -> tuple[list[Piece], list[Quote]]:
    """The pieces of ``text`` with merged marks, and each quote with its mark's id."""
    spans = sorted((start, end) for _, start, end, _ in quotes)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    ids = {index: f"q{index + 1}" for index in range(len(merged))}

    def mark_of(offset: int) -> int:
        for index, (start, end) in enumerate(merged):
            if start <= offset < end:
                return index
        raise ValueError(offset)  # every quote start lies in a merged span

    placed = [
        Quote(criterion, quote, start, end, ids[mark_of(start)])
        for criterion, start, end, quote in quotes
    ]
    labels: dict[str, list[str]] = {}
    for quote in placed:
        if quote.criterion not in labels.setdefault(quote.mark, []):
            labels[quote.mark].append(quote.criterion)
    pieces: list[Piece] = []
    cursor = 0
    for index, (start, end) in enumerate(merged):
        if start > cursor:
            pieces.append(Piece(text[cursor:start]))
        mark = ids[index]
        pieces.append(Piece(text[start:end], mark, labels.get(mark, [])))
        cursor = end
    if cursor < len(text):
        pieces.append(Piece(text[cursor:]))
    return pieces, placed
