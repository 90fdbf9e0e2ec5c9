"""Cheap geometry on pdfminer's layout: is a page laid out in columns?"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from pdfminer.layout import LTTextBox

_MIN_LINES_PER_BOX = 3
_MIN_GAP = 6.0  # points between the boxes' edges


def is_multi_column(boxes: Sequence[LTTextBox]) -> bool:
    """True when two boxes of several lines each stand side by side.

    A right-aligned date beside a job title makes a one-line box next to another, so a
    column needs at least three lines on each side and an overlap of two line heights.
    """
    tall = [box for box in boxes if len(box) >= _MIN_LINES_PER_BOX]
    if len(tall) < 2:
        return False
    line_height = median(line.height for box in tall for line in box)
    for index, left in enumerate(tall):
        for right in tall[index + 1 :]:
            side_by_side = left.x1 + _MIN_GAP <= right.x0 or right.x1 + _MIN_GAP <= left.x0
            overlap = min(left.y1, right.y1) - max(left.y0, right.y0)
            if side_by_side and overlap >= 2 * line_height:
                return True
    return False
