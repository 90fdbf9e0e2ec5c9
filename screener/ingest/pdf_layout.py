"""Reading order on a PDF page from pdfminer's layout: columns, rows, paragraphs.

pdfminer groups lines into text boxes and orders the boxes; on résumés that order puts
a right-aligned date (its own one-line box) far from the job title it belongs to, and
sometimes above the section heading. So Screener orders *lines* itself:

1. A **gutter** is found where two text boxes of three or more lines stand side by side
   over two line heights or more (a right-aligned date beside a title is one line and
   does not count). The page then has a left and a right column.
2. Lines wholly left of the gutter form the left column, wholly right the right column;
   lines crossing it (a name banner, a footer) span the page. Spanning lines above the
   columns come first, then the left column, then the right column, then the rest.
3. Within each group, lines are sorted top to bottom; lines on the same row (vertical
   overlap of half a line or more) are joined left to right with a tab, so "Senior
   Engineer, Acme<tab>06/2019 – Present" stays one line. A vertical gap of more than
   0.9 line heights becomes a blank line (a paragraph break).
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from pdfminer.layout import LTTextBox, LTTextLine

_MIN_LINES_PER_BOX = 3
_MIN_GAP = 6.0  # points between the boxes' edges
_PARAGRAPH_GAP = 0.9  # line heights of empty space between rows


def find_gutter(boxes: Sequence[LTTextBox]) -> float | None:
    """The x of the gap between two columns, or None for a single-column page."""
    tall = [box for box in boxes if len(box) >= _MIN_LINES_PER_BOX]
    if len(tall) < 2:
        return None
    line_height = median(line.height for box in tall for line in box)
    for index, first in enumerate(tall):
        for second in tall[index + 1 :]:
            left, right = (first, second) if first.x0 <= second.x0 else (second, first)
            overlap = min(left.y1, right.y1) - max(left.y0, right.y0)
            if left.x1 + _MIN_GAP <= right.x0 and overlap >= 2 * line_height:
                return (left.x1 + right.x0) / 2
    return None


def is_multi_column(boxes: Sequence[LTTextBox]) -> bool:
    """True when the page has two columns side by side."""
    return find_gutter(boxes) is not None


def ordered_text(boxes: Sequence[LTTextBox]) -> str:
    """The page's text in reading order (see the module docstring)."""
    lines = [line for box in boxes for line in box if isinstance(line, LTTextLine)]
    lines = [line for line in lines if line.get_text().strip()]
    if not lines:
        return ""
    gutter = find_gutter(boxes)
    if gutter is None:
        return _rows_text(lines)
    left = [line for line in lines if line.x1 <= gutter]
    right = [line for line in lines if line.x0 >= gutter]
    spanning = [line for line in lines if line.x0 < gutter < line.x1]
    columns_top = max((line.y1 for line in left + right), default=0.0)
    above = [line for line in spanning if line.y0 >= columns_top]
    below = [line for line in spanning if line.y0 < columns_top]
    parts = [_rows_text(group) for group in (above, left, right, below) if group]
    return "\n\n".join(parts)


def _rows_text(lines: list[LTTextLine]) -> str:
    """Lines top to bottom, same-row lines joined by tabs, paragraph gaps kept."""
    ordered = sorted(lines, key=lambda line: (-line.y1, line.x0))
    rows: list[list[LTTextLine]] = []
    for line in ordered:
        if rows and _same_row(rows[-1][0], line):
            rows[-1].append(line)
        else:
            rows.append([line])
    height = median(line.height for line in lines) or 1.0
    out: list[str] = []
    previous_bottom: float | None = None
    for row in rows:
        top = max(line.y1 for line in row)
        if previous_bottom is not None and previous_bottom - top > _PARAGRAPH_GAP * height:
            out.append("")
        row.sort(key=lambda line: line.x0)
        out.append("\t".join(line.get_text().strip() for line in row))
        previous_bottom = min(line.y0 for line in row)
    return "\n".join(out)


def _same_row(first: LTTextLine, second: LTTextLine) -> bool:
    overlap = min(first.y1, second.y1) - max(first.y0, second.y0)
    return overlap >= 0.5 * min(first.height, second.height)
