"""What PDFium's page objects say about the characters they draw, read cheaply.

``PageObjects`` walks a page's object tree once: each text object's container (the page,
or the Form XObject it sits in — pdfminer reads a form as a figure of its own) and its
place in the content stream, the shapes that can stand behind white text, and whether
there are images. ``Styles`` reads, once per text object, what holds for all of its
characters: render mode, fill colour, font name, size and descent. Every call goes through
``direct``: a PDFium function called with plain addresses, which costs a fraction of a
call through pypdfium2's typed bindings (pages have thousands of characters).
"""

from __future__ import annotations

import ctypes
from typing import Any, NamedTuple

import pypdfium2.raw as pdfium_c

_VOID, _INT = ctypes.c_void_p, ctypes.c_int
_INVISIBLE_RENDER_MODES = (3, 7)
_WHITE = 242  # of 255: pdfminer's 0.95
_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
Box = tuple[float, float, float, float]


def direct(name: str, restype: Any, *argtypes: Any) -> Any:
    """PDFium's function ``name`` taking and giving plain addresses and numbers."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def address(handle: Any) -> int:
    """The address behind a pypdfium2 handle."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


_count_objects = direct("FPDFPage_CountObjects", _INT, _VOID)
_get_object = direct("FPDFPage_GetObject", _VOID, _VOID, _INT)
_count_form = direct("FPDFFormObj_CountObjects", _INT, _VOID)
_get_form = direct("FPDFFormObj_GetObject", _VOID, _VOID, ctypes.c_ulong)
_kind = direct("FPDFPageObj_GetType", _INT, _VOID)
_bounds = direct("FPDFPageObj_GetBounds", _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
_draw_mode = direct("FPDFPath_GetDrawMode", _INT, _VOID, _VOID, _VOID)
_fill = direct("FPDFPageObj_GetFillColor", _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
_render_mode = direct("FPDFTextObj_GetTextRenderMode", _INT, _VOID)
_font = direct("FPDFTextObj_GetFont", _VOID, _VOID)
_matrix = direct("FPDFText_GetMatrix", _INT, _VOID, _INT, _VOID)
_origin = direct("FPDFText_GetCharOrigin", _INT, _VOID, _INT, _VOID, _VOID)
_font_size = direct("FPDFText_GetFontSize", ctypes.c_double, _VOID, _INT)
_descent = direct("FPDFFont_GetDescent", _INT, _VOID, ctypes.c_float, _VOID)
_font_name = direct(
    "FPDFFont_GetBaseFontName"
    if hasattr(pdfium_c, "FPDFFont_GetBaseFontName")
    else "FPDFFont_GetFontName",
    ctypes.c_ulong,
    _VOID,
    _VOID,
    ctypes.c_ulong,
)


class _Out:
    """Output parameters, allocated once."""

    def __init__(self) -> None:
        self.uints = [ctypes.c_uint() for _ in range(4)]
        self.floats = [ctypes.c_float() for _ in range(4)]
        self.ints = [ctypes.c_int() for _ in range(2)]
        self.matrix = pdfium_c.FS_MATRIX()
        self.uint_at = [ctypes.addressof(v) for v in self.uints]
        self.float_at = [ctypes.addressof(v) for v in self.floats]
        self.int_at = [ctypes.addressof(v) for v in self.ints]
        self.matrix_at = ctypes.addressof(self.matrix)
        self.doubles = [ctypes.c_double() for _ in range(2)]
        self.double_at = [ctypes.addressof(v) for v in self.doubles]

    def is_white(self, obj: int) -> bool:
        if not _fill(obj, *self.uint_at):
            return False
        return min(v.value for v in self.uints[:3]) >= _WHITE

    def filled_not_white(self, obj: int) -> bool:
        if not _draw_mode(obj, *self.int_at):
            return False
        return self.ints[0].value != 0 and not self.is_white(obj)

    def bounds(self, obj: int) -> Box:
        _bounds(obj, *self.float_at)
        x0, y0, x1, y1 = (v.value for v in self.floats)
        return (x0, y0, x1, y1)


class PageObjects:
    """A page's object tree: each text object's container and order, backgrounds, images.

    Backgrounds are what pdfminer lets stand behind white text: images, Form XObjects and
    filled paths that are not white, drawn on the page itself.
    """

    def __init__(self, page: int) -> None:
        self.containers: dict[int, tuple[int, int]] = {}
        self.backgrounds: list[Box] = []
        self.has_images = False
        self._forms = 0
        self._out = _Out()
        self._walk(page, _count_objects, _get_object, 0)

    def _walk(self, parent: int, count: Any, get: Any, container: int) -> None:
        out = self._out
        for index in range(count(parent)):
            obj = get(parent, index)
            kind = _kind(obj)
            if kind == _TEXT:
                self.containers[obj] = (container, len(self.containers))
            elif kind == _IMAGE:
                self.has_images = True
                if container == 0:
                    self.backgrounds.append(out.bounds(obj))
            elif kind == _PATH and container == 0 and out.filled_not_white(obj):
                self.backgrounds.append(out.bounds(obj))
            elif kind == _FORM:
                if container == 0:
                    self.backgrounds.append(out.bounds(obj))
                self._forms += 1
                self._walk(obj, _count_form, _get_form, self._forms)


class Style(NamedTuple):
    """What a text object says about all its characters."""

    container: int
    order: int
    """The object's place in the content stream: PDFium's text page orders characters by
    position, pdfminer (and so the grouping) by the stream."""
    invisible: bool
    white: bool
    font: str
    size: float
    """pdfminer's glyph height: the font size in page space."""
    bottom: float
    """The bottom of pdfminer's glyph boxes: the baseline lowered by the font's descent
    (PDFium makes a text object of each text-showing operator: one baseline)."""


class Styles:
    """Each text object's ``Style``, read once (fonts once per font and size)."""

    def __init__(self, textpage: int, objects: PageObjects) -> None:
        self._textpage = textpage
        self._objects = objects
        self._out = _Out()
        self._fonts: dict[tuple[int, float], tuple[str, float]] = {}
        self.cache: dict[int, Style] = {}

    def read(self, obj: int, index: int) -> Style:
        """The style of text object ``obj``, whose character ``index`` is on the page."""
        out = self._out
        _matrix(self._textpage, index, out.matrix_at)
        size = _font_size(self._textpage, index) * abs(out.matrix.d)
        container, order = self._objects.containers.get(obj, (0, -1))
        name, descent = self._font(_font(obj) or 0, size)
        _origin(self._textpage, index, *out.double_at)
        style = Style(
            container=container,
            order=order,
            invisible=_render_mode(obj) in _INVISIBLE_RENDER_MODES,
            white=out.is_white(obj),
            font=name,
            size=size,
            bottom=out.doubles[1].value + descent,
        )
        self.cache[obj] = style
        return style

    def _font(self, font: int, size: float) -> tuple[str, float]:
        found = self._fonts.get((font, size))
        if found is None:
            found = self._fonts[(font, size)] = _font_facts(font, size, self._out)
        return found


def _font_facts(font: int, size: float, out: _Out) -> tuple[str, float]:
    """The font's base name, and its descent at ``size`` (negative: below the baseline)."""
    if not font:
        return "", 0.0
    length = _font_name(font, None, 0)
    buffer = ctypes.create_string_buffer(max(length, 1))
    _font_name(font, buffer, length)
    descent = out.floats[0]
    found = descent.value if _descent(font, size, out.float_at[0]) else 0.0
    return buffer.value.decode("utf-8", errors="replace"), found
