"""Date words: month names from CLDR (babel) plus the words around a range, per language.

``dates.yaml`` lists what CLDR lacks; :meth:`DateVocabulary.month_numbers` merges it with
babel's month names for the configured locales, so a new language's months are one locale
code, not a hand-written list.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Self

from babel import Locale
from pydantic import BaseModel, Field, StringConstraints, model_validator

from screener.taxonomy.base import MODEL_CONFIG, Phrase, Version

LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
Month = Annotated[int, Field(ge=1, le=12)]
_WordsByLanguage = dict[LanguageCode, tuple[Phrase, ...]]


def _cldr_months(locale: str) -> dict[str, int]:
    """Lower-cased month names and abbreviations of one CLDR locale (dots stripped)."""
    names: dict[str, int] = {}
    months = Locale.parse(locale).months
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in months[context][width].items():
                names[name.lower().strip(".")] = number
    return names


class DateVocabulary(BaseModel):
    """Everything the date finder reads besides digits and dashes (``dates.yaml``)."""

    model_config = MODEL_CONFIG

    version: Version
    month_locales: tuple[LanguageCode, ...] = Field(
        min_length=1, description="CLDR locales whose month names are read from babel."
    )
    excluded_month_forms: tuple[Phrase, ...] = Field(
        default=(), description="CLDR forms that are ordinary English words: never months."
    )
    extra_months: dict[Month, tuple[Phrase, ...]] = Field(
        default_factory=dict, description="Month forms CLDR lacks (informal abbreviations)."
    )
    seasons: dict[LanguageCode, dict[Phrase, Month]] = Field(
        description="Season name -> its first month; a season covers three months."
    )
    since_words: _WordsByLanguage = Field(description="'since X': open-ended from X.")
    connector_words: _WordsByLanguage = Field(description="Words between a range's ends.")
    open_end_words: _WordsByLanguage = Field(description="Words ending an open range.")
    open_end_prefixes: tuple[Phrase, ...] = Field(
        default=(), description="Words that may stand before an open end ('to date')."
    )

    @model_validator(mode="after")
    def _months_are_unambiguous(self) -> Self:
        seen: dict[str, int] = {}
        for name, number in self._month_items():
            if seen.setdefault(name, number) != number:
                raise ValueError(f"month form {name!r} names both {seen[name]} and {number}")
        return self

    def _month_items(self) -> list[tuple[str, int]]:
        items = [item for loc in self.month_locales for item in _cldr_months(loc).items()]
        items += [(name, number) for number, names in self.extra_months.items() for name in names]
        excluded = set(self.excluded_month_forms)
        return [(name, number) for name, number in items if name not in excluded]

    @cached_property
    def month_numbers(self) -> dict[str, int]:
        """Lower-case month name or abbreviation -> month number, every language."""
        return dict(self._month_items())

    @cached_property
    def season_months(self) -> dict[str, int]:
        """Lower-case season name -> its first month, every language."""
        return {name: month for names in self.seasons.values() for name, month in names.items()}

    @staticmethod
    def _flatten(words: _WordsByLanguage) -> tuple[str, ...]:
        return tuple(dict.fromkeys(word for group in words.values() for word in group))

    @cached_property
    def since(self) -> tuple[str, ...]:
        """Every 'since' word, each once."""
        return self._flatten(self.since_words)

    @cached_property
    def connectors(self) -> tuple[str, ...]:
        """Every connector word, each once."""
        return self._flatten(self.connector_words)

    @cached_property
    def open_ends(self) -> tuple[str, ...]:
        """Every open-end word or phrase, each once."""
        return self._flatten(self.open_end_words)
