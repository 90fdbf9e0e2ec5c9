"""The layout component: sections and date ranges, computed once per Doc.

Other components and the extractors read them through ``sections_of`` and ``dates_of``
instead of scanning the text again.
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


@Language.component(LAYOUT_COMPONENT)
def annotate_layout(doc: Doc) -> Doc:
    """Store the text's sections and date ranges on the Doc."""
    doc.user_data[_SECTIONS] = find_sections(doc.text)
    doc.user_data[_DATES] = find_date_ranges(doc.text)
    return doc


def sections_of(doc: Doc) -> list[Section]:
    """The sections found by the layout component."""
    return cast(list[Section], doc.user_data[_SECTIONS])


def dates_of(doc: Doc) -> list[DateRange]:
    """The date ranges found by the layout component."""
    return cast(list[DateRange], doc.user_data[_DATES])
