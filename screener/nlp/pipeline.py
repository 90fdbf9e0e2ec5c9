"""The spaCy pipeline: ``spacy.blank("en")`` plus Screener's own components, built once.

No statistical model is loaded (none can be downloaded here, and none is needed): every
component is rules and data from ``screener/taxonomy``. Components run in this order:
layout (sections, dates) → skills → degrees → certifications; each stores its matches on
the Doc (``doc.spans[...]`` or ``doc.user_data``) for ``screener.extract`` to read.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from screener.nlp.annotations import LAYOUT_COMPONENT

COMPONENTS: tuple[str, ...] = (LAYOUT_COMPONENT,)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline (built on first use; well under a second)."""
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def analyse(text: str) -> Doc:
    """Run the pipeline over one normalised text."""
    return get_nlp()(text)
