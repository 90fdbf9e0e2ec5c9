"""Limits that keep one hostile or broken file from hurting anyone else.

Every limit has a default suited to résumés and can be changed by a caller, the CLI's
flags or the API's settings. Byte, page, decompression and character limits are checked
while reading; time and memory are enforced by the parse worker (see ``screener.workers``),
which is killed and replaced when a file runs over.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MIB = 1024 * 1024
PdfEngine = Literal["pdfminer", "pdfium"]
"""The libraries that can read a PDF's text (``screener.ingest.reader``)."""
DEFAULT_PDF_ENGINE: PdfEngine = "pdfminer"


class Limits(BaseModel):
    """Resource limits for reading one file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_bytes: int = Field(default=10 * MIB, gt=0, description="Largest accepted file.")
    max_pages: int = Field(default=30, gt=0, description="Most pages read from a PDF.")
    max_decompressed_bytes: int = Field(
        default=64 * MIB,
        gt=0,
        description="Most bytes that a file's compressed streams or zip entries may inflate to.",
    )
    max_zip_entries: int = Field(default=2000, gt=0, description="Most entries in a DOCX zip.")
    max_compression_ratio: float = Field(
        default=200.0,
        gt=1,
        description="Highest inflate ratio accepted for a zip entry larger than 1 MiB.",
    )
    max_chars: int = Field(default=200_000, gt=0, description="Most characters of text.")
    timeout_s: float = Field(default=20.0, gt=0, description="Wall time for one file.")
    max_memory_mb: int = Field(
        default=512, gt=0, description="Memory one parse may add to its worker process."
    )
    strict_types: bool = Field(
        default=False,
        description="Refuse a file whose name's extension names another format than its "
        "content (type_mismatch) instead of reading it by its content with a warning.",
    )
    require_text: bool = Field(
        default=False,
        description="Raise no_text_layer for an image-only document instead of warning.",
    )
    ocr: bool = Field(
        default=False,
        description="Read PDF pages that are images (scans) with Tesseract OCR.",
    )
    pdf_engine: PdfEngine = Field(
        default=DEFAULT_PDF_ENGINE,
        description="The library that reads PDF text: pdfminer (pdfminer.six) or pdfium "
        "(PDFium through pypdfium2); both feed the same reading order and hidden-text rules.",
    )
    ocr_timeout_s: float = Field(
        default=60.0, gt=0, description="Wall time for the OCR of one document's pages."
    )

    @property
    def worker_timeout_s(self) -> float:
        """The wall time a parse worker may take for one file: OCR's time added when on."""
        return self.timeout_s + (self.ocr_timeout_s if self.ocr else 0.0)


DEFAULT_LIMITS = Limits()
