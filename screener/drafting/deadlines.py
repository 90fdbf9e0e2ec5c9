"""Qualifications a posting lets people earn after they are hired ("ACLS within 6 months
of hire", "an intern credential by your start date").

Such a clause is no requirement at application. When it offers the deadline as an
alternative to holding it now ("a PE licence, or the ability to obtain it within 24 months
of hire"), holding it now is welcome but not needed. The words are ``after_hire`` of
``posting_words.yaml``, in the phrase syntax of :mod:`screener.drafting.phrases`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from screener.drafting.phrases import phrase_pattern
from screener.drafting.vocabulary import load_vocabulary

_OR = re.compile(r"\bor\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Deadline:
    """Where a clause says when after hire its qualification is due."""

    start: int
    end: int
    alternative: bool
    """The clause accepts the qualification now *or* by the deadline ("or the ability to
    obtain it within …": an "or" before the deadline that words of ``obtain_words``
    follow; "a degree in ecology or a related field, by the start date" is none)."""
    by_start: bool
    """The deadline is the start date ("awarded by the start date"): a degree still being
    earned at application will do, one earned after the start will not."""


def after_hire(clause: str) -> Deadline | None:
    """The after-hire deadline ``clause`` sets, or ``None``."""
    match = _pattern().search(clause)
    if match is None:
        return None
    obtain = load_vocabulary().pattern("obtain_words")
    alternative = any(
        obtain.search(clause, o.end(), match.start())
        for o in _OR.finditer(clause, 0, match.start())
    )
    by_start = match.group().casefold().startswith("by ")
    return Deadline(match.start(), match.end(), alternative, by_start)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return phrase_pattern(load_vocabulary().after_hire)
