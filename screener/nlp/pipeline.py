"""The spaCy pipeline: ``spacy.blank("en")`` plus Screener's own components, built once.

No statistical model is loaded (none can be downloaded here, and none is needed): every
component is rules and data from ``screener/taxonomy``.

The tokenizer keeps no special cases (``tokenizer.rules = {}``). spaCy stops caching every
token of a text after the first special case it meets (spaCy issue #13950), and résumés
are full of them ("Ph.D.", "e.g.", "Inc."): measured on the sample TXT résumés, the English
tokenizer took 2.9 ms per résumé with its 1,347 rules and 0.28 ms without them. What the
rules did (keep "Ph.D." one token, split "can't") matters to no component here: patterns
are tokenized by the same tokenizer, and degrees are matched on characters.

Components run in this order:
layout (sections, dates) → skills → degrees → certifications; each stores its matches on
the Doc (``doc.spans[...]`` or ``doc.user_data``) for ``screener.extract`` to read.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from screener.nlp.annotations import LAYOUT_COMPONENT
from screener.nlp.certifications import CERTIFICATIONS_COMPONENT
from screener.nlp.degrees import DEGREES_COMPONENT
from screener.nlp.skills import SKILLS_COMPONENT

COMPONENTS: tuple[str, ...] = (
    LAYOUT_COMPONENT,
    SKILLS_COMPONENT,
    DEGREES_COMPONENT,
    CERTIFICATIONS_COMPONENT,
)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline (built on first use; well under a second)."""
    nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    tokenizer.rules = {}  # before any component tokenizes its patterns; see above
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def analyse(text: str) -> Doc:
    """Run the pipeline over one normalised text."""
    return get_nlp()(text)
