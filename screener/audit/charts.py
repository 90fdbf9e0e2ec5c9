"""Bar charts of rates and impact ratios, laid out from the data for inline SVG.

Only the geometry is computed here (numbers); the HTML template writes the ``<svg>``
elements and escapes every label. Each chart has one row per group and two panels: the
rate (0–100 %) and the impact ratio (0–1, with the four-fifths line at 0.8).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from screener.audit.models import FOUR_FIFTHS, GroupRow
from screener.audit.text import percent, ratio

LABEL_WIDTH = 220
PANEL_WIDTH = 280
GAP = 60
ROW_HEIGHT = 22
BAR_HEIGHT = 14
TOP = 28
BOTTOM = 10
MAX_LABEL = 30


@dataclass(frozen=True, slots=True)
class ChartRow:
    """One group's bars: where they stand, how long they are, what they say."""

    label: str
    short: str
    y: float
    text_y: float
    rate_width: float
    rate_text: str
    ratio_width: float
    ratio_text: str
    kind: str  # "flagged", "excluded" or "ok" (the CSS class of the bars)


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart's size, its panels' positions and its rows."""

    width: int
    height: int
    rate_x: int
    ratio_x: int
    panel_width: int
    threshold_x: float
    rows: tuple[ChartRow, ...]


def bar_chart(rows: Sequence[GroupRow]) -> Chart:
    """The chart of ``rows``: rates on the left, impact ratios on the right."""
    rate_x = LABEL_WIDTH
    ratio_x = LABEL_WIDTH + PANEL_WIDTH + GAP
    laid: list[ChartRow] = []
    for index, row in enumerate(rows):
        y = TOP + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
        ratio_value = min(row.impact_ratio or 0.0, 1.0)
        laid.append(
            ChartRow(
                label=row.group,
                short=_short(row.group),
                y=y,
                text_y=y + BAR_HEIGHT - 3,
                rate_width=round(row.rate * PANEL_WIDTH, 1),
                rate_text=percent(row.rate),
                ratio_width=round(ratio_value * PANEL_WIDTH, 1),
                ratio_text=ratio(row.impact_ratio) if not row.excluded else "excluded",
                kind="excluded" if row.excluded else ("flagged" if row.four_fifths_flag else "ok"),
            )
        )
    return Chart(
        width=ratio_x + PANEL_WIDTH + 60,
        height=TOP + len(rows) * ROW_HEIGHT + BOTTOM,
        rate_x=rate_x,
        ratio_x=ratio_x,
        panel_width=PANEL_WIDTH,
        threshold_x=ratio_x + FOUR_FIFTHS * PANEL_WIDTH,
        rows=tuple(laid),
    )


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"
