"""One PDF page read by PDFium: its characters, hidden ones left out, into lines.

PDFium's text page gives each character's horizontal extent (``FPDFText_GetLooseCharBox``:
from the origin across the advance width), and the text object that drew it.
The box is given pdfminer's vertical extent (from the font's descent below the origin, the
font size high) and coordinates are taken from the media box's corner, as pdfminer does,
so that ``pdf_chars`` groups the characters into the same lines. Characters PDFium
generated itself (spaces and line breaks it guessed) are left out: pdfminer decides
spaces from the gaps. PDFium orders a line's text objects by position; they are put back
in content-stream order, which is pdfminer's.

The pdfminer engine's hidden-text rules (``screener.ingest.pdf``), with PDFium's APIs:

* text objects in an invisible render mode (3, 7: ``FPDFTextObj_GetTextRenderMode``);
* glyphs under 1 pt (``FPDFText_GetFontSize`` in page space) that are not blank;
* glyphs whose centre is off the page;
* white glyphs (``FPDFPageObj_GetFillColor``) drawn on the page itself, not inside a Form
  XObject, with no filled, non-white path, image or Form XObject of the page behind them.
"""

from __future__ import annotations

import ctypes
from itertools import compress, groupby, repeat
from typing import Any

import pypdfium2.raw as pdfium_c

from screener.ingest.icon_fonts import is_icon_font
from screener.ingest.pdf_chars import Char, group_chars
from screener.ingest.pdf_layout import find_band, ordered_lines
from screener.ingest.pdf_lines import TextLine
from screener.ingest.pdf_pages import PageRead
from screener.ingest.pdfium_objects import Box, PageObjects, Styles, address, direct

_MIN_GLYPH_SIZE = 1.0
_UNMAPPED = "(cid:0)"  # as pdfminer writes a glyph with no Unicode mapping
_VOID, _INT = ctypes.c_void_p, ctypes.c_int

_text_object = direct("FPDFText_GetTextObject", _VOID, _VOID, _INT)
_loose_box = direct("FPDFText_GetLooseCharBox", _INT, _VOID, _INT, _VOID)
_generated = direct("FPDFText_IsGenerated", _INT, _VOID, _INT)
_map_error = direct("FPDFText_HasUnicodeMapError", _INT, _VOID, _INT)


def read_page(page: Any) -> PageRead:
    """The page's text in reading order, whether it has images, columns, hidden glyphs."""
    objects = PageObjects(address(page))
    textpage = pdfium_c.FPDFText_LoadPage(page)
    if not textpage:
        raise ValueError("PDFium could not read the page's text")
    try:
        groups, hidden = _characters(page, textpage, objects)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    lines: list[TextLine] = [line for key in sorted(groups) for line in group_chars(groups[key])]
    band = find_band((), lines)
    return PageRead(ordered_lines(lines, band), objects.has_images, band is not None, hidden)


def _characters(
    page: Any, textpage: Any, objects: PageObjects
) -> tuple[dict[int, list[Char]], int]:
    """The visible characters by container, in stream order, and the count of hidden ones.

    PDFium's per-character facts (text object, box, mapping error) are fetched for the
    whole page at once; what holds for a text object (its style) is then decided once per
    run of its characters, not once per character.
    """
    left, bottom, width, height = _media_box(page)
    handle = address(textpage)
    count = pdfium_c.FPDFText_CountChars(textpage)
    text = _page_text(textpage, count)
    owners = list(map(_text_object, repeat(handle, count), range(count)))
    boxes = _loose_boxes(handle, count)
    unmapped = set(compress(range(count), map(_map_error, repeat(handle, count), range(count))))
    styles = Styles(handle, objects)
    known = styles.cache
    runs: dict[int, list[tuple[int, list[Char]]]] = {}
    white: list[Char] = []
    hidden = 0
    for obj, indices in groupby(range(count), owners.__getitem__):
        if not obj:  # a line break or space PDFium guessed
            continue
        run = [i for i in indices if text[i] != " " or not _generated(handle, i)]
        if not run:
            continue
        container, order, invisible, is_white, font, size, base = known.get(obj) or styles.read(
            obj, run[0]
        )
        if invisible:
            hidden += len(run)
            continue
        if is_icon_font(font):
            continue  # a picture whose text is its name ("Calendar")
        chars = [text[i] if i not in unmapped else _UNMAPPED for i in run]
        if size < _MIN_GLYPH_SIZE:
            kept = [(i, char) for i, char in zip(run, chars, strict=True) if not char.strip()]
            hidden += len(run) - len(kept)
        else:
            kept = list(zip(run, chars, strict=True))
        y0 = base - bottom
        y1 = y0 + size
        glyphs = [
            (boxes[4 * i] - left, y0, boxes[4 * i + 2] - left, y1, char, font) for i, char in kept
        ]
        if 0 <= (y0 + y1) / 2 <= height:
            on_page = [g for g in glyphs if 0 <= (g[0] + g[2]) / 2 <= width]
        else:
            on_page = []
        hidden += len(glyphs) - len(on_page)
        if is_white and container == 0:
            white.extend(glyph for glyph in on_page if glyph[4].strip())
        runs.setdefault(container, []).append((order, on_page))
    if white:
        hidden += _drop_unbacked(runs, white, objects.backgrounds, (left, bottom))
    groups: dict[int, list[Char]] = {}
    for container, found in runs.items():
        found.sort(key=_first)  # stable: PDFium's order within one object is kept
        groups[container] = [glyph for _, glyphs in found for glyph in glyphs]
    return groups, hidden


def _loose_boxes(handle: int, count: int) -> list[float]:
    """Each character's loose box as four floats (left, top, right, bottom), in one list."""
    boxes = (ctypes.c_float * (4 * count))()
    start = ctypes.addressof(boxes)
    addresses = range(start, start + 16 * count, 16)
    for _ in map(_loose_box, repeat(handle, count), range(count), addresses):
        pass
    return boxes[:]


def _first(item: tuple[int, list[Char]]) -> int:
    return item[0]


def _drop_unbacked(
    runs: dict[int, list[tuple[int, list[Char]]]],
    white: list[Char],
    backgrounds: list[Box],
    corner: tuple[float, float],
) -> int:
    """Leave out the white glyphs with nothing behind them; how many there were."""
    left, bottom = corner
    behind = [(a - left, b - bottom, c - left, d - bottom) for a, b, c, d in backgrounds]
    unbacked = {id(glyph) for glyph in white if not _backed(glyph, behind)}
    runs[0] = [(order, [g for g in glyphs if id(g) not in unbacked]) for order, glyphs in runs[0]]
    return len(unbacked)


def _backed(glyph: Char, backgrounds: list[Box]) -> bool:
    cx, cy = (glyph[0] + glyph[2]) / 2, (glyph[1] + glyph[3]) / 2
    return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in backgrounds)


def _page_text(textpage: Any, count: int) -> str:
    """Every character of the text page, one string index per character index."""
    buffer = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    text = ctypes.string_at(buffer, 2 * count).decode("utf-16-le", errors="surrogatepass")
    if len(text) != count:
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    # PDFium writes a hyphen that ends a line as U+FFFE; the file has a hyphen there.
    return text.replace("\ufffe", "-")


def _media_box(page: Any) -> tuple[float, float, float, float]:
    """The media box's lower-left corner, width and height."""
    x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))
    if pdfium_c.FPDFPage_GetMediaBox(page, x0, y0, x1, y1):
        return x0.value, y0.value, x1.value - x0.value, y1.value - y0.value
    return 0.0, 0.0, pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page)
