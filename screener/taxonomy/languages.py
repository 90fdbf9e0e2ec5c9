"""Spoken languages: names from CLDR (babel), level words and CEFR codes (``languages.yaml``).

``languages.yaml`` lists what CLDR lacks; :attr:`LanguageVocabulary.names` merges it with
babel's names of the configured languages in the configured locales, so recognising the
languages' names in one more UI language is one locale code, not a hand-written list.

Names and level words are looked up *folded* (:func:`fold`): case folded, accents
(combining diacritical marks) stripped, and the few Latin letters without a decomposition
(ł, ı, ø, đ) mapped to their base letter, so "Türkçe", "TURKCE" and "türkçe" are one
name. A key is the folded words joined by single spaces (:func:`phrase_key`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property, lru_cache
from typing import Annotated, Literal, Self

from babel import Locale
from pydantic import BaseModel, Field, StringConstraints, model_validator

from screener.taxonomy.base import MODEL_CONFIG, Phrase, Version, raise_if

LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
"""An ISO 639-1 code such as ``de``."""
CldrCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(?:_[A-Za-z0-9]+)?$")]
"""A CLDR language key such as ``fil`` or ``nl_BE``."""
LevelWord = Literal["native", "fluent", "professional", "intermediate", "basic"]
Cefr = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
Level = LevelWord | Cefr

_EXTRA_FOLDS = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ŀ": "l"})
_WORD = re.compile(r"\w+")
# Only the Latin/Greek/Cyrillic accents (Combining Diacritical Marks) are stripped: the
# vowel signs of Devanagari or Bengali are combining too, but they are letters.
_ACCENT_MIN, _ACCENT_MAX = "\u0300", "\u036f"


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character folded (see the module docstring); may be empty or longer than one."""
    decomposed = unicodedata.normalize("NFKD", char.casefold().translate(_EXTRA_FOLDS))
    return "".join(c for c in decomposed if not _ACCENT_MIN <= c <= _ACCENT_MAX)


def fold(text: str) -> str:
    """``text`` folded character by character (see the module docstring)."""
    return "".join(fold_char(char) for char in text)


def phrase_key(text: str) -> str:
    """The lookup key of a name or level phrase: its folded words joined by spaces."""
    return " ".join(_WORD.findall(fold(text)))


class LanguageVocabulary(BaseModel):
    """What the languages extractor reads besides CLDR's names (``languages.yaml``)."""

    model_config = MODEL_CONFIG

    version: Version = Field(description="Version of the data, recorded in provenance.")
    codes: tuple[LanguageCode, ...] = Field(
        min_length=1, description="ISO 639-1 codes of the languages recognised."
    )
    name_locales: tuple[LanguageCode, ...] = Field(
        min_length=1, description="CLDR locales whose names of the languages are matched."
    )
    autonyms: bool = Field(default=True, description="Also match each language's own name.")
    cldr_aliases: dict[CldrCode, LanguageCode] = Field(
        default_factory=dict, description="CLDR codes whose names stand for one of `codes`."
    )
    informal: dict[LanguageCode, tuple[Phrase, ...]] = Field(
        default_factory=dict, description="Names CLDR lacks ('Mandarin', 'Farsi'), per code."
    )
    excluded_names: tuple[Phrase, ...] = Field(
        default=(), description="CLDR names never matched (country names, ordinary words)."
    )
    levels: dict[LevelWord, dict[LanguageCode, tuple[Phrase, ...]]] = Field(
        description="Per level, the words stating it, per UI language."
    )
    cefr: tuple[Cefr, ...] = Field(min_length=1, description="CEFR codes matched as words.")

    @model_validator(mode="after")
    def _unambiguous(self) -> Self:
        known = set(self.codes)
        targets = [*self.cldr_aliases.values(), *self.informal]
        raise_if([f"unknown code {code!r}" for code in targets if code not in known], "codes")
        raise_if(self._clashes(self._name_items()), "language names")
        raise_if(self._clashes(self._level_items()), "level words")
        shared = sorted(set(self.names) & set(self.level_words))
        raise_if([f"{key!r} is a name and a level" for key in shared], "level words")
        return self

    @staticmethod
    def _clashes(items: list[tuple[str, str]]) -> list[str]:
        seen: dict[str, str] = {}
        problems = []
        for key, value in items:
            if seen.setdefault(key, value) != value:
                problems.append(f"{key!r} is both {seen[key]!r} and {value!r}")
        return problems

    def _name_items(self) -> list[tuple[str, str]]:
        """(key, code) of every name: CLDR's, then the autonyms, then the informal ones."""
        wanted = {code: code for code in self.codes} | dict(self.cldr_aliases)
        items = []
        for locale in self.name_locales:
            names = Locale.parse(locale).languages
            items += [(names[key], code) for key, code in wanted.items() if key in names]
        if self.autonyms:
            for code in self.codes:
                own = Locale.parse(code).languages.get(code)
                items += [(own, code)] if own else []
        items += [(name, code) for code, names in self.informal.items() for name in names]
        excluded = {phrase_key(name) for name in self.excluded_names}
        keyed = [(phrase_key(name), code) for name, code in items]
        return [(key, code) for key, code in keyed if key and key not in excluded]

    def _level_items(self) -> list[tuple[str, str]]:
        items = [
            (phrase_key(word), level)
            for level, by_language in self.levels.items()
            for words in by_language.values()
            for word in words
        ]
        return items + [(phrase_key(code), code) for code in self.cefr]

    @cached_property
    def names(self) -> dict[str, str]:
        """Folded name key -> ISO 639-1 code, every locale."""
        return dict(self._name_items())

    def language_words(self, text: str) -> list[str]:
        """The single words of ``text`` that name a spoken language, in text order."""
        return [word for word in re.findall(r"[^\W\d_]+", text) if phrase_key(word) in self.names]

    @cached_property
    def level_words(self) -> dict[str, Level]:
        """Folded level word or CEFR code key -> the level it states."""
        levels: dict[str, Level] = {}
        for level, by_language in self.levels.items():
            for words in by_language.values():
                levels.update((phrase_key(word), level) for word in words)
        levels.update((phrase_key(code), code) for code in self.cefr)
        return levels
