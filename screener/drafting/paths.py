"""Alternative paths into a role: "PhD in physics, or a Master's degree plus 2+ years of
research experience"; "5+ years (4+ with a Master's)".

The years belong to the lower degree's path only: drafted alone they would be asked of the
PhD too. Such a clause (a degree part naming two levels joined by "or", then "plus",
"and", "with" or "+" and a years part) is drafted as one ``any``: the higher degree, or
``all`` of the lower degree and the years.

Years tied to a degree ("5 years with a bachelor's or 3 with a master's", "5+ years of
embedded development (4+ with a Master's degree)") are paths too: one ``any`` of the
figures, each with the degree it is tied to — never the higher degree asked of everyone.
So are years offered instead of a degree and shorter years ("Two years of claims
experience — or a bachelor's degree plus six months"): the years, or ``all`` of the degree
and the shorter years.

A path no rule can test ("or completion of a military BMET program", "an MA or LPN
credential", "completion of a PGY1 residency or two years of practice") makes the clause's
degree and years preferred, with a note (``untestable_starts``/``untestable_nouns`` of
``posting_words.yaml``): required, they would turn away people the posting accepts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from screener.drafting.degree_forms import DegreeMention
from screener.drafting.parts import Part
from screener.drafting.vocabulary import load_vocabulary
from screener.drafting.years import find_years
from screener.taxonomy import LEVEL_ORDER
from screener.taxonomy.words import words_alternation

_PLUS = re.compile(r"^\s*(?:plus|and|with|\+)\s*$", re.IGNORECASE)
_OR = re.compile(r"\bor\b", re.IGNORECASE)
_OR_BETWEEN = re.compile(r"^[\s,;:*()—–-]*\bor\b[\s,:*]*(?:an?\s+|the\s+)?$", re.IGNORECASE)
_NOT_A_PATH = r"(?:related|similar|accredited|field|degree|in|from|of)"
"""Words that make "or … program" a field of study ("or a related program"), not a path."""
_TESTED = frozenset({"degree", "experience", "any"})
_NEXT_PART = 4
"""Characters at most between a leading path's "or" and the degree or years after it."""
_LEADING_REACH = 200
"""Characters after a leading path's first words searched for its "or"."""
_TIED_FIGURE = re.compile(r"^[^;()\d]{0,60}?\b(?:with|holding)\s+(?:an?\s+)?$", re.IGNORECASE)
_TIED_SHORTHAND = re.compile(
    r"(?:\(|\bor\s)\s*(?P<n>\d+(?:\.\d+)?)\s*\+?\s*(?:years?|yrs?\.?)?\s*"
    r"(?:with|holding|for)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)


def alternative_paths(
    clause: str, degrees: tuple[DegreeMention, ...], parts: list[Part]
) -> list[Part]:
    """``parts`` with a degree and the years of its lower path joined into one ``any``."""
    for index, (degree, years) in enumerate(pairwise(parts)):
        if degree.key != "degree" or years.key != "experience":
            continue
        if not isinstance(degree.test, dict):
            continue
        if not _PLUS.match(clause[degree.end : years.start]):
            continue
        levels = sorted({d.level for d in degrees}, key=LEVEL_ORDER.index)
        if len(levels) < 2 or not _OR.search(clause, degree.start, degree.end):
            continue
        higher = {**degree.test, "min_level": levels[-1]}
        lower = {**degree.test, "min_level": levels[0]}
        test = [{"degree": higher}, {"all": [{"degree": lower}, {"experience": years.test}]}]
        note = f"alternative paths: a {levels[-1]} degree, or a {levels[0]} degree and the years"
        joined = replace(
            degree,
            key="any",
            test=test,
            end=years.end,
            notes=(*degree.notes, *years.notes, note),
        )
        return [*parts[:index], joined, *parts[index + 2 :]]
    return parts


def degree_tied_years(
    clause: str, degrees: tuple[DegreeMention, ...], parts: list[Part]
) -> list[Part]:
    """``parts`` with years tied to degrees ("3 with a master's") joined into one ``any``
    of the paths, each ``all`` of its degree and its years (see the module docstring)."""
    experience = next((p for p in parts if p.key == "experience"), None)
    if experience is None or not isinstance(experience.test, dict) or not degrees:
        return parts
    paths, tied = _paths(clause, degrees, experience.test)
    if not tied or len(paths) < 2:
        return parts
    degree_parts = [p for p in parts if p.key == "degree"] if tied == set(degrees) else []
    base = next((p.test for p in degree_parts if isinstance(p.test, dict)), {})
    test = [
        {"experience": years}
        if level is None
        else {"all": [{"degree": {**base, "min_level": level}}, {"experience": years}]}
        for level, years in paths
    ]
    kept = [p for p in parts if p is not experience and p not in degree_parts]
    joined = replace(
        experience,
        key="any",
        test=test,
        start=min(experience.start, *(d.start for d in tied)),
        end=max(experience.end, *(d.end for d in tied)),
        notes=(*experience.notes, "alternative paths: the years differ with the degree held"),
    )
    return sorted([*kept, joined], key=lambda p: (p.start, p.end))


def _paths(
    clause: str, degrees: tuple[DegreeMention, ...], years: dict[str, object]
) -> tuple[list[tuple[str | None, dict[str, object]]], set[DegreeMention]]:
    """Each figure of the clause with the degree level it is tied to (``None``: none), and
    the degree mentions tied to a figure."""
    paths: list[tuple[str | None, dict[str, object]]] = []
    tied: set[DegreeMention] = set()
    figures = [f for f in find_years(clause) if f.drafts_minimum]
    for index, figure in enumerate(figures):
        until = figures[index + 1].start if index + 1 < len(figures) else len(clause)
        degree = next(
            (d for d in degrees if figure.end <= d.start < until
             and _TIED_FIGURE.match(clause[figure.end : d.start])),
            None,
        )  # fmt: skip
        if degree is not None:
            tied.add(degree)
        paths.append((degree.level if degree else None, {**years, "min_years": _n(figure.minimum)}))
    for degree in degrees:
        shorthand = _TIED_SHORTHAND.search(clause, 0, degree.start)
        if shorthand is not None and shorthand.end() == degree.start and degree not in tied:
            tied.add(degree)
            paths.append((degree.level, {**years, "min_years": _n(float(shorthand["n"]))}))
    return paths, tied


def _n(years: float) -> float | int:
    return int(years) if years.is_integer() else years


def years_or_degree(clause: str, parts: list[Part]) -> list[Part]:
    """``parts`` with years, "or" a degree plus shorter years joined into one ``any``."""
    for index in range(len(parts) - 2):
        years, degree, shorter = parts[index : index + 3]
        if (years.key, degree.key, shorter.key) != ("experience", "degree", "experience"):
            continue
        if not _OR_BETWEEN.match(clause[years.end : degree.start]):
            continue
        if not _PLUS.match(clause[degree.end : shorter.start]):
            continue
        test = [
            {"experience": years.test},
            {"all": [{"degree": degree.test}, {"experience": shorter.test}]},
        ]
        joined = replace(
            years,
            key="any",
            test=test,
            end=shorter.end,
            notes=(*years.notes, "alternative paths: the years, or the degree and fewer years"),
        )
        return [*parts[:index], joined, *parts[index + 3 :]]
    return parts


def untestable_paths(clause: str, parts: list[Part]) -> list[Part]:
    """``parts`` with their degree and years drafted as preferred when the clause accepts a
    path into the role that no rule can test (see the module docstring)."""
    match = next((m for m in _untestable_pattern().finditer(clause) if _a_path(m, parts)), None)
    if match is None:
        return parts
    words = " ".join(clause[match.start() : match.end()].split())
    note = (
        f"the posting also accepts “{words} …”, which no rule can test: drafted as preferred "
        "(make it required by hand if that path is rare)"
    )
    return [
        replace(part, preferred_only=True, notes=(*part.notes, note))
        if part.key in _TESTED
        else part
        for part in parts
    ]


def _a_path(match: re.Match[str], parts: list[Part]) -> bool:
    """Whether ``match`` is such a path: after "or", or at the start before an "or" that
    a degree or years follow ("Completion of a PGY1 residency or two years", never
    "Graduation from a college or university with a bachelor's degree")."""
    if match.group("leading") is None:
        return True
    ors = _OR.finditer(match.string, match.end(), match.end() + _LEADING_REACH)
    starts = {p.start for p in parts if p.key in _TESTED}
    return any(0 <= start - o.end() <= _NEXT_PART for o in ors for start in starts)


@lru_cache(maxsize=1)
def _untestable_pattern() -> re.Pattern[str]:
    vocabulary = load_vocabulary()
    starts = words_alternation({"en": vocabulary.untestable_starts})
    nouns = words_alternation({"en": vocabulary.untestable_nouns})
    word = rf"(?!{_NOT_A_PATH}\b)[\w./()&'’-]+"
    after_or = rf"\bor[*_]*\s+(?:an?\s+|the\s+)?(?:(?:{starts})|(?:{word}\s+){{0,4}}?(?:{nouns}))"
    leading = rf"^[\W]*(?:[A-Z][\w ]{{0,20}}:\s*)?(?:{starts})\b"
    return re.compile(rf"{after_or}|(?P<leading>{leading})", re.IGNORECASE)
