"""Both PDF engines (pdfminer.six and PDFium) under the same reading order, limits and
hidden-text rules: each behaviour is checked with each engine, and the engines' texts are
compared on real producers' files."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.errors import ArchiveBomb, Corrupt, Encrypted, TooManyPages
from screener.ingest.limits import Limits, PdfEngine
from screener.ingest.reader import read_document
from screener.models import Document
from tests import factory
from tests.ingest import test_pdf

ENGINES: list[PdfEngine] = ["pdfminer", "pdfium"]
SAMPLES = Path(__file__).resolve().parents[2] / "sample_resumes"
# Producers whose files both engines read to the same text (README: the measured share).
SAME_TEXT = [
    "latex-classes/annika_sorensen.pdf",
    "latex-templates/claire_bennett.pdf",
    "libreoffice-exports/aroha_ngata_lo.pdf",
    "browser/bram_de_jong.pdf",
    "eleanor_whitfield.pdf",
]


def read(data: bytes, engine: PdfEngine, name: str = "cv.pdf", **limits: object) -> Document:
    return read_document(data, name, Limits(pdf_engine=engine, **limits))  # type: ignore[arg-type]


@pytest.mark.parametrize("engine", ENGINES)
def test_reads_lines_in_order_with_page_offsets(engine: PdfEngine) -> None:
    data = factory.pdf_pages([factory.RESUME_LINES, ["second page text"]])
    document = read(data, engine)
    first, second = (document.text[p.start : p.end] for p in document.pages)
    assert first.splitlines() == list(factory.RESUME_LINES)
    assert second == "second page text"
    assert document.warnings == ()


@pytest.mark.parametrize("engine", ENGINES)
def test_two_columns_are_read_one_after_the_other(engine: PdfEngine) -> None:
    left, right = test_pdf.LEFT, test_pdf.RIGHT
    document = read(factory.pdf_two_columns(left, right, "Dana Whitfield"), engine)
    assert [line for line in document.text.splitlines() if line] == [
        "Dana Whitfield",
        *left,
        *right,
    ]
    assert document.has_warning("multi_column")


@pytest.mark.parametrize("engine", ENGINES)
def test_right_aligned_dates_stay_on_their_rows(engine: PdfEngine) -> None:
    rows = [("Senior Engineer, Acme Corp", "06/2019 \u2013 Present"), ("Engineer, Initech", "2016")]
    lines = read(factory.pdf_title_date_rows(rows), engine).text.splitlines()
    for title, dates in rows:
        assert f"{title}\t{dates}" in lines


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("how", ["invisible", "white", "tiny"])
def test_hidden_text_is_left_out_and_reported(engine: PdfEngine, how: str) -> None:
    document = read(
        factory.pdf_hidden_text("Visible summary", "Python Java Kubernetes", how), engine
    )
    assert "Visible summary" in document.text
    assert "Python" not in document.text
    assert document.has_warning("hidden_text")


@pytest.mark.parametrize("engine", ENGINES)
def test_white_text_on_a_dark_shape_is_kept(engine: PdfEngine) -> None:
    data = factory.pdf_hidden_text("Visible summary", "Sidebar Python Java", "white-on-dark")
    document = read(data, engine)
    assert "Sidebar Python Java" in document.text
    assert not document.has_warning("hidden_text")


@pytest.mark.parametrize("engine", ENGINES)
def test_both_engines_count_the_same_hidden_glyphs(engine: PdfEngine) -> None:
    data = factory.pdf_hidden_text("Visible summary", "Python Java Kubernetes", "invisible")
    warning = next(w for w in read(data, engine).warnings if w.code == "hidden_text")
    assert warning.count == len("Python Java Kubernetes")


@pytest.mark.parametrize("engine", ENGINES)
def test_an_image_only_page_has_no_text_layer(engine: PdfEngine) -> None:
    assert read(factory.pdf_image_only(), engine, "scan.pdf").has_warning("no_text_layer")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_user_password_is_refused_and_an_empty_one_read(engine: PdfEngine) -> None:
    with pytest.raises(Encrypted):
        read(factory.pdf_encrypted("secret"), engine)
    assert "Python" in read(factory.pdf_encrypted(""), engine).text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("cut", [20, 200, 700])
def test_a_truncated_pdf_is_corrupt(engine: PdfEngine, cut: int) -> None:
    with pytest.raises(Corrupt):
        read(factory.pdf_pages([factory.RESUME_LINES])[:cut], engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_too_many_pages_are_refused(engine: PdfEngine) -> None:
    with pytest.raises(TooManyPages):
        read(factory.pdf_many_pages(40), engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_flate_bomb_is_stopped_by_the_decompression_budget(
    engine: PdfEngine, flate_bomb: bytes
) -> None:
    with pytest.raises(ArchiveBomb):
        read(flate_bomb, engine)


@pytest.mark.parametrize("sample", SAME_TEXT)
def test_both_engines_read_real_producers_alike(sample: str) -> None:
    path = SAMPLES / sample
    if not path.exists():
        pytest.skip(f"{sample} is not in this checkout")
    data = path.read_bytes()
    miner, pdfium = read(data, "pdfminer", path.name), read(data, "pdfium", path.name)
    assert pdfium.text == miner.text
    assert pdfium.warnings == miner.warnings
