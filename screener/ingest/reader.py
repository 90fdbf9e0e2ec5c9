"""``read_document``: bytes and a file name in, a normalised ``Document`` out.

This is the in-process entry point; it enforces the byte, page, decompression and
character limits itself. Time and memory limits need a process that can be killed:
untrusted files go through ``screener.stages.ParserPool``, whose workers call
this function.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from screener.errors import (
    Corrupt,
    EmptyFile,
    NoTextLayer,
    ScreenerError,
    TextTooLong,
    TooLarge,
)
from screener.ingest.docx import read_docx
from screener.ingest.extracted import Extracted
from screener.ingest.jsonresume import read_json_resume
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.ingest.normalize import normalise_text
from screener.ingest.pdf import read_pdf
from screener.ingest.sniff import Kind, sniff
from screener.ingest.text import read_text
from screener.models import Document, MediaType, Page, Source
from screener.models.warning_codes import WarningCode


def _read_pdf(data: bytes, limits: Limits) -> Extracted:
    """The PDF read by the engine ``limits.pdf_engine`` names."""
    if limits.pdf_engine == "pdfium":
        from screener.ingest.pdfium_reader import read_pdf_pdfium

        return read_pdf_pdfium(data, limits)
    return read_pdf(data, limits)


_READERS: dict[Kind, Callable[[bytes, Limits], Extracted]] = {
    "pdf": _read_pdf,
    "docx": read_docx,
    "text": lambda data, limits: read_text(data),
    "jsonresume": lambda data, limits: read_json_resume(data),
}
MEDIA_TYPES: dict[Kind, MediaType] = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text": "text/plain",
    "jsonresume": "application/json",
}
PAGE_SEPARATOR = "\n"


def read_document(
    data: bytes, filename: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Read a résumé file into a ``Document``, or raise a ``screener.errors.InputError``.

    The format is detected from the bytes (see ``sniff``); ``filename`` only names the
    source and reveals a mismatch between extension and content.
    """
    if not data:
        raise EmptyFile()
    if len(data) > limits.max_bytes:
        raise TooLarge(
            f"The file has {len(data):,} bytes; the limit is {limits.max_bytes:,}.",
            size=len(data),
            limit=limits.max_bytes,
        )
    try:
        sniffed = sniff(data, filename, strict=limits.strict_types)
        extracted = _READERS[sniffed.kind](data, limits)
    except (ScreenerError, MemoryError):
        raise
    except Exception as exc:  # a parser library failing on malformed input: still corrupt
        raise Corrupt(f"The file is damaged ({type(exc).__name__}).") from exc
    if sniffed.claimed:
        extracted.warn(
            WarningCode.TYPE_MISMATCH,
            f"The file is named as {sniffed.claimed.upper()} "
            f"but is {sniffed.kind.upper()}; it was read as {sniffed.kind.upper()}.",
        )
    source = Source(
        filename=filename,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=MEDIA_TYPES[sniffed.kind],
        size=len(data),
        encoding=extracted.encoding,
    )
    return assemble(extracted, source, limits)


def assemble(extracted: Extracted, source: Source, limits: Limits) -> Document:
    """Normalise each page, join the pages, and check what the text says about the file."""
    texts: list[str] = []
    pages: list[Page] = []
    offset = removed = hidden_in_words = mixed = controls = 0
    for number, raw in enumerate(extracted.pages, start=1):
        page = normalise_text(raw)
        texts.append(page.text)
        pages.append(Page(number=number, start=offset, end=offset + len(page.text)))
        offset += len(page.text) + len(PAGE_SEPARATOR)
        removed += page.invisible_removed
        hidden_in_words += page.hidden_in_words
        mixed += page.mixed_script_words
        controls += page.controls_removed
    text = PAGE_SEPARATOR.join(texts)
    if len(text) > limits.max_chars:
        raise TextTooLong(
            f"The document has {len(text):,} characters; the limit is {limits.max_chars:,}.",
            chars=len(text),
            limit=limits.max_chars,
        )
    if hidden_in_words or mixed:
        extracted.warn(
            WarningCode.OBFUSCATED_TEXT,
            "Invisible characters or look-alike letters from "
            "other alphabets were found inside words.",
            count=hidden_in_words + mixed,
        )
    if controls:
        extracted.warn(
            WarningCode.CONTROL_CHARACTERS_REMOVED,
            "Control characters were removed.",
            count=controls,
        )
    _check_has_text(text, extracted, source, limits)
    return Document(
        text=text,
        pages=tuple(pages),
        source=source,
        warnings=tuple(extracted.warnings),
        removed_characters=removed,
    )


def _check_has_text(text: str, extracted: Extracted, source: Source, limits: Limits) -> None:
    if text.strip():
        return
    if source.media_type != "application/pdf":
        raise EmptyFile("The document contains no text.")
    if not any(warning.code == WarningCode.NO_TEXT_LAYER for warning in extracted.warnings):
        extracted.warn(WarningCode.NO_TEXT_LAYER, "The PDF has no extractable text.")
    if limits.require_text:
        raise NoTextLayer()
