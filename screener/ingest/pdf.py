"""PDF résumés with pdfminer.six: text in reading order, page offsets, and warnings.

Reading order comes from pdfminer's layout analysis (``LAParams`` below; the choice is
measured in ``bench/pdf_layout.py`` and recorded in docs/architecture.md). Text is taken
from every text box, including those inside Form XObjects (``all_texts=True``), because
résumé builders often draw the whole page as one XObject.

Hidden text is removed and reported (``hidden_text``): invisible render modes (3 and 7),
glyphs under 1 pt, glyphs off the page, and white glyphs with no filled shape or image
behind them (white text on a dark sidebar is kept). Pages with images and no text are
scanned pages (``no_text_layer`` / ``partial_text_layer``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from io import BytesIO
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTChar,
    LTComponent,
    LTCurve,
    LTFigure,
    LTImage,
    LTItem,
    LTPage,
    LTTextBox,
)
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from screener.errors import Corrupt, Encrypted, ScreenerError, TooManyPages
from screener.ingest.extracted import Extracted
from screener.ingest.guards import decompression_budget
from screener.ingest.icon_fonts import is_icon_font
from screener.ingest.limits import Limits
from screener.ingest.pdf_layout import find_band, ordered_lines
from screener.ingest.pdf_lines import miner_lines
from screener.ingest.pdf_pages import PageRead, finish, record_page
from screener.ingest.tex_fonts import FontResources, t1_text

# pdfminer logs fragments of the document it reads; résumé contents never go to logs.
logging.getLogger("pdfminer").setLevel(logging.CRITICAL + 1)

LAYOUT = LAParams(line_margin=1.0, char_margin=2.0, word_margin=0.1, boxes_flow=0.5, all_texts=True)
_INVISIBLE_RENDER_MODES = (3, 7)
_MIN_GLYPH_SIZE = 1.0


def read_pdf(data: bytes, limits: Limits) -> Extracted:
    """Extract the text of each page of a PDF; raise a ``ScreenerError`` when it cannot."""
    try:
        with decompression_budget(limits.max_decompressed_bytes):
            return _read(data, limits)
    except ScreenerError:
        raise
    except MemoryError:
        raise
    except PDFEncryptionError as exc:
        raise Encrypted("The PDF is password-protected.") from exc
    except RecursionError as exc:
        raise Corrupt("The PDF's object structure is circular or too deeply nested.") from exc
    except Exception as exc:  # pdfminer raises many types on malformed input
        raise Corrupt(f"The PDF is damaged ({type(exc).__name__}).") from exc


def _read(data: bytes, limits: Limits) -> Extracted:
    document = PDFDocument(PDFParser(BytesIO(data)), password="")
    _check_declared_pages(document, limits.max_pages)
    resources = FontResources(caching=True)
    device = _HiddenTextFilter(resources, laparams=LAYOUT)
    interpreter = PDFPageInterpreter(resources, device)
    result = Extracted(pages=[])
    scanned: list[int] = []
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        if number > limits.max_pages:
            raise TooManyPages(
                f"The PDF has more than {limits.max_pages} pages.", limit=limits.max_pages
            )
        interpreter.process_page(page)
        layout: LTPage = device.get_result()
        lines = miner_lines(_text_boxes(layout))
        band = find_band((), lines)  # once, for the order and the multi_column warning
        read = PageRead(
            text=ordered_lines(lines, band),
            has_images=_has_images(layout),
            multi_column=band is not None,
            hidden=device.hidden_on_page,
        )
        record_page(result, number, read, scanned)
    if not result.pages:
        raise Corrupt("The PDF has no pages.")
    return finish(data, result, scanned, limits)


def _check_declared_pages(document: PDFDocument, max_pages: int) -> None:
    """Refuse early when the page tree declares too many pages (the count is re-checked)."""
    pages = resolve1(document.catalog.get("Pages"))
    count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    if isinstance(count, int) and count > max_pages:
        raise TooManyPages(
            f"The PDF has {count} pages; the limit is {max_pages}.", pages=count, limit=max_pages
        )


def _text_boxes(container: LTPage | LTFigure) -> list[LTTextBox]:
    boxes: list[LTTextBox] = []
    for item in container:
        if isinstance(item, LTTextBox):
            boxes.append(item)
        elif isinstance(item, LTFigure):
            boxes.extend(_text_boxes(item))
    return boxes


def _has_images(container: LTPage | LTFigure) -> bool:
    return any(
        isinstance(item, LTImage) or (isinstance(item, LTFigure) and _has_images(item))
        for item in container
    )


class _HiddenTextFilter(PDFPageAggregator):
    """A page aggregator that drops glyphs a reader cannot see, and counts them."""

    hidden_on_page = 0

    def begin_page(self, page: PDFPage, ctm: Any) -> None:
        super().begin_page(page, ctm)
        self.hidden_on_page = 0

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        objs = self.cur_item._objs
        before = len(objs)
        super().render_string(textstate, seq, ncs, graphicstate)
        if textstate.render in _INVISIBLE_RENDER_MODES:
            self.hidden_on_page += len(objs) - before
            del objs[before:]
            return
        page_box = self._page_box()
        kept = [obj for obj in objs[before:] if _visible_glyph(obj, page_box)]
        self.hidden_on_page += len(objs) - before - len(kept)
        objs[before:] = kept

    def render_char(
        self,
        matrix: Any,
        font: Any,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        advance = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        glyph = self.cur_item._objs[-1]
        if isinstance(glyph, LTChar) and is_icon_font(glyph.fontname):
            self.cur_item._objs.pop()  # a picture whose text is its name ("Calendar")
            return advance
        text = t1_text(font, cid)
        if text is not None and isinstance(glyph, LTChar):  # TeX bitmap font coded in T1
            glyph._text = text
        return advance

    def end_page(self, page: PDFPage) -> None:
        objs = self.cur_item._objs
        backgrounds = [obj for obj in objs if _is_background(obj)]
        kept = [obj for obj in objs if not _is_unbacked_white(obj, backgrounds)]
        self.hidden_on_page += len(objs) - len(kept)
        self.cur_item._objs = kept
        super().end_page(page)

    def _page_box(self) -> tuple[float, float, float, float]:
        page: LTItem = self._stack[0] if self._stack else self.cur_item  # outside any figure
        return page.bbox if isinstance(page, LTComponent) else (0.0, 0.0, 1e9, 1e9)


def _visible_glyph(obj: LTItem, page_box: tuple[float, float, float, float]) -> bool:
    if not isinstance(obj, LTChar):
        return True
    if obj.size < _MIN_GLYPH_SIZE and obj.get_text().strip():
        return False
    x0, y0, x1, y1 = page_box
    cx, cy = (obj.x0 + obj.x1) / 2, (obj.y0 + obj.y1) / 2
    return x0 <= cx <= x1 and y0 <= cy <= y1


def _is_white(color: Any) -> bool:
    if isinstance(color, int | float):
        return color >= 0.95
    if isinstance(color, tuple | list) and color and all(isinstance(c, int | float) for c in color):
        if len(color) == 4:  # CMYK
            return all(c <= 0.05 for c in color)
        return all(c >= 0.95 for c in color)
    return False


def _is_background(obj: LTItem) -> bool:
    if isinstance(obj, LTImage | LTFigure):
        return True
    return isinstance(obj, LTCurve) and obj.fill and not _is_white(obj.non_stroking_color)


def _is_unbacked_white(obj: LTItem, backgrounds: Sequence[LTItem]) -> bool:
    if not isinstance(obj, LTChar) or not obj.get_text().strip():
        return False
    if not _is_white(obj.graphicstate.ncolor):
        return False
    cx, cy = (obj.x0 + obj.x1) / 2, (obj.y0 + obj.y1) / 2
    return not any(
        isinstance(bg, LTComponent) and bg.x0 <= cx <= bg.x1 and bg.y0 <= cy <= bg.y1
        for bg in backgrounds
    )
