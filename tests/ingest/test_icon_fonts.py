"""Glyphs of icon fonts (Font Awesome and the like) are pictures: their text layer names
the icon ("Calendar", "Map-marker"), which both PDF engines leave out."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import reportlab
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from screener.ingest.icon_fonts import is_icon_font
from screener.ingest.limits import Limits, PdfEngine
from screener.ingest.reader import read_document

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def _pdf_with_icons() -> bytes:
    """A line drawn as "<icon>sep. 2021 – heden  <icon>Utrecht", the icons being words
    set in a font named like Font Awesome's (Vera's glyphs, its PDF name replaced by one
    of the same length so the file's offsets stay right)."""
    pdfmetrics.registerFont(TTFont("FontAwesome5Free-Solid", str(VERA)))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    y = 700.0
    for icon, text in [("Calendar", "sep. 2021 – heden"), ("Map-marker", "Utrecht")]:
        pdf.setFont("FontAwesome5Free-Solid", 10)
        pdf.drawString(72, y, icon)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72 + pdfmetrics.stringWidth(icon, "FontAwesome5Free-Solid", 10) + 3, y, text)
        y -= 14
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    assert b"BitstreamVeraSans-Roman" in data
    return data.replace(b"BitstreamVeraSans-Roman", b"FontAwesome5Free-Solid1")


@pytest.mark.parametrize("engine", ["pdfminer", "pdfium"])
def test_icon_glyphs_are_left_out(engine: PdfEngine) -> None:
    document = read_document(_pdf_with_icons(), "cv.pdf", Limits(pdf_engine=engine))
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    assert lines == ["sep. 2021 – heden", "Utrecht"]
    assert not document.has_warning("hidden_text")  # an icon hides nothing from a reader


@pytest.mark.parametrize(
    ("font", "icon"),
    [
        ("SDYAEX+FontAwesome5Free-Solid", True),
        ("LOYQTL+FontAwesome5Brands-Regular", True),
        ("MaterialIcons-Regular", True),
        ("Academicons", True),
        ("CQGWXQ+Roboto-Regular", False),
        ("Helvetica-Bold", False),
        ("Symbol", False),  # real letters (Greek, maths), not pictures
    ],
)
def test_icon_fonts_are_known_by_name(font: str, icon: bool) -> None:
    assert is_icon_font(font) is icon
