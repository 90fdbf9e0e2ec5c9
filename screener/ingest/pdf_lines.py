"""Text lines as the reading order (``pdf_layout``) sees them, from either PDF engine.

The reading order needs of a line only its box, its text and the fonts of its visible
characters. pdfminer's ``LTTextLine`` recomputes its text on every call and the pdfium
engine has no pdfminer objects at all, so both are handed to ``pdf_layout`` as a
``TextLine``: ``miner_lines`` wraps pdfminer's lines; ``screener.ingest.pdf_chars`` builds
them from pdfium's characters by pdfminer's own grouping rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pdfminer.layout import LTChar, LTTextLine


class TextLine:
    """One line of text: its box in PDF points (y grows upwards) and its text.

    ``text`` is written as pdfminer writes a line: words apart by a space where the gap
    between characters calls for one, and a final ``"\\n"``.
    """

    __slots__ = ("text", "x0", "x1", "y0", "y1")

    def __init__(self, x0: float, y0: float, x1: float, y1: float, text: str) -> None:
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.text = text

    @property
    def height(self) -> float:
        """The line's height in points."""
        return self.y1 - self.y0

    @property
    def width(self) -> float:
        """The line's width in points."""
        return self.x1 - self.x0

    def get_text(self) -> str:
        """The line's text (pdfminer's name for it)."""
        return self.text

    def fontnames(self) -> list[str]:
        """The font names of the line's characters that are not blank."""
        return []


class MinerLine(TextLine):
    """A pdfminer ``LTTextLine`` with its text read once; fonts read on demand."""

    __slots__ = ("_line",)

    def __init__(self, line: Any) -> None:
        super().__init__(line.x0, line.y0, line.x1, line.y1, line.get_text())
        self._line = line

    def fontnames(self) -> list[str]:
        """The font names of the line's characters that are not blank."""
        return [
            char.fontname
            for char in self._line
            if isinstance(char, LTChar) and char.get_text().strip()
        ]


def miner_lines(boxes: Iterable[Any]) -> list[TextLine]:
    """The non-blank lines of pdfminer text boxes."""
    lines = (MinerLine(line) for box in boxes for line in box if isinstance(line, LTTextLine))
    return [line for line in lines if line.text.strip()]
