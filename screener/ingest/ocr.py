"""Text for scanned PDF pages, by OCR: pypdfium2 renders the page, Tesseract reads it.

Used only when ``Limits.ocr`` is on, for pages that carry images and (almost) no text.
Tesseract (Debian's ``tesseract-ocr``) runs as a child process of the parse worker, with
``Limits.ocr_timeout_s`` for the whole document, so a slow scan is stopped like any other
hostile file (``parse_timeout``) and the worker's own limit covers it too. The page image
goes to Tesseract on its stdin as a greyscale PGM (no temporary file, no Pillow); its text
comes back on stdout. Nothing of the text is logged.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from screener.errors import ParseFailed, ParseTimeout

if TYPE_CHECKING:
    from pypdfium2 import PdfPage

DPI = 300  # Tesseract reads body text best at 300 dpi
_LANGUAGES = "eng"


def tesseract_available() -> bool:
    """Whether the ``tesseract`` program is installed."""
    return shutil.which("tesseract") is not None


def ocr_pages(data: bytes, numbers: Sequence[int], timeout_s: float) -> dict[int, str]:
    """The OCR text of each page in ``numbers`` (1-based) of the PDF ``data``."""
    if not tesseract_available():
        raise ParseFailed("OCR was asked for but Tesseract is not installed.", reason="ocr")
    import pypdfium2 as pdfium

    deadline = time.monotonic() + timeout_s
    found: dict[int, str] = {}
    document = pdfium.PdfDocument(data)
    try:
        for number in numbers:
            image = _page_pgm(document[number - 1])
            left = deadline - time.monotonic()
            if left <= 0:
                raise ParseTimeout("OCR ran past its time limit.", limit=timeout_s)
            found[number] = _tesseract(image, left, timeout_s)
    finally:
        document.close()
    return found


def _page_pgm(page: PdfPage) -> bytes:
    """The page rendered in greyscale at ``DPI``, as a binary PGM image."""
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    try:
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        raw = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    rows = b"".join(raw[row * stride : row * stride + width] for row in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows


def _tesseract(image: bytes, left_s: float, limit_s: float) -> str:
    """Tesseract's text for one page image."""
    try:
        run = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", _LANGUAGES, "--psm", "3"],
            input=image,
            capture_output=True,
            timeout=left_s,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise ParseTimeout("OCR ran past its time limit.", limit=limit_s) from error
    if run.returncode != 0:
        raise ParseFailed("Tesseract could not read a page.", reason="ocr")
    return run.stdout.decode("utf-8", errors="replace")
