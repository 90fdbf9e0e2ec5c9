"""What both PDF engines do with a page once its lines are read: text, warnings, scans.

An engine (``screener.ingest.pdf`` for pdfminer.six, ``screener.ingest.pdfium_reader`` for
PDFium) reads each page into a ``PageRead``; ``record_page`` turns it into the page's text
and warnings in one way for both, and ``finish`` reads scanned pages by OCR (when asked)
and warns about those left without text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from screener.ingest.extracted import Extracted
from screener.ingest.limits import Limits
from screener.ingest.ocr import ocr_pages
from screener.models.warning_codes import WarningCode

SCANNED_PAGE_MAX_CHARS = 10
_CID_BULLET = re.compile(r"^\(cid:\d+\)", re.MULTILINE)
_CID = re.compile(r"\(cid:\d+\)")


class PageRead(NamedTuple):
    """One page as an engine read it."""

    text: str
    """The page's text in reading order, unmapped glyphs written ``(cid:N)``."""
    has_images: bool
    multi_column: bool
    hidden: int
    """Glyphs left out as hidden."""


def record_page(result: Extracted, number: int, page: PageRead, scanned: list[int]) -> None:
    """Add page ``number``'s text and warnings to ``result``; note it in ``scanned`` when it
    is an image with (almost) no text.

    An engine writes a glyph it cannot map to Unicode as ``(cid:N)``: at the start of a
    line that is a bullet symbol; elsewhere the glyph is dropped and counted.
    """
    text = _CID_BULLET.sub("\u2022", page.text)
    text, unmapped = _CID.subn("", text)
    if unmapped:
        result.warn(
            WarningCode.UNMAPPED_GLYPHS,
            "Some characters have no Unicode mapping and were left out.",
            count=unmapped,
            pages=(number,),
        )
    result.pages.append(text)
    if page.has_images and len("".join(text.split())) < SCANNED_PAGE_MAX_CHARS:
        scanned.append(number)
    if page.multi_column:
        result.warn(WarningCode.MULTI_COLUMN, "Text is laid out in columns.", pages=(number,))
    if page.hidden:
        result.warn(
            WarningCode.HIDDEN_TEXT,
            "Hidden text was found and left out.",
            count=page.hidden,
            pages=(number,),
        )


def finish(data: bytes, result: Extracted, scanned: list[int], limits: Limits) -> Extracted:
    """OCR for the scanned pages when ``limits.ocr``; warnings for pages without text."""
    if scanned and limits.ocr:
        scanned = _read_scans(data, result, scanned, limits)
    _warn_scanned(result, scanned)
    return result


def _read_scans(data: bytes, result: Extracted, scanned: list[int], limits: Limits) -> list[int]:
    """Put the OCR text of the scanned pages in place; the pages still without text."""
    read = ocr_pages(data, scanned, limits.ocr_timeout_s)
    for number, text in read.items():
        result.pages[number - 1] = text
    with_text = tuple(n for n, text in read.items() if text.strip())
    if with_text:
        result.warn(
            WarningCode.OCR_TEXT, "Pages without a text layer were read by OCR.", pages=with_text
        )
    return [n for n in scanned if n not in with_text]


def _warn_scanned(result: Extracted, scanned: list[int]) -> None:
    if not scanned:
        return
    if len(scanned) == len(result.pages):
        result.warn(
            WarningCode.NO_TEXT_LAYER,
            "The PDF has no text layer (scanned images).",
            pages=tuple(scanned),
        )
    else:
        result.warn(
            WarningCode.PARTIAL_TEXT_LAYER,
            "Some pages are images with no text layer.",
            pages=tuple(scanned),
        )
