"""The degree one clause asks for: a form of degrees.yaml or "degree" read at a level, with
its fields, and what may stand in for it ("or equivalent experience", years "in lieu of a
degree"). Offsets are relative to the clause, as in :mod:`screener.drafting.parts`."""

from __future__ import annotations

from screener.drafting.degree_forms import DegreeMention, find_generic_degree
from screener.drafting.degrees import read_degree
from screener.drafting.parts import Part, Reading, whole, years_of
from screener.drafting.vocabulary import load_vocabulary
from screener.drafting.years import YearsMention, find_years

LEVEL_NAMES = {
    "none": "education",
    "secondary": "secondary-education",
    "associate": "associate-degree",
    "bachelor": "bachelor-degree",
    "master": "master-degree",
    "doctorate": "doctorate",
}


def add_degree(reading: Reading, limit: int) -> None:
    """The degree the clause names (a form of degrees.yaml, or "degree" read at a level)."""
    degrees: list[DegreeMention] = list(reading.mentions.degrees)
    notes: list[str] = []
    if not degrees:
        generic = find_generic_degree(reading.clause)
        if generic is None:
            return
        degrees = [generic]
        notes.append(f"“{reading.clause[generic.start : generic.end]}” names no level: "
                     f"read as {generic.level}")  # fmt: skip
    requirement = read_degree(reading.clause, degrees, limit)
    notes += requirement.notes
    test = requirement.test()
    if in_progress_accepted(reading.clause):
        test["include_in_progress"] = True
    key, preferred_only = "degree", False
    drafted: object = test
    substitute = _years_in_lieu(reading.clause, requirement.end)
    if substitute is not None:
        reading.years_used.add(substitute.start)
        reading.use_within(substitute.start, len(reading.clause))
        instead = {"experience": {"min_years": years_of(substitute)}}
        key, drafted = "any", [{"degree": test}, instead]
        notes.append(
            f"{substitute.minimum:g} years of experience may stand in for the degree: the "
            "degree or those years"
        )
    elif requirement.equivalent_experience:
        years = load_vocabulary().equivalent_years.get(requirement.min_level)
        if years is None:
            preferred_only = True
            notes.append(
                "“or equivalent experience”: the drafter has no number of years for this "
                "level, so the degree is drafted as preferred; make it required by hand if meant"
            )
        else:
            key, drafted = "any", [{"degree": test}, {"experience": {"min_years": whole(years)}}]
            notes.append(
                f"“or equivalent experience” read year for year: the degree or {years:g} years "
                "of experience (the years of study it stands for); change the figure if meant"
            )
    reading.use_within(degrees[0].start, requirement.end)
    reading.parts.append(
        Part(
            key=key,
            test=drafted,
            name=LEVEL_NAMES[requirement.min_level],
            start=degrees[0].start,
            end=requirement.end,
            notes=tuple(notes),
            preferred_only=preferred_only,
        )
    )


def _years_in_lieu(clause: str, after: int) -> YearsMention | None:
    """The years figure after a degree that the clause says may stand in for it."""
    if load_vocabulary().pattern("degree_substitutes").search(clause, after) is None:
        return None
    figures = [y for y in find_years(clause) if y.drafts_minimum and y.start >= after]
    return figures[0] if len(figures) == 1 else None


def in_progress_accepted(clause: str) -> bool:
    """Whether the clause accepts a credential or degree still in progress ("or progress
    toward it", "pursuing")."""
    return load_vocabulary().pattern("in_progress_words").search(clause) is not None
