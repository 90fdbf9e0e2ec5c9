"""Characters into lines by pdfminer.six's own rules, for engines other than pdfminer.

The pdfium engine gets characters with their boxes; this module groups them into
``TextLine``s exactly as pdfminer's ``LTLayoutContainer.group_objects`` and
``LTTextLineHorizontal.add`` do under Screener's ``LAParams`` (``screener.ingest.pdf``),
so that the reading order (``pdf_layout``) receives the same lines from either engine:

* characters are taken in content-stream order, one container (the page, or one Form
  XObject) at a time;
* a character joins the line of the one before it when their boxes overlap vertically by
  more than half the smaller height (``line_overlap``) and stand less than twice the wider
  width apart (``char_margin``);
* a space goes between two characters of a line when the gap between them is more than a
  tenth of the larger of the second one's width and height (``word_margin``);
* a line of no width or no height is dropped, and so is a blank one.
"""

from __future__ import annotations

from collections.abc import Sequence

from screener.ingest.pdf_lines import TextLine

LINE_OVERLAP = 0.5
CHAR_MARGIN = 2.0
WORD_MARGIN = 0.1
Char = tuple[float, float, float, float, str, str]
"""A character: x0, y0, x1, y1 (PDF points, y upwards), its text and its font name."""


class CharLine(TextLine):
    """A line built from engine characters; it keeps them for the fonts they use."""

    __slots__ = ("_chars",)

    def __init__(self, chars: list[Char]) -> None:
        x0, y0, x1, y1 = chars[0][:4]
        for char in chars:
            if char[0] < x0:
                x0 = char[0]
            if char[1] < y0:
                y0 = char[1]
            if char[2] > x1:
                x1 = char[2]
            if char[3] > y1:
                y1 = char[3]
        super().__init__(x0, y0, x1, y1, _line_text(chars))
        self._chars = chars

    def fontnames(self) -> list[str]:
        """The font names of the line's characters that are not blank."""
        return [c[5] for c in self._chars if c[4].strip()]


def group_chars(chars: Sequence[Char]) -> list[TextLine]:
    """The non-blank lines of one container's characters, in pdfminer's order."""
    groups: list[list[Char]] = []
    line: list[Char] | None = None
    previous: Char | None = None
    ax0 = ay0 = ax1 = ay1 = 0.0
    for char in chars:
        bx0, by0, bx1, by1 = char[0], char[1], char[2], char[3]
        if previous is not None:
            aligned = _aligned(ax0, ay0, ax1, ay1, bx0, by0, bx1, by1)
            if aligned and line is not None:
                line.append(char)
            elif line is not None:
                groups.append(line)
                line = None
            elif aligned:
                line = [previous, char]
            else:
                groups.append([previous])
        previous = char
        ax0, ay0, ax1, ay1 = bx0, by0, bx1, by1
    if line is None and previous is not None:
        line = [previous]
    if line is not None:
        groups.append(line)
    lines: list[TextLine] = []
    for group in groups:
        built = CharLine(group)
        if built.x1 > built.x0 and built.y1 > built.y0 and built.text.strip():
            lines.append(built)
    return lines


def _aligned(
    ax0: float, ay0: float, ax1: float, ay1: float, bx0: float, by0: float, bx1: float, by1: float
) -> bool:
    """pdfminer's halign for boxes a, b: vertical overlap over half the smaller height and
    a gap under twice the wider width (written out without ``min``/``max`` calls: this runs
    once per character)."""
    if by0 > ay1 or ay0 > by1:
        return False
    ha, hb = ay1 - ay0, by1 - by0
    lower = abs(ay0 - by1)
    upper = abs(ay1 - by0)
    if (ha if ha < hb else hb) * LINE_OVERLAP >= (lower if lower < upper else upper):
        return False
    if bx0 <= ax1 and ax0 <= bx1:
        gap = 0.0
    else:
        left, right = abs(ax0 - bx1), abs(ax1 - bx0)
        gap = left if left < right else right
    wa, wb = ax1 - ax0, bx1 - bx0
    return gap < (wa if wa > wb else wb) * CHAR_MARGIN


def _line_text(chars: list[Char]) -> str:
    """The line's text with pdfminer's word spaces, ending in a newline."""
    parts: list[str] = []
    right = float("inf")
    for x0, y0, x1, y1, text, _ in chars:
        if right < x0 - WORD_MARGIN * max(x1 - x0, y1 - y0):
            parts.append(" ")
        right = x1
        parts.append(text)
    parts.append("\n")
    return "".join(parts)
