"""OCR of scanned PDFs (Tesseract through pypdfium2's rendering): off by default, and
with it on the bundled scan's facts are found; its time limit is kept. On CI (``$CI``)
the tests fail rather than skip when Tesseract is missing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli.main import app
from screener.errors import ParseTimeout
from screener.ingest.limits import Limits
from screener.ingest.ocr import tesseract_available
from screener.ingest.reader import read_document
from screener.stages import profile

SCAN = Path(__file__).resolve().parents[2] / "sample_resumes" / "hiroshi_tanaka_scan.pdf"


@pytest.fixture(autouse=True)
def _tesseract() -> None:
    if not tesseract_available():
        reason = "Tesseract is not installed (apt-get install tesseract-ocr)"
        if os.environ.get("CI"):
            pytest.fail(f"OCR tests must run on CI: {reason}", pytrace=False)
        pytest.skip(reason)


def test_a_scan_stays_unread_without_ocr() -> None:
    document = read_document(SCAN.read_bytes(), SCAN.name)
    assert document.has_warning("no_text_layer")
    assert not document.has_warning("ocr_text")


def test_ocr_reads_the_scan_well_enough_to_find_its_facts() -> None:
    document = read_document(SCAN.read_bytes(), SCAN.name, Limits(ocr=True))
    assert document.has_warning("ocr_text")
    assert not document.has_warning("no_text_layer")
    found = profile(document, as_of="2026-11")
    assert {"python", "java"} <= {skill.id for skill in found.skills}
    assert found.degrees, "the degree line was read"
    assert found.experience.total_months >= 60  # Apr 2017 – Present, as the scan says


def test_ocr_keeps_its_time_limit() -> None:
    with pytest.raises(ParseTimeout):
        read_document(SCAN.read_bytes(), SCAN.name, Limits(ocr=True, ocr_timeout_s=0.01))


def test_the_cli_flag_turns_it_on() -> None:
    result = CliRunner().invoke(app, ["parse", str(SCAN), "--ocr", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "Python" in result.stdout
