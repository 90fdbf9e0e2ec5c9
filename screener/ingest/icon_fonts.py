"""Icon fonts (Font Awesome and the like), whose glyphs the PDF readers drop: their text
is the icon's name ("Calendar", "Map-marker"), not the résumé's (``data/icon_fonts.yaml``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field


class _IconFonts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    names: tuple[str, ...] = Field(min_length=1)


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    path = Path(__file__).with_name("data") / "icon_fonts.yaml"
    data = _IconFonts.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return tuple(name.casefold() for name in data.names)


@lru_cache(maxsize=256)
def is_icon_font(font_name: str) -> bool:
    """Whether ``font_name`` ("SDYAEX+FontAwesome5Free-Solid") is an icon font's."""
    folded = font_name.casefold()
    return any(name in folded for name in _names())
