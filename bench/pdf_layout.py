"""Measure pdfminer LAParams choices on two-column résumé layouts; prints a table.

Each synthetic page has a header, a sidebar and a main column (sidebar left or right,
of several widths and line spacings, with and without a header band). A configuration
scores a page as right when the extracted lines read header, then one column whole,
then the other column whole. Run: ``.venv/bin/python bench/pdf_layout.py``.
"""

from __future__ import annotations

import io
import sys
from itertools import product
from pathlib import Path

from pdfminer.high_level import extract_text
from pdfminer.layout import LAParams
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from screener.ingest.reader import read_document

SIDEBAR = [
    "CONTACT",
    "dana@example.com",
    "+1 555 0100",
    "SKILLS",
    "Python",
    "Java",
    "SQL and Spark",
    "EDUCATION",
    "B.S. Computer Science",
    "Purdue University",
    "LANGUAGES",
    "English, Spanish",
]
MAIN = [
    "EXPERIENCE",
    "Senior ML Engineer, Northwind Analytics",
    "Jan 2021 - Present",
    "Built ranking models in Python and served them",
    "from Java services on Kubernetes.",
    "ML Engineer, Contoso",
    "2018 - 2020",
    "Trained fraud models on Spark clusters",
    "and cut false positives by a third.",
    "PROJECTS",
    "Open-source feature store client",
]


def page(sidebar_left: bool, sidebar_width: float, leading: float, header: bool) -> bytes:
    """One two-column page as PDF bytes."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    top = 740.0
    if header:
        pdf.setFont("Helvetica-Bold", 20)
        pdf.drawString(40, top, "Dana Whitfield")
        top -= 44
    pdf.setFont("Helvetica", 10)
    side_x, main_x = (40, 60 + sidebar_width) if sidebar_left else (400, 40)
    for x, lines, step in ((side_x, SIDEBAR, leading + 2), (main_x, MAIN, leading)):
        y = top
        for line in lines:
            pdf.drawString(x, y, line)
            y -= step
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def correct(text: str, header: bool) -> bool:
    """Header first, then each column whole, in either column order."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if header:
        if not lines or lines[0] != "Dana Whitfield":
            return False
        lines = lines[1:]
    return lines in (SIDEBAR + MAIN, MAIN + SIDEBAR)


CONFIGS = {
    "pdfminer defaults (boxes_flow=0.5)": LAParams(),
    "line_margin=1.0, all_texts": LAParams(line_margin=1.0, all_texts=True),
    "boxes_flow=None (no flow ordering)": LAParams(boxes_flow=None),
    "boxes_flow=-0.5 (horizontal first)": LAParams(boxes_flow=-0.5),
    "boxes_flow=1.0 (vertical first)": LAParams(boxes_flow=1.0),
    "line_margin=0.3": LAParams(line_margin=0.3),
    "line_margin=0.8": LAParams(line_margin=0.8),
    "line_margin=2.0": LAParams(line_margin=2.0),
    "char_margin=1.0": LAParams(char_margin=1.0),
}


def main() -> None:
    cases = list(product([True, False], [140.0, 170.0, 200.0], [12.0, 14.0, 16.0], [True, False]))
    pages = [(page(*case), case[3]) for case in cases]
    samples = sorted(Path("sample_resumes").glob("*.pdf")) if len(sys.argv) < 2 else []
    print(f"{len(pages)} synthetic two-column pages; {len(samples)} sample PDFs (timed only)")
    print(f"{'configuration':40} {'right':>7}")
    right = sum(correct(read_document(data, "cv.pdf").text, header) for data, header in pages)
    print(f"{'screener line order (chosen)':40} {right:>3}/{len(pages)}")
    for name, params in CONFIGS.items():
        right = sum(
            correct(extract_text(io.BytesIO(data), laparams=params), header)
            for data, header in pages
        )
        print(f"{name:40} {right:>3}/{len(pages)}")


if __name__ == "__main__":
    main()
