"""Phrases a line break cut in two: "Spark MLlib, deep" / "learning, statistics".

Word processors and PDF exports wrap a line inside a multi-word name, and spaCy's
``PhraseMatcher`` never matches across the newline token between its words. So the
places where a line ends in a word that can begin or go on a multi-word form and the
next line starts with a lowercase letter are joined (each newline becomes a space, so
every offset stays the same), the matchers run on the lines so joined (only those are
tokenized again), and the matches that cross a line break are mapped back onto the
original ``Doc``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from screener.nlp.annotations import text_of

# A line break after a letter, the next line starting with a lowercase letter (a literal
# "\n" first: ``re`` then skips to each newline at C speed).
_WRAP = re.compile(r"\n(?<=[^\W\d_]\n)(?=[^\W\d_A-Z])")
# The word before such a break (its last 40 letters), read backwards in the reversed text.
_REVERSED_WORD = re.compile(r"[^\W\d_]{1,40}")


def first_words(forms: Iterable[str]) -> frozenset[str]:
    """The lowercased words, but the last, of the multi-word ``forms``: where a wrap may
    cut one ("natural language" / "processing")."""
    return frozenset(word.casefold() for form in forms for word in form.split()[:-1])


def wrapped_spans(
    nlp: Language, matchers: Iterable[PhraseMatcher], doc: Doc, starts: frozenset[str]
) -> list[Span]:
    """The matches of ``matchers`` that a line break cuts, as spans of ``doc``."""
    text = text_of(doc)
    backwards, length = text[::-1], len(text)
    cuts = [
        m.start()
        for m in _WRAP.finditer(text)
        if (word := _REVERSED_WORD.match(backwards, length - m.start())) is not None
        and word.group()[::-1].casefold() in starts
    ]
    if not cuts:
        return []
    segments = _joined_lines(text, cuts)
    docs = [(first, nlp.make_doc(joined)) for first, joined in segments]
    spans: list[Span] = []
    for matcher in matchers:
        for offset, joined in docs:
            for key, start, end in matcher(joined):
                first = offset + joined[start].idx
                last = offset + joined[end - 1].idx + len(joined[end - 1])
                if "\n" not in text[first:last]:
                    continue  # on one line: the ordinary pass found it
                span = doc.char_span(first, last, label=key, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
    return spans


def _joined_lines(text: str, cuts: list[int]) -> list[tuple[int, str]]:
    """``(offset, text)`` of each run of lines the ``cuts`` (newline offsets) join, each
    cut newline a space.

    Only these runs are tokenized again, not the whole text: spaCy tokenizes each
    whitespace-separated chunk on its own, and no pattern holds a whitespace token, so a
    match across a cut lies inside one run and has the same tokens there.
    """
    segments: list[tuple[int, str]] = []
    start = end = -1
    for cut in cuts:
        if cut != end:  # the newline ending the run so far is not this cut: a new run
            if start >= 0:
                segments.append((start, _join(text, start, end, cuts)))
            start = text.rfind("\n", 0, cut) + 1
        end = text.find("\n", cut + 1)
        if end < 0:
            end = len(text)
    segments.append((start, _join(text, start, end, cuts)))
    return segments


def _join(text: str, start: int, end: int, cuts: list[int]) -> str:
    chars = list(text[start:end])
    for cut in cuts:
        if start <= cut < end:
            chars[cut - start] = " "
    return "".join(chars)
