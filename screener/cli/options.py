"""Options shared by the commands that read files: limits, workers, as-of.

Only typer is imported here at start-up (``screener --help`` reads these); the settings
and limits models are imported when a command runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from screener.ingest.limits import Limits
    from screener.settings import Settings

Workers = Annotated[int | None, typer.Option(help="Parse workers (default: all cores).", min=1)]
MaxBytes = Annotated[int | None, typer.Option(help="Largest file, in MiB.", min=1)]
MaxPages = Annotated[int | None, typer.Option(help="Most pages per PDF.", min=1)]
MaxChars = Annotated[int | None, typer.Option(help="Most characters of text.", min=1)]
Timeout = Annotated[float | None, typer.Option(help="Seconds per file.", min=0.1)]
MaxMemory = Annotated[int | None, typer.Option(help="MiB of memory per parse.", min=64)]
Ocr = Annotated[
    bool | None,
    typer.Option(
        "--ocr/--no-ocr",
        help="Read scanned PDF pages with Tesseract OCR (default: SCREENER_LIMITS__OCR, off).",
    ),
]
PdfEngineOption = Annotated[
    str | None,
    typer.Option(
        "--pdf-engine",
        help="pdfminer or pdfium: the library that reads PDF text "
        "(default: SCREENER_PDF_ENGINE, else pdfminer).",
    ),
]
PDF_ENGINES = ("pdfminer", "pdfium")
AsOf = Annotated[
    str | None,
    typer.Option(help="Resolve 'Present' and count experience as of YYYY-MM[-DD] (default: now)."),
]


def limits_from(
    settings: Settings,
    *,
    max_bytes: int | None,
    max_pages: int | None,
    max_chars: int | None,
    timeout: float | None,
    max_memory: int | None,
    ocr: bool | None = None,
    pdf_engine: str | None = None,
) -> Limits:
    """The settings' limits with any command-line flag laid over them."""
    from screener.ingest.limits import MIB

    if pdf_engine is not None and pdf_engine not in PDF_ENGINES:
        raise typer.BadParameter("choose pdfminer or pdfium", param_hint="--pdf-engine")

    overrides = {
        "max_bytes": max_bytes * MIB if max_bytes else None,
        "max_pages": max_pages,
        "max_chars": max_chars,
        "timeout_s": timeout,
        "max_memory_mb": max_memory,
        "ocr": ocr,
        "pdf_engine": pdf_engine,
    }
    given = {key: value for key, value in overrides.items() if value is not None}
    return settings.read_limits().model_copy(update=given)


def checked_as_of(value: str | None) -> str:
    """The as-of month as YYYY-MM, or a usage error."""
    from screener.months import parse_as_of

    try:
        return str(parse_as_of(value))
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--as-of") from error
