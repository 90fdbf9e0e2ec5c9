"""The layout component: sections and date ranges, computed once per Doc.

Other components and the extractors read them through ``sections_of``, ``dates_of`` and
``text_of`` instead of scanning the text again.
"""

from __future__ import annotations

from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from screener.nlp.dates import DateRange, find_date_ranges
from screener.nlp.sections import Section, find_sections

LAYOUT_COMPONENT = "screener_layout"
_SECTIONS = "screener.sections"
_DATES = "screener.dates"
_TEXT = "screener.text"


@Language.component(LAYOUT_COMPONENT)
def annotate_layout(doc: Doc) -> Doc:
    """Store the text's sections and date ranges on the Doc."""
    text = text_of(doc)
    remember_text(doc, text)
    doc.user_data[_SECTIONS] = find_sections(text)
    doc.user_data[_DATES] = find_date_ranges(text)
    return doc


def remember_text(doc: Doc, text: str) -> None:
    """Record the text the Doc was made from (``text_of`` then never rebuilds it)."""
    doc.user_data[_TEXT] = text


def text_of(doc: Doc) -> str:
    """The Doc's text, computed once: ``Doc.text`` joins every token on each access."""
    text = doc.user_data.get(_TEXT)
    return text if isinstance(text, str) else doc.text


def sections_of(doc: Doc) -> list[Section]:
    """The sections found by the layout component."""
    return cast(list[Section], doc.user_data[_SECTIONS])


def dates_of(doc: Doc) -> list[DateRange]:
    """The date ranges found by the layout component."""
    return cast(list[DateRange], doc.user_data[_DATES])
