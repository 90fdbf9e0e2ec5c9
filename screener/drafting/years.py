"""Years of experience in a posting's clause: "2+ years", "3-5 years" (a minimum of 3 and
a maximum that is reported, never used), "minimum of two years", "18 months", "a decade
or more" (10).

Numbers may be digits or words (``roles.yaml``'s ``claim_number_words``, the résumé
reader's own list), "two (2) years" is read once, and the year words are ``roles.yaml``'s
``claim_year_words``. A figure right after a maximum cue ("no more than 5 years", "up to
3 years") or before one ("5 years maximum") is a maximum. A figure followed by words of
``not_experience_after`` ("a 4-year degree", "18 years old") or preceded by words of
``not_experience_before`` ("no accidents in the last 3 years": a window, not a length) is
no experience at all, and so is a figure over the rule language's limit
(``MAX_EXPERIENCE_YEARS``: "for 112 years the firm has…" is the firm's age). "Six or
more years" and "three (3) or more years" are minimums of 6 and 3; "a year" is one before
"of", "in", "as", "experience", … ("about a year (or more) in a customer-facing job"),
never in "a year-end bonus".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from screener.drafting.vocabulary import load_vocabulary
from screener.requirements.models import MAX_EXPERIENCE_YEARS
from screener.taxonomy.loader import load_roles
from screener.taxonomy.words import words_alternation

MONTHS_PER_YEAR = 12
YEARS_PER_DECADE = 10
_MIN_CUES = r"(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|over|more\s+than)"
_EXPERIENCE_LATER = re.compile(r" [a-z][\w-]*(?: [a-z][\w-]*){0,2} experience\b")
_LOOK_BEHIND = 30
"""Characters before a figure searched for a maximum cue."""


@dataclass(frozen=True, slots=True)
class YearsMention:
    """An experience figure in a clause (``clause[start:end]``), in years."""

    start: int
    end: int
    minimum: float
    maximum: float | None
    is_maximum: bool

    @property
    def drafts_minimum(self) -> bool:
        """Whether the figure gives a minimum to draft (not a cap, not "0-2 years")."""
        return not self.is_maximum and self.minimum > 0

    @property
    def upper_bound(self) -> float | None:
        """The largest number of years the clause allows, when it gives one."""
        return self.minimum if self.is_maximum else self.maximum


def find_years(clause: str) -> list[YearsMention]:
    """Every experience figure in ``clause``, in text order."""
    found: list[YearsMention] = []
    for match in _pattern().finditer(clause):
        if _not_experience(clause, match.end()) or _a_window(clause, match.start()):
            continue
        low = _number(match.group("low"))
        high = _number(match.group("high")) if match.group("high") else None
        if low is None or (low <= 0 and high is None):
            continue
        factor = _unit_years(match.group("unit"))
        if low * factor > MAX_EXPERIENCE_YEARS:
            continue
        cue = _maximum_cue(clause, match)
        found.append(
            YearsMention(
                start=match.start() if cue is None else min(cue, match.start()),
                end=match.end(),
                minimum=round(low * factor, 2),
                maximum=round(high * factor, 2) if high is not None else None,
                is_maximum=cue is not None,
            )
        )
    return found


def _number(text: str) -> float | None:
    words = _number_words()
    folded = text.casefold()
    if folded in ("a", "an"):  # "a decade"
        return 1.0
    if folded in words:
        return float(words[folded])
    try:
        return float(text)
    except ValueError:
        return None


def _unit_years(unit: str) -> float:
    """Years in one ``unit``: a month, a year or a decade."""
    vocabulary = load_vocabulary()
    if vocabulary.pattern("month_words").fullmatch(unit) is not None:
        return 1 / MONTHS_PER_YEAR
    if vocabulary.pattern("decade_words").fullmatch(unit) is not None:
        return float(YEARS_PER_DECADE)
    return 1.0


def _not_experience(clause: str, end: int) -> bool:
    after = clause[end : end + 40].lstrip(" -")
    stopper = load_vocabulary().pattern("not_experience_after").match(after)
    if stopper is None:
        return False
    # "2 years of employment litigation experience": the stopper words modify the
    # experience that follows them, they do not end the figure.
    rest = after[stopper.end() :]
    return not (rest[:1] == " " and _EXPERIENCE_LATER.match(rest))


def _a_window(clause: str, start: int) -> bool:
    """Whether the figure starting at ``start`` is a period back in time ("in the last")."""
    before = clause[max(0, start - _LOOK_BEHIND) : start].rstrip()
    windows = load_vocabulary().pattern("not_experience_before")
    return any(m.end() == len(before) for m in windows.finditer(before))


def _maximum_cue(clause: str, match: re.Match[str]) -> int | None:
    """Where a maximum cue ending right before the figure starts ("no more than 5"), the
    figure's start for "maximum"/"max" right after it, or ``None``."""
    maximum = load_vocabulary().pattern("experience_maximum")
    number = match.start("low")  # "No more than 5": "more than" is in the match
    window = max(0, number - _LOOK_BEHIND)
    before = clause[window:number].rstrip()
    for cue in maximum.finditer(before):
        if cue.end() == len(before):
            return window + cue.start()
    after = clause[match.end() :].lstrip(" ,(")
    return match.start() if re.match(r"max(?:imum)?\b", after, re.IGNORECASE) else None


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    return {word.casefold(): value for word, value in load_roles().claim_number_words["en"].items()}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    roles = load_roles()
    years = words_alternation({"en": roles.claim_year_words["en"]})
    months = words_alternation({"en": load_vocabulary().month_words})
    decades = words_alternation({"en": load_vocabulary().decade_words})
    words = "|".join(sorted(_number_words(), key=len, reverse=True))
    one_year = r"(?:year|yr)(?:\s*\(?\s*or\s+more\s*\)?)?\s+(?:of|in|as|with|on|at|experience)\b"
    number = rf"(?:\d+(?:\.\d+)?|(?:{words})(?!\w)|an?(?=\s+(?:{decades}))|an?(?=\s+{one_year}))"
    repeated = r"(?:\s*\(\s*\d+\s*\))?(?:\s+or\s+more(?=\s))?"  # "two (2) or more years"
    return re.compile(
        rf"(?<![\w.])(?:{_MIN_CUES}\s+)?(?P<low>{number}){repeated}"
        rf"(?:\s*\+?\s*(?:-|–|—|to)\s*(?P<high>{number}){repeated})?"
        rf"\s*\+?\s*(?:-\s*)?(?P<unit>{years}|{months}|{decades})['’]?(?:\s*\+)?",
        re.IGNORECASE,
    )
