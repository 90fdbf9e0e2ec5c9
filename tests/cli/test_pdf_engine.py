"""``--pdf-engine`` and ``SCREENER_PDF_ENGINE``: which library reads PDF text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli.main import app
from screener.cli.options import limits_from
from screener.settings import Settings
from tests import factory

runner = CliRunner()
NO_FLAGS = {"max_bytes": None, "max_pages": None, "max_chars": None, "timeout": None}


def test_the_setting_and_the_flag_choose_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().read_limits().pdf_engine == "pdfminer"
    monkeypatch.setenv("SCREENER_PDF_ENGINE", "pdfium")
    settings = Settings()
    assert settings.read_limits().pdf_engine == "pdfium"
    assert limits_from(settings, max_memory=None, **NO_FLAGS).pdf_engine == "pdfium"
    chosen = limits_from(settings, max_memory=None, pdf_engine="pdfminer", **NO_FLAGS)
    assert chosen.pdf_engine == "pdfminer"


@pytest.mark.parametrize("engine", ["pdfminer", "pdfium"])
def test_parse_reads_a_pdf_with_either_engine(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(factory.pdf_pages([factory.RESUME_LINES]))
    result = runner.invoke(
        app, ["parse", str(path), "--document", "--format", "json", "--pdf-engine", engine]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"].splitlines() == list(factory.RESUME_LINES)


def test_an_unknown_engine_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(factory.pdf_pages([["text"]]))
    result = runner.invoke(app, ["parse", str(path), "--pdf-engine", "poppler"])
    assert result.exit_code == 2
    assert "pdfminer or pdfium" in result.output
