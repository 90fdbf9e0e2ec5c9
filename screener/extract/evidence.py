"""Building ``Evidence`` — the quote that proves a fact — in one place."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from screener.models.profile import Evidence, Extractor
from screener.nlp.sections import Section, section_at

PageAt = Callable[[int], int]


def quote(
    text: str,
    start: int,
    end: int,
    *,
    page_at: PageAt,
    sections: Sequence[Section],
    extractor: Extractor,
    confidence: float | None = None,
) -> Evidence:
    """Evidence for ``text[start:end]``, trimmed of surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(
        text=text[start:end],
        start=start,
        end=end,
        page=page_at(start),
        section=section_at(sections, start),
        extractor=extractor,
        confidence=confidence,
    )
