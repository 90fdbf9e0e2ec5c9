"""Reading order on a PDF page from pdfminer's layout: columns, rows, paragraphs.

pdfminer groups lines into text boxes and orders the boxes; on résumés that order puts
a right-aligned date (its own one-line box) far from the job title it belongs to, and
sometimes above the section heading. So Screener orders *lines* itself:

1. A **gutter** is found where two text boxes of three or more lines stand side by side
   over two line heights or more, unless most lines of the smaller side share a row with
   a line of the other (a column of right-aligned dates, moderncv's left date gutter:
   those belong to their rows). The page then has a left and a right column.
2. Lines wholly left of the gutter form the left column, wholly right the right column;
   lines crossing it (a name banner, a footer) span the page. Spanning lines above the
   columns come first, then the left column, then the right column, then the rest.
3. Within each group, lines are sorted top to bottom (letter-spaced words joined:
   "S K I L L S" is "SKILLS"); lines on the same row (vertical
   overlap of half a line or more) are joined left to right with a tab, so "Senior
   Engineer, Acme<tab>06/2019 – Present" stays one line. A vertical gap of more than
   0.9 line heights becomes a blank line (a paragraph break).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from math import inf
from statistics import median
from typing import NamedTuple

from pdfminer.layout import LTTextBox

from screener.ingest.pdf_lines import TextLine, miner_lines
from screener.provenance import register_extractor

# The reading order feeds every extractor, so its changes are versioned too ("1": before
# its version was recorded; "2": a sidebar under a contact row, a 4 pt gutter; "3": TeX
# bitmap fonts coded in T1 read in that encoding, screener/ingest/tex_fonts.py; "4": the
# label column of a layout table, headings on rows of their own, is rows, not a column;
# "5": icon-font glyphs dropped; "6": headings in a margin of their own are rows, each on
# a line of its own).
EXTRACTOR = register_extractor("pdf-reading-order", "6")  # 6: margin headings

_MIN_LINES_PER_BOX = 3
_MIN_GAP = 4.0  # points between the boxes' edges
_PARAGRAPH_GAP = 0.9  # line heights of empty space between rows
_HEADER_LINES = 3  # lines across the top of a sidebar page (a title, a contact row)
_STRETCH_SHARE = 0.8  # of the lines beside a gutter that its band must hold
_ATTACHED_SHARE = 0.6  # of the smaller side's lines on a row of the other: not a column
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_ALIGNED = 2.0  # points: right edges this close are one alignment
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)|['\u2019]\d\d\b|present|heute|now", re.I)


class Band(NamedTuple):
    """Where a page has two columns: the gutter's x and the band's bottom and top."""

    gutter: float
    low: float
    high: float


def find_band(boxes: Sequence[LTTextBox], lines: Sequence[TextLine]) -> Band | None:
    """The page's two-column band, or None.

    A gutter is an empty vertical strip at least ``_MIN_GAP`` wide with three or more lines
    on each side over the height where both sides have text, and no line crossing it
    there. Where several strips qualify, the one with the most lines on its thinner side
    wins. A strip is no gutter when most lines of the smaller side sit on the same row as
    a line of the other side and are its dates, places or labels (see
    :func:`_rows_attached`): that page is read row by row across the gap. The band then
    reaches up and down to the nearest lines that cross the gutter (a two-column skills
    list inside a one-column page is a band of its own).
    """
    if len(lines) < 2 * _MIN_LINES_PER_BOX:
        return None
    candidates = []
    for edge in sorted({line.x1 for line in lines}):
        strip = (edge, edge + _MIN_GAP)
        left = [line for line in lines if line.x1 <= strip[0]]
        right = [line for line in lines if line.x0 >= strip[1]]
        if len(left) < _MIN_LINES_PER_BOX or len(right) < _MIN_LINES_PER_BOX:
            continue
        low = max(min(line.y0 for line in left), min(line.y0 for line in right))
        high = min(max(line.y1 for line in left), max(line.y1 for line in right))
        found = _widest_stretch(lines, strip, low, high)
        if found is not None:
            candidates.append(found)
    for _, band, beside in sorted(candidates, key=lambda c: (-c[0], c[1].gutter)):
        if not _rows_attached(beside, band.gutter):
            return _extend(band, lines)
    return None


def _widest_stretch(
    lines: Sequence[TextLine], strip: tuple[float, float], low: float, high: float
) -> tuple[int, Band, list[TextLine]] | None:
    """The two columns beside ``strip`` between ``low`` and ``high``, or None:
    ``(lines on the thinner side, band, lines beside the strip)``.

    Lines crossing the strip may lie only above the columns, at most ``_HEADER_LINES`` of
    them (a title and a contact row across the top of a sidebar page): the stretch below
    the lowest crossing line is the band when it has
    three lines or more on each side and holds ``_STRETCH_SHARE`` of all the lines beside
    the strip. A line crossing below them means a table or tab-stop rows inside a
    one-column page (the job line under a two-column skills table): no band."""
    inside = [line for line in lines if low <= _middle(line) <= high]
    crossing = [line for line in inside if line.x0 < strip[1] and line.x1 > strip[0]]
    beside = [line for line in inside if line.x1 <= strip[0] or line.x0 >= strip[1]]
    if len(crossing) > _HEADER_LINES:
        return None
    # Below the lowest crossing line's bottom edge, so that _extend stops at that line.
    stretches = [(low, min(line.y0 for line in crossing))] if crossing else [(low, high)]
    best: tuple[int, Band, list[TextLine]] | None = None
    for bottom, top in stretches:
        held = [line for line in beside if bottom < _middle(line) < top or not crossing]
        on_left = sum(line.x1 <= strip[0] for line in held)
        thinner = min(on_left, len(held) - on_left)
        if (
            thinner >= _MIN_LINES_PER_BOX
            and len(held) >= _STRETCH_SHARE * len(beside)
            and (best is None or thinner > best[0])
        ):
            best = (thinner, Band(sum(strip) / 2, bottom, top), held)
    return best


def _extend(band: Band, lines: Sequence[TextLine]) -> Band:
    """The band grown up and down to the nearest lines that cross its gutter."""
    crossing = [line for line in lines if line.x0 < band.gutter - 1 < band.gutter + 1 < line.x1]
    above = [line.y0 for line in crossing if _middle(line) > band.high]
    below = [line.y1 for line in crossing if _middle(line) < band.low]
    return Band(band.gutter, max(below, default=-inf), min(above, default=inf))


def _middle(line: TextLine) -> float:
    return (line.y0 + line.y1) / 2


def find_gutter(boxes: Sequence[LTTextBox]) -> float | None:
    """The x of the gap between two columns, or None for a single-column page."""
    band = find_band(boxes, miner_lines(boxes))
    return None if band is None else band.gutter


def _rows_attached(lines: Sequence[TextLine], gutter: float) -> bool:
    """Whether the smaller side of ``gutter`` holds the other side's row labels.

    That is: most of its lines share a row with a line of the other side, and they are
    right-aligned (a tab stop, a date gutter), mostly hold a year, or include no heading
    (a table of "Programming | Python, Java"). A sidebar has headings of its own, even
    when its lines happen to fall on the main column's rows: it is a column.
    """
    left = [line for line in lines if line.x1 <= gutter]
    right = [line for line in lines if line.x0 >= gutter]
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    if not small:
        return True
    if _attached(small, large):
        edge = median(line.x1 for line in small)
        aligned = sum(abs(line.x1 - edge) <= _ALIGNED for line in small)
        if (
            aligned >= _ATTACHED_SHARE * len(small)
            or _dated(small)
            or not any(_is_heading(line) for line in small)
            or _label_column(small, large)
            or _heading_gutter(small, large)
        ):
            return True
    # Date cells that wrap ("2015 (retired," over "lapsed)") make the side of the labels
    # the longer one: a column of dates beside single-line entries is still rows.
    return _attached(large, small) and _dated(large)


def _attached(side: Sequence[TextLine], other: Sequence[TextLine]) -> bool:
    """Whether most lines of ``side`` share a row with a line of ``other``."""
    attached = sum(any(_same_row(line, beside) for beside in other) for line in side)
    return attached >= _ATTACHED_SHARE * len(side)


def _label_column(side: Sequence[TextLine], other: Sequence[TextLine]) -> bool:
    """Whether ``side`` is the label column of a layout table: its headings stand on rows
    of their own ("BERUFSERFAHRUNG"), each of its other lines (a date, "Programmierung")
    shares a row with the other side, and every heading of the other side (a bold job
    title) starts such a row. A sidebar's headings fall on the main column's rows only by
    chance, and the main column has section headings of its own."""
    for line in side:
        if _is_heading(line) == any(_same_row(line, beside) for beside in other):
            return False
    return all(any(_same_row(line, label) for label in side) for line in other if _is_heading(line))


def _heading_gutter(side: Sequence[TextLine], other: Sequence[TextLine]) -> bool:
    """Whether ``side`` holds only section headings, each on the row where its section
    starts ("Experience" in the left cell of a Word table, beside its first entry): the
    page is one column with its headings in the margin."""
    return len(side) >= 2 and all(
        _is_heading(line) and any(_same_row(line, beside) for beside in other) for line in side
    )


def _dated(side: Sequence[TextLine]) -> bool:
    """Whether half the lines of ``side`` or more hold a year (or "present")."""
    return sum(bool(_YEAR.search(line.get_text())) for line in side) >= 0.5 * len(side)


def _is_heading(line: TextLine) -> bool:
    """A short line without digits set apart by capitals or a bold face: "SKILLS",
    "Accreditations" in bold."""
    text = unspace(line.get_text().strip())
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or len(text.split()) > 4 or any(c.isdigit() for c in text):
        return False
    if all(c.isupper() for c in letters):
        return True
    fonts = line.fontnames()
    return bool(fonts) and all(_BOLD.search(font) for font in fonts)


def is_multi_column(boxes: Sequence[LTTextBox]) -> bool:
    """True when the page has two columns side by side."""
    return find_gutter(boxes) is not None


def ordered_text(boxes: Sequence[LTTextBox]) -> str:
    """The page's text in reading order (see the module docstring)."""
    return _ordered(boxes, miner_lines(boxes))


def ordered_lines(lines: list[TextLine], band: Band | None) -> str:
    """The text of a page's non-blank ``lines`` in reading order, given the page's
    ``find_band`` (found by a caller that also warns ``multi_column`` from it)."""
    if band is None:
        return _rows_text(lines) if lines else ""
    return _ordered((), lines)


def _ordered(boxes: Sequence[LTTextBox], lines: list[TextLine]) -> str:
    if not lines:
        return ""
    band = find_band(boxes, lines)
    if band is None:
        return _rows_text(lines)
    inside = [line for line in lines if band.low < _middle(line) < band.high]
    above = [line for line in lines if _middle(line) >= band.high]
    below = [line for line in lines if _middle(line) <= band.low]
    left = [line for line in inside if _middle_x(line) < band.gutter]
    right = [line for line in inside if _middle_x(line) >= band.gutter]
    rest = [box for box in boxes if (box.y0 + box.y1) / 2 <= band.low]
    after = _ordered(rest, below)
    # The page below the band goes on the column it lines up with: a floating text box
    # beside the main column comes after all of the main column, not in its middle.
    groups = [_rows_text(above) if above else "", _rows_text(left) if left else ""]
    column = _rows_text(right) if right else ""
    groups += [after, column] if below and _lines_up(below, left, right) else [column, after]
    return "\n\n".join(part for part in groups if part)


def _lines_up(below: list[TextLine], left: list[TextLine], right: list[TextLine]) -> bool:
    """Whether the lines below a band start where its left column's lines start."""
    if not left or not right:
        return False
    start = median(line.x0 for line in below)
    left_start, right_start = median(line.x0 for line in left), median(line.x0 for line in right)
    return abs(start - left_start) < abs(start - right_start) and len(left) > len(right)


def _middle_x(line: TextLine) -> float:
    return (line.x0 + line.x1) / 2


def _rows_text(lines: list[TextLine]) -> str:
    """Lines top to bottom, same-row lines joined by tabs, paragraph gaps kept."""
    ordered = sorted(lines, key=lambda line: (-line.y1, line.x0))
    rows: list[list[TextLine]] = []
    for line in ordered:
        if rows and _same_row(rows[-1][0], line):
            rows[-1].append(line)
        else:
            rows.append([line])
    height = median(line.height for line in lines) or 1.0
    margin = _margin_headings(lines)
    out: list[str] = []
    previous_bottom: float | None = None
    for row in rows:
        top = max(line.y1 for line in row)
        if previous_bottom is not None and previous_bottom - top > _PARAGRAPH_GAP * height:
            out.append("")
        row.sort(key=lambda line: line.x0)
        texts = [_capital_i(unspace(line.get_text().strip())) for line in row]
        if len(row) > 1 and id(row[0]) in margin:
            out.append(texts.pop(0))  # the section's heading on a line of its own
        out.append("\t".join(texts))
        previous_bottom = min(line.y0 for line in row)
    return "\n".join(out)


def _margin_headings(lines: Sequence[TextLine]) -> set[int]:
    """The headings set in a margin of their own, beside their sections' first rows (a
    Word table's left cells): two or more, and no other line starts left of their end."""
    left = min(line.x0 for line in lines)
    headings = [
        line
        for line in lines
        if line.x0 - left <= _ALIGNED
        and _is_heading(line)
        and any(_same_row(line, o) and o.x0 > line.x1 for o in lines)
    ]
    if len(headings) < 2:
        return set()
    edge = max(line.x1 for line in headings)
    in_margin = [line for line in lines if line.x0 < edge]
    if not all(_is_heading(line) for line in in_margin):
        return set()
    return {id(line) for line in in_margin}


_SPACED = re.compile(r"(?<!\S)(?:\S ){2,}\S(?!\S)")
# Letter-spaced capitals whose kerning joined some letters: "Z E RT IFIK AT E".
_SPACED_CAPS = re.compile(r"(?<!\S)(?:[^\W\d_]{1,4} ){3,}[^\W\d_]{1,4}(?!\S)")


def _join_spaced_caps(match: re.Match[str]) -> str:
    pieces = match.group().split(" ")
    letters = "".join(pieces)
    single = sum(len(piece) == 1 for piece in pieces)
    return letters if letters.isupper() and 2 * single >= len(pieces) else match.group()


def unspace(text: str) -> str:
    """Letter-spaced words joined again: CSS ``letter-spacing`` or LaTeX ``\\so`` makes
    pdfminer write "E X P E R I E N C E   P R O F E S S I O N N E L L E" (and, where the
    font's kerning pulls letters together, "Z E RT IFIK AT E")."""
    if " " not in text or (_SPACED.search(text) is None and _SPACED_CAPS.search(text) is None):
        return text
    joined = _SPACED_CAPS.sub(_join_spaced_caps, text)
    joined = _SPACED.sub(lambda m: m.group().replace(" ", ""), joined)
    return re.sub(r" {2,}", " ", joined)


_WORD_WITH_I = re.compile(r"\w*i\w*")


def _capital_i(text: str) -> str:
    """Capitals set in some small-caps fonts keep a lowercase i in their text layer
    ("ENGiNEERiNG", "EĞiTiM"): a word otherwise all capitals gets its capital I back."""
    if "i" not in text:
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        others = [c for c in word if c.isalpha() and c != "i"]
        return (
            word.replace("i", "I")
            if len(others) >= 2 and all(c.isupper() for c in others)
            else word
        )

    return _WORD_WITH_I.sub(fix, text)


def _same_row(first: TextLine, second: TextLine) -> bool:
    overlap = min(first.y1, second.y1) - max(first.y0, second.y0)
    return overlap >= 0.5 * min(first.height, second.height)
