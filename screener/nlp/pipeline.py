"""The spaCy pipeline: ``spacy.blank("en")`` plus Screener's own components, built once.

No statistical model is loaded (none can be downloaded here, and none is needed): every
component is rules and data from ``screener/taxonomy``.

The tokenizer keeps no special cases (``tokenizer.rules = {}``). spaCy stops caching every
token of a text after the first special case it meets (spaCy issue #13950), and résumés
are full of them ("Ph.D.", "e.g.", "Inc."): measured on the sample TXT résumés, the English
tokenizer took 2.9 ms per résumé with its 1,347 rules and 0.28 ms without them. What the
rules did (keep "Ph.D." one token, split "can't") matters to no component here: patterns
are tokenized by the same tokenizer, and degrees are matched on characters. The tokenizer
also splits on "/" and ";" and before a lone capital's full stop, so "C++/C" and
"sklearn;pandas" are separate tokens without retokenizing each Doc in Python.

The tokenizer caches the tokens of each whitespace-separated chunk, but only its first
10,000 chunks by default, and building the components' patterns alone fills most of
that: over the development corpus's texts every later word was tokenized afresh (1.0 ms
per résumé instead of 0.2). ``TOKENIZER_CACHE`` raises the bound; an entry costs about
260 bytes, less than the vocabulary already keeps for every new word (about 520).

Components run in this order:
layout (sections, dates) → skills → degrees → certifications; each stores its matches on
the Doc (``doc.spans[...]`` or ``doc._`` extensions, declared with ``requires``/``assigns``)
for ``screener.extract`` to read.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from screener.nlp.annotations import LAYOUT_COMPONENT, remember_text
from screener.nlp.certifications import CERTIFICATIONS_COMPONENT
from screener.nlp.degrees import DEGREES_COMPONENT
from screener.nlp.skills import SKILLS_COMPONENT

COMPONENTS: tuple[str, ...] = (
    LAYOUT_COMPONENT,
    SKILLS_COMPONENT,
    DEGREES_COMPONENT,
    CERTIFICATIONS_COMPONENT,
)

TOKENIZER_CACHE = 100_000
"""Chunks whose tokens the tokenizer keeps (spaCy's default is 10,000; at most ~26 MB)."""


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline (built on first use; well under a second)."""
    nlp = spacy.blank("en")
    _configure_tokenizer(nlp)  # before any component tokenizes its patterns
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _configure_tokenizer(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    tokenizer.rules = {}
    tokenizer.max_cache_size = TOKENIZER_CACHE
    infixes = [*(nlp.Defaults.infixes or ()), r"[/;]"]  # "C++/C", "sklearn;pandas"
    suffixes = [
        *(nlp.Defaults.suffixes or ()),
        r"(?<=^[A-Z])\.",  # a lone capital's full stop: "C."
        r"(?<=[A-Za-z]{4})\d{1,2}(?:\.\d{1,2})*",  # a version glued on: "Java8", "Python3.10"
    ]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def analyse(text: str) -> Doc:
    """Run the pipeline over one normalised text."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    remember_text(doc, text)  # spares every component rebuilding Doc.text from tokens
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
