"""PDF résumés with PDFium (pypdfium2): the pdfminer engine's text, several times faster.

PDFium parses the file and gives each character with its box; from there the text goes
the pdfminer engine's way (``screener.ingest.pdf``): the characters are grouped into lines
by pdfminer's rules (``pdf_chars``), ordered by Screener's reading order (``pdf_layout``),
and turned into the page's text and warnings by the same code (``pdf_pages``). The same
limits apply: the page count is checked before any page is read, the file's Flate streams
are inflated under the decompression budget first (``guards.check_flate_streams``), and
time and memory are the parse worker's. The same glyphs are hidden (``pdfium_page``).

PDFium is not thread-safe: one lock serialises its use within a process (parse workers
are processes, each with its own).
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2  # noqa: F401 - importing it initialises the PDFium library
import pypdfium2.raw as pdfium_c

from screener.errors import Corrupt, Encrypted, ScreenerError, TooManyPages
from screener.ingest.extracted import Extracted
from screener.ingest.guards import check_flate_streams
from screener.ingest.limits import Limits
from screener.ingest.pdf_pages import finish, record_page
from screener.ingest.pdfium_page import read_page

_LOCK = threading.Lock()


def read_pdf_pdfium(data: bytes, limits: Limits) -> Extracted:
    """Extract the text of each page of a PDF; raise a ``ScreenerError`` when it cannot."""
    check_flate_streams(data, limits.max_decompressed_bytes)
    try:
        with _LOCK, _open(data) as document:
            return _read(document, data, limits)
    except (ScreenerError, MemoryError):
        raise
    except Exception as exc:  # a damaged page or object PDFium could not read
        raise Corrupt(f"The PDF is damaged ({type(exc).__name__}).") from exc


@contextmanager
def _open(data: bytes) -> Iterator[ctypes.c_void_p]:
    """The PDFium document for ``data`` (an empty user password is tried, as pdfminer does)."""
    buffer = ctypes.create_string_buffer(data, len(data))  # must outlive the document
    document = pdfium_c.FPDF_LoadMemDocument64(buffer, len(data), None)
    if not document:
        code = pdfium_c.FPDF_GetLastError()
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise Encrypted("The PDF is password-protected.")
        raise Corrupt(f"The PDF is damaged (PDFium error {code}).")
    try:
        yield document
    finally:
        pdfium_c.FPDF_CloseDocument(document)
        del buffer


def _read(document: ctypes.c_void_p, data: bytes, limits: Limits) -> Extracted:
    count = pdfium_c.FPDF_GetPageCount(document)
    if count > limits.max_pages:
        raise TooManyPages(
            f"The PDF has {count} pages; the limit is {limits.max_pages}.",
            pages=count,
            limit=limits.max_pages,
        )
    if count <= 0:
        raise Corrupt("The PDF has no pages.")
    result = Extracted(pages=[])
    scanned: list[int] = []
    for number in range(1, count + 1):
        page = pdfium_c.FPDF_LoadPage(document, number - 1)
        if not page:
            raise Corrupt(f"The PDF is damaged (page {number} could not be read).")
        try:
            read = read_page(page)
        finally:
            pdfium_c.FPDF_ClosePage(page)
        record_page(result, number, read, scanned)
    return finish(data, result, scanned, limits)
