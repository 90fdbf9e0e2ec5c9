"""Lines of a Document's text: shared by the stages that read text by line."""

from __future__ import annotations


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the line holding ``offset`` (end excludes the newline)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end
