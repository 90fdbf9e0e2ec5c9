"""Degree forms in a posting's clause, read with the forms of ``degrees.yaml``.

Every form of the catalog is looked for as a whole word (case-sensitive forms in their
case only), the longest first where two overlap. Two kinds of form need more:

* an ambiguous one (``requires_context``: ``BS``, ``MS``, ``MA``, ``JD``) counts only
  right after a slash or right before a slash, a comma, a bracket, "in", "of", "or",
  "and", "from" or "degree" ("BS/MS in CS", "MA or MS", "a JD from an accredited law
  school"), and never right after a number ("WCAG 2.1 AA"), so "MS Excel" is no master's
  degree;
* a bare school name ("High School") counts only before "diploma", "degree",
  "equivalent", "education" or "or" ("high school diploma or GED"), so "teach high school
  students" names no degree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from screener.drafting.vocabulary import load_vocabulary
from screener.taxonomy import DegreeForm, DegreeLevelId, load_degrees

_AMBIGUOUS_AFTER = re.compile(r"\s*(?:/|,|\(|\bin\b|\bof\b|\bor\b|\band\b|\bfrom\b|degree|$)", re.I)
_VERSION_BEFORE = re.compile(r"\d\s+$")
_LEVEL_BEFORE = re.compile(r"(?<!\w)(\w+['’]?s?)\s*(?:or|/|,)\s*$", re.I)
_BARE_FORMS = frozenset({"high school", "high-school"})
_GENERIC_AFTER = re.compile(
    r"\s*(?:\bin\b|\brequired\b|\bpreferred\b|\bor\b|\band\b|\(|,|;|\.|$)", re.I
)
_BARE_AFTER = re.compile(r"[\s-]*(?:diploma|degree|equivalen|education|/|or\b)", re.I)


@dataclass(frozen=True, slots=True)
class DegreeMention:
    """A degree form in a clause (``clause[start:end]``), its level and the form's field."""

    start: int
    end: int
    level: DegreeLevelId
    field: str | None


@dataclass(frozen=True, slots=True)
class _Forms:
    sensitive: re.Pattern[str]
    insensitive: re.Pattern[str]
    exact: dict[str, tuple[DegreeLevelId, DegreeForm]]
    folded: dict[str, tuple[DegreeLevelId, DegreeForm]]


def find_degrees(clause: str) -> list[DegreeMention]:
    """The degree forms in ``clause``, in text order."""
    forms = _forms()
    found: list[DegreeMention] = []
    for sensitive, match in _matches(clause, forms):
        if any(match.start() < d.end and d.start < match.end() for d in found):
            continue
        text = _key(match.group())
        level, form = forms.exact[text] if sensitive else forms.folded[text.casefold()]
        if form.requires_context and not _ambiguous_confirmed(clause, match):
            continue
        if form.text.casefold() in _BARE_FORMS and not _BARE_AFTER.match(clause, match.end()):
            continue
        found.append(DegreeMention(match.start(), match.end(), level, form.field))
    return sorted([*found, *_levels_before(clause, found)], key=lambda d: d.start)


def _levels_before(clause: str, found: list[DegreeMention]) -> list[DegreeMention]:
    """A level word right before "or"/"/"/"," and a degree ("Associate or bachelor's")."""
    words = load_vocabulary().degree_level_words
    extra: list[DegreeMention] = []
    for degree in found:
        match = _LEVEL_BEFORE.search(clause[: degree.start])
        if match is not None:
            level = words.get(match.group(1).casefold().replace("'", "").replace("’", ""))
            if level is not None and not any(d.start <= match.start(1) < d.end for d in found):
                extra.append(DegreeMention(match.start(1), match.end(1), level, None))
    return extra


def find_generic_degree(clause: str) -> DegreeMention | None:
    """A degree named without its level ("Degree in Computer Science", "a 4-year
    degree"), read at the level ``posting_words.yaml`` gives it; ``None`` before "of"."""
    generic = load_vocabulary().generic_degrees
    for match in _generic_pattern().finditer(clause):
        if _GENERIC_AFTER.match(clause, match.end()):
            level = generic[" ".join(match.group().casefold().split())]
            return DegreeMention(match.start(), match.end(), level, None)
    return None


@lru_cache(maxsize=1)
def _generic_pattern() -> re.Pattern[str]:
    words = tuple(load_vocabulary().generic_degrees)
    return load_vocabulary().words_regex(words)


def _ambiguous_confirmed(clause: str, match: re.Match[str]) -> bool:
    before = clause[match.start() - 1 : match.start()]
    if _VERSION_BEFORE.search(clause, 0, match.start()):
        return False  # "WCAG 2.1 AA": a conformance level, no degree
    return before == "/" or _AMBIGUOUS_AFTER.match(clause, match.end()) is not None


def _matches(clause: str, forms: _Forms) -> list[tuple[bool, re.Match[str]]]:
    """Every match of either pattern, longest first, then leftmost."""
    found = [(True, m) for m in forms.sensitive.finditer(clause)]
    found += [(False, m) for m in forms.insensitive.finditer(clause)]
    return sorted(found, key=lambda item: (item[1].start() - item[1].end(), item[1].start()))


def _key(text: str) -> str:
    """A matched form as the catalog writes it: ASCII apostrophe, single spaces."""
    return " ".join(text.replace("’", "'").split())


@lru_cache(maxsize=1)
def _forms() -> _Forms:
    catalog = load_degrees()
    pairs = [(level.id, form) for level in catalog.levels for form in level.forms]
    sensitive = [form.text for _, form in pairs if form.case_sensitive]
    insensitive = [form.text for _, form in pairs if not form.case_sensitive]
    return _Forms(
        sensitive=_pattern(sensitive, 0),
        insensitive=_pattern(insensitive, re.IGNORECASE),
        exact={form.text: (level, form) for level, form in pairs if form.case_sensitive},
        folded={
            form.text.casefold(): (level, form) for level, form in pairs if not form.case_sensitive
        },
    )


def _pattern(forms: list[str], flags: int) -> re.Pattern[str]:
    """One regex of whole-word forms (overlapping matches are found by :func:`_matches`)."""
    alternation = "|".join(
        re.escape(form).replace("'", "['’]").replace(r"\ ", r"\s+")
        for form in sorted(set(forms), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w.])(?:{alternation})(?!\w)", flags)
