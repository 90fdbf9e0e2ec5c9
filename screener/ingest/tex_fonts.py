"""TeX's bitmap fonts read right: pdflatex with ``\\usepackage[T1]{fontenc}`` and no
Type 1 version of the EC fonts (no cm-super) embeds Type3 bitmap fonts whose glyphs are
named by their code ("a233") with no ToUnicode map. pdfminer then reads their codes as
Adobe's StandardEncoding ("é" → "Ø", "è" → "Ł", "fi" and "–" lost). Such a font is
recognised when it is loaded, and its codes are read in the T1 (Cork) encoding of
``data/t1_encoding.yaml`` instead.

A font is taken as T1 when all its glyph names are code names and it uses a code that
only T1 fills (≥ 128, or its dashes and ligatures at 21, 22, 28–31), and none of OT1's
ligature codes (11–15): an OT1 font's ASCII letters are already read right.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pdfminer.pdffont import PDFFont, PDFType3Font
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pydantic import BaseModel

_CODE_NAME = re.compile(r"a(\d{1,3})")
_T1_ONLY = frozenset({21, 22, 28, 29, 30, 31})
_OT1_LIGATURES = frozenset(range(11, 16))
_T1_ATTR = "_screener_t1"


class _Encoding(BaseModel):
    version: int
    codes: dict[int, str]


@lru_cache(maxsize=1)
def t1_codes() -> dict[int, str]:
    """The T1 encoding's codes that are not plain ASCII, and their text."""
    path = Path(__file__).with_name("data") / "t1_encoding.yaml"
    return _Encoding.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))).codes


class FontResources(PDFResourceManager):
    """pdfminer's resource manager, marking the Type3 fonts coded in T1 as it loads them."""

    def get_font(self, objid: object, spec: Any) -> PDFFont:
        font = super().get_font(objid, spec)
        if isinstance(font, PDFType3Font) and font.unicode_map is None:
            setattr(font, _T1_ATTR, _is_t1_coded(spec))
        return font


def t1_text(font: PDFFont, cid: int) -> str | None:
    """The text of code ``cid`` in a T1-coded bitmap font; None for any other font."""
    if not getattr(font, _T1_ATTR, False):
        return None
    found = t1_codes().get(cid)
    if found is not None:
        return found
    return chr(cid) if 32 < cid < 127 else None


def _is_t1_coded(spec: Any) -> bool:
    encoding = resolve1(spec.get("Encoding")) if isinstance(spec, dict) else None
    if not isinstance(encoding, dict):
        return False
    codes: list[int] = []
    for entry in resolve1(encoding.get("Differences")) or []:
        if isinstance(entry, PSLiteral):
            name = str(entry.name)
            match = _CODE_NAME.fullmatch(name)
            if match is None and name != ".notdef":
                return False
            if match is not None:
                codes.append(int(match.group(1)))
    used = set(codes)
    return bool(used) and bool(used & _T1_ONLY or max(used) >= 128) and not used & _OT1_LIGATURES
