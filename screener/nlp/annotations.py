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
SECTIONS_ATTR = "screener_sections"
DATES_ATTR = "screener_dates"
TEXT_ATTR = "screener_text"
for _attr in (SECTIONS_ATTR, DATES_ATTR, TEXT_ATTR):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


@Language.component(LAYOUT_COMPONENT, assigns=[f"doc._.{SECTIONS_ATTR}", f"doc._.{DATES_ATTR}"])
def annotate_layout(doc: Doc) -> Doc:
    """Store the text's sections and date ranges on the Doc."""
    text = text_of(doc)
    remember_text(doc, text)
    setattr(doc._, SECTIONS_ATTR, find_sections(text))
    setattr(doc._, DATES_ATTR, find_date_ranges(text))
    return doc


def remember_text(doc: Doc, text: str) -> None:
    """Record the text the Doc was made from (``text_of`` then never rebuilds it)."""
    setattr(doc._, TEXT_ATTR, text)


def text_of(doc: Doc) -> str:
    """The Doc's text, computed once: ``Doc.text`` joins every token on each access."""
    text = getattr(doc._, TEXT_ATTR)
    return text if isinstance(text, str) else doc.text


def sections_of(doc: Doc) -> list[Section]:
    """The sections found by the layout component (an error if it did not run)."""
    return cast(list[Section], _required(doc, SECTIONS_ATTR))


def dates_of(doc: Doc) -> list[DateRange]:
    """The date ranges found by the layout component (an error if it did not run)."""
    return cast(list[DateRange], _required(doc, DATES_ATTR))


def _required(doc: Doc, attr: str) -> object:
    value = getattr(doc._, attr)
    if value is None:
        raise ValueError(f"doc._.{attr} is not set: run the {LAYOUT_COMPONENT} component first")
    return value
