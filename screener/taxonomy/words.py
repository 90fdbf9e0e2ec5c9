"""Word lists by language and the whole-word regexes built from them.

Shared by the vocabularies that are lists of words (``roles.yaml``, ``credentials.yaml``,
``degrees.yaml``, ``fields.yaml``, ``contact.yaml``): a space matches any whitespace, a
trailing ``*`` any word ending, a trailing ``+`` any non-empty word ending ("Universi+"
is University or Universidad, not a bare "Universi"), a leading ``*`` any word beginning
(German and Dutch compounds), an apostrophe either apostrophe, and a hyphen any hyphen
(typesetting writes "co-op" with U+2010 or the non-breaking U+2011).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import StringConstraints

from screener.taxonomy.base import Phrase

__all__ = ["LanguageCode", "WordsByLanguage", "word_set", "words_alternation", "words_pattern"]

LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
WordsByLanguage = dict[LanguageCode, tuple[Phrase, ...]]
_ENDINGS = {"*": r"\w*", "+": r"\w+"}


def _word_pattern(word: str) -> str:
    lead = word.startswith("*")  # "*ingenieur*": the end of a compound (Entwicklungsingenieur)
    word = word.removeprefix("*")
    ending = _ENDINGS.get(word[-1]) if len(word) > 1 else None
    stem = word[:-1] if ending else word
    body = r"\s+".join(re.escape(part) for part in stem.split())
    body = body.replace("'", "['\u2019]")
    body = body.replace(r"\-", "[-\u2010\u2011]")  # "co-op" as typeset: "CO‑OP" (U+2011)
    if lead:
        body = r"\w*" + body
    if ending:
        return body + ending
    return body + (r"(?!\w)" if stem[-1].isalnum() else "")


def words_alternation(words: WordsByLanguage) -> str:
    """A regex alternation (no group, no boundaries) of ``words``, longest first."""
    unique = dict.fromkeys(word for group in words.values() for word in group)
    return "|".join(map(_word_pattern, sorted(unique, key=len, reverse=True)))


def words_pattern(words: WordsByLanguage) -> re.Pattern[str]:
    """One case-insensitive regex matching any of ``words`` as whole words."""
    return re.compile(r"(?<!\w)(?:" + words_alternation(words) + ")", re.I)


def word_set(words: WordsByLanguage) -> frozenset[str]:
    """Every word of every language, casefolded, for looking up one token or line as is."""
    return frozenset(word.casefold() for group in words.values() for word in group)
