"""What a rule set *requires*, in the terms a posting's reader labels it: the lowest
required degree level, the role's minimum years and the required skills.

The measure of ``bench/drafting_blind.py`` and of the drafting tests, kept in one place:

* degree level: the lowest ``degree.min_level`` among the required criteria, looked for
  inside ``any``/``all`` too ("a bachelor's or equivalent experience" still requires the
  level); ``none`` without one;
* minimum years: the largest ``experience.min_years`` of a required criterion outside any
  ``any`` (years offered *instead of* a degree are not the role's minimum); an ``any``
  whose every path asks for years (years that differ with the degree held) gives its
  lowest figure;
* skills: the ids of required ``skills`` tests (an ``any_of`` of two or more is one
  alternative group) and the skill of required ``experience`` tests (of every path).
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.requirements.models import Condition, RuleSet
from screener.taxonomy import LEVEL_ORDER

Skill = str | frozenset[str]
"""A required skill id, or a group of ids of which any one will do."""


@dataclass(frozen=True)
class RequiredFacts:
    """What a rule set requires: degree level, minimum years, skills."""

    degree: str
    years: float | None
    skills: frozenset[Skill]


def _walk(condition: Condition, inside_any: bool = False) -> list[tuple[Condition, bool]]:
    found = [(condition, inside_any)]
    for child in (*(condition.any or ()), *(condition.all or ())):
        found += _walk(child, inside_any or condition.any is not None)
    return found


def _path_years(condition: Condition) -> tuple[list[float], set[str]]:
    """The lowest years of an ``any`` whose every path asks for years, and the skills of
    those years common to every path; else nothing."""
    if condition.any is None:
        return [], set()
    lowest: list[float] = []
    common: set[str] | None = None
    for path in condition.any:
        tests = [c.experience for c, _ in _walk(path) if c.experience is not None]
        if not tests:
            return [], set()
        lowest.append(max(test.min_years for test in tests))
        named = {test.skill for test in tests if test.skill}
        common = named if common is None else common & named
    return [min(lowest)], common or set()


def required_facts(ruleset: RuleSet) -> RequiredFacts:
    """The facts ``ruleset`` requires (see the module docstring)."""
    degrees: list[str] = []
    years: list[float] = []
    skills: set[Skill] = set()
    for criterion in ruleset.required:
        for condition, inside_any in _walk(criterion):
            if condition.degree is not None:
                degrees.append(condition.degree.min_level)
            if condition.experience is not None and not inside_any:
                years.append(condition.experience.min_years)
                if condition.experience.skill:
                    skills.add(condition.experience.skill)
            if condition.skills is not None and not inside_any:
                skills.update(condition.skills.all_of)
                if len(condition.skills.any_of) == 1:
                    skills.add(condition.skills.any_of[0])
                elif condition.skills.any_of:
                    skills.add(frozenset(condition.skills.any_of))
        path_years, path_skills = _path_years(criterion)
        years += path_years
        skills.update(path_skills)
    degree = min(degrees, key=LEVEL_ORDER.index) if degrees else "none"
    return RequiredFacts(degree, max(years) if years else None, frozenset(skills))
