"""TeX bitmap fonts coded in T1 (pdflatex, T1 fontenc, no cm-super): their codes are read
in the Cork encoding, not as Adobe's StandardEncoding ("é" was "Ø")."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfminer.psparser import LIT

from screener.ingest.reader import read_document
from screener.ingest.tex_fonts import _is_t1_coded, t1_codes

SAMPLES = Path(__file__).resolve().parents[2] / "sample_resumes"


def _spec(*entries: object) -> dict[str, object]:
    return {"Subtype": LIT("Type3"), "Encoding": {"Differences": list(entries)}}


@pytest.mark.parametrize(
    ("spec", "t1"),
    [
        (_spec(97, LIT("a97"), LIT("a98"), 233, LIT("a233")), True),  # é at 233: T1 only
        (_spec(21, LIT("a21"), 28, LIT("a28"), 97, LIT("a97")), True),  # – and fi
        (_spec(67, LIT("a67"), 68, LIT(".notdef"), 97, LIT("a97")), False),  # ASCII only
        (_spec(12, LIT("a12"), 233, LIT("a233")), False),  # OT1's fi at 12
        (_spec(233, LIT("eacute")), False),  # real glyph names: pdfminer reads them
        ({"Subtype": LIT("Type3")}, False),
    ],
)
def test_which_fonts_are_t1_coded(spec: dict[str, object], t1: bool) -> None:
    assert _is_t1_coded(spec) is t1


def test_the_cork_table() -> None:
    codes = t1_codes()
    assert (codes[233], codes[232], codes[28], codes[21], codes[39]) == ("é", "è", "fi", "–", "’")
    assert (codes[0xD7], codes[0xFF], codes[138]) == ("Œ", "ß", "Ł")


def test_a_europecv_pdf_in_bitmap_fonts_reads_in_french() -> None:
    pdf = SAMPLES / "holdout" / "set-e" / "camille_lefevre.pdf"  # pdflatex, T1, Type3 fonts
    text = read_document(pdf.read_bytes(), pdf.name).text
    for words in ("Prénom(s)", "Lefèvre", "Expérience", "avril 2021 – aujourd’hui", "fin d’études"):
        assert words in text
    assert "Ø" not in text
