"""Alternative paths into a role: "PhD in physics, or a Master's degree plus 2+ years of
research experience".

The years belong to the lower degree's path only: drafted alone they would be asked of the
PhD too. Such a clause (a degree part naming two levels joined by "or", then "plus",
"and", "with" or "+" and a years part) is drafted as one ``any``: the higher degree, or
``all`` of the lower degree and the years.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from screener.drafting.degree_forms import DegreeMention
from screener.drafting.parts import Part
from screener.taxonomy import LEVEL_ORDER

_PLUS = re.compile(r"^\s*(?:plus|and|with|\+)\s*$", re.IGNORECASE)
_OR = re.compile(r"\bor\b", re.IGNORECASE)


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
