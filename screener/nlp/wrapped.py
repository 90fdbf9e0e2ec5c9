"""Phrases a line break cut in two: "Spark MLlib, deep" / "learning, statistics".

Word processors and PDF exports wrap a line inside a multi-word name, and spaCy's
``PhraseMatcher`` never matches across the newline token between its words. So the
places where a line ends in a word that can begin or go on a multi-word form and the
next line starts with a lowercase letter are joined (each newline becomes a space, so
every offset stays the same), the matchers run on that text, and the matches that cross
a line break are mapped back onto the original ``Doc``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from screener.nlp.annotations import text_of

_WRAP = re.compile(r"(?<=[^\W\d_])\n(?=[^\W\d_A-Z])")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")


def first_words(forms: Iterable[str]) -> frozenset[str]:
    """The lowercased words, but the last, of the multi-word ``forms``: where a wrap may
    cut one ("natural language" / "processing")."""
    return frozenset(word.casefold() for form in forms for word in form.split()[:-1])


def wrapped_spans(
    nlp: Language, matchers: Iterable[PhraseMatcher], doc: Doc, starts: frozenset[str]
) -> list[Span]:
    """The matches of ``matchers`` that a line break cuts, as spans of ``doc``."""
    text = text_of(doc)
    cuts = [
        m.start()
        for m in _WRAP.finditer(text)
        if (word := _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None
        and word.group().casefold() in starts
    ]
    if not cuts:
        return []
    chars = list(text)
    for cut in cuts:
        chars[cut] = " "
    joined = nlp.make_doc("".join(chars))
    spans: list[Span] = []
    for matcher in matchers:
        for key, start, end in matcher(joined):
            first, last = joined[start].idx, joined[end - 1].idx + len(joined[end - 1])
            if "\n" not in text[first:last]:
                continue  # on one line: the ordinary pass found it
            span = doc.char_span(first, last, label=key, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans
