"""Prose hard-wrapped over several lines, joined back into one line.

Postings pasted from e-mail, PDFs or Markdown files often wrap a paragraph at a fixed
width ("… from a NAAB-accredited program and⏎have six or more years of experience …").
Read line by line, each half names only part of a requirement. A line continues the one
above it when neither is blank or a bullet, neither is a Markdown or bold heading (nor
starts with a bold label, for the lower one), the one above is long (``WRAPPED_CHARS``) and
does not end a sentence or with a colon, and

* it starts with a lowercase letter, a bracket or a quote, or
* the line above ends with a comma or a joining word ("and", "of", "with", …).

A joined line's text is the posting's own text from the first line's start to the last
line's end (newlines and indentation included), so every ``source`` still quotes the
posting exactly.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

WRAPPED_CHARS = 50
"""A line at least this long that stops mid-sentence may have been wrapped."""
_JOINING_END = re.compile(
    r"(?:,|\b(?:and|or|of|with|in|the|a|an|to|for|as|at|from|on|by|including|plus))$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;]$")
_HEADING_LIKE = re.compile(r"^(?:#{1,6}\s|\*\*|__)")
_HEADING_ABOVE = re.compile(r"^(?:#{1,6}\s|(\*\*|__)(?:(?!\1).)*\1\W*$)")
"""A Markdown heading, or a line bold from end to end; a bold label that goes on
("**Education:** Associate degree in … or a related") may wrap."""
_CONTINUES = re.compile(r"^[a-z(\"“‘']")


class _LineLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def bullet(self) -> bool: ...


L = TypeVar("L", bound=_LineLike)


def continues(above: _LineLike, line: _LineLike) -> bool:
    """Whether ``line`` is the wrapped rest of the line ``above`` it."""
    if line.bullet or _HEADING_LIKE.match(line.text) or _HEADING_ABOVE.match(above.text):
        return False
    if len(above.text) < WRAPPED_CHARS or _SENTENCE_END.search(above.text):
        return False
    if _JOINING_END.search(above.text) and line.text[:1].isalnum():
        return True
    return _CONTINUES.match(line.text) is not None


def joined_spans(lines: list[L | None]) -> list[tuple[int, int] | None]:
    """For each run of wrapped lines, the index of its first and last line (``None`` for
    a blank line); a line that continues none is a run of one."""
    runs: list[tuple[int, int] | None] = []
    for index, line in enumerate(lines):
        if line is None:
            runs.append(None)
            continue
        last = runs[-1] if runs else None
        above = lines[last[1]] if last is not None else None
        if last is not None and above is not None and continues(above, line):
            runs[-1] = (last[0], index)
        else:
            runs.append((index, index))
    return runs
