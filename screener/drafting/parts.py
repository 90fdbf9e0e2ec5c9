"""The tests one clause asks for: years of experience and skills (degrees are
:mod:`screener.drafting.degree_parts`, credentials :mod:`screener.drafting.credential_parts`).

Each builder reads one kind of requirement from a clause's mentions and marks the skill
names it used, so that "Bachelor's degree in machine learning" drafts no machine-learning
skill and "at least five years of Java" drafts one experience test in Java, not a Java
skill besides. Offsets in a :class:`Part` are relative to the clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from screener.drafting.degree_forms import DegreeMention
from screener.drafting.mentions import Mention, Mentions
from screener.drafting.skill_lists import SkillList, join_skills
from screener.drafting.vocabulary import load_vocabulary
from screener.drafting.years import YearsMention, find_years

_OR_NAME = re.compile(r"\bor\s+([A-Z][\w.+#-]*)")
_NAME_OR = re.compile(r"(?<![\w/])([A-Z][\w.+#/-]*)\s+or\s+")
_ROLE_AFTER = re.compile(r"\bas\s+an?\b", re.IGNORECASE)
_PLUS_END = re.compile(r"(?:\s+\S+){0,2}?\s*(?:\bplus|\band|\bwith|\+)\s*$", re.IGNORECASE)
_EXPERIENCE_WORDS = re.compile(r"(?:\s+of)?(?:\s+[\w-]+){0,3}?\s+experience\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Part:
    """One test a clause asks for."""

    key: str
    test: object
    name: str
    start: int
    end: int
    notes: tuple[str, ...] = ()
    preferred_only: bool = False
    label: str | None = None
    """A label other than the part's words (a credential of a list: its catalog name)."""
    relabel: tuple[int, int, str] | None = None
    """Words of the label to write otherwise (a range "3-5 years" is labelled "3+ years")."""
    reading: str | None = None
    """Why the part is a reading of the posting rather than its words (then a criterion
    whose kind came from its heading is drafted as preferred)."""


@dataclass
class Reading:
    """The parts found so far, and which skill mentions they used."""

    clause: str
    mentions: Mentions
    parts: list[Part] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    years_used: set[int] = field(default_factory=set)
    """Starts of the years figures a part has drafted already (years in lieu of a degree)."""

    def free_skills(self) -> list[tuple[int, Mention]]:
        """Technical skill mentions no part has used, with their index."""
        return [(i, m) for i, m in enumerate(self.mentions.skills) if i not in self.used]

    def use_within(self, start: int, end: int) -> None:
        """Mark the skill mentions inside ``[start, end)`` as used."""
        for index, mention in enumerate(self.mentions.skills):
            if mention.start < end and start < mention.end:
                self.used.add(index)


def add_experience(reading: Reading) -> None:
    """Years of experience, in one skill when exactly one skill follows the figure (before
    the next figure). A later figure is drafted only when it names its one skill ("3 years
    of front-end development, including 2+ years of React"): else it is a part of the
    first ("including 1 year as a lead"), or when a degree comes with it ("… — or a
    bachelor's degree plus six months": a path of its own, see ``screener.drafting.paths``)."""
    figures = [
        y
        for y in find_years(reading.clause)
        if y.drafts_minimum and y.start not in reading.years_used
    ]
    for index, figure in enumerate(figures):
        until = figures[index + 1].start if index + 1 < len(figures) else len(reading.clause)
        after = [(i, m) for i, m in reading.free_skills() if figure.end <= m.start < until]
        if index == 0 or len(after) == 1 or _with_a_degree(reading, figure):
            _add_figure(reading, figure, after)


def _with_a_degree(reading: Reading, figure: YearsMention) -> bool:
    """Whether ``figure`` follows a degree and "plus", "and", "with" or "+"."""
    return any(
        _PLUS_END.fullmatch(reading.clause, degree.end, figure.start)
        for degree in reading.mentions.degrees
    )


def _add_figure(reading: Reading, figure: YearsMention, after: list[tuple[int, Mention]]) -> None:
    test: dict[str, object] = {"min_years": years_of(figure)}
    notes: list[str] = []
    words = _EXPERIENCE_WORDS.match(reading.clause, figure.end)
    end = words.end() if words else figure.end
    if len(after) == 1:
        index, mention = after[0]
        test["skill"] = mention.id
        reading.used.add(index)
        end = max(end, mention.end)
    elif len(after) > 1:
        notes.append(
            "the years are drafted as total experience and the skills as their own "
            "criterion (an experience test counts one skill)"
        )
    if _ROLE_AFTER.search(reading.clause, figure.end):
        notes.append("experience in a role: the experience test counts all experience")
    name = f"experience-{test['skill']}" if "skill" in test else "experience"
    relabel = None
    if figure.maximum is not None:
        relabel = (figure.start, figure.end, f"{figure.minimum:g}+ years")
    reading.parts.append(
        Part("experience", test, name, figure.start, end, tuple(notes), relabel=relabel)
    )


def add_skills(reading: Reading, *, competence: bool) -> None:
    """The skills (and kinds of tools) left: every one, one of them, or a mixture."""
    free: list[tuple[int, int, tuple[str, ...]]] = [
        (m.start, m.end, (m.id,)) for _, m in reading.free_skills()
    ]
    groups = {g.id: g for g in load_vocabulary().skill_groups}
    kinds = [
        (m.start, m.end, groups[m.id].skills)
        for m in reading.mentions.groups
        if not _examples_after(reading.clause, m.end, free)
    ]
    similar_kind = _kind_after_similar(reading.clause, free)
    if similar_kind is not None:
        free, kinds = [similar_kind], []
    names = sorted([*free, *kinds])
    if not names:
        return
    listed = join_skills(reading.clause, names)
    if not listed.all_of and not listed.any_of:
        return  # only the employer's own tools ("we're TypeScript and Python")
    notes: list[str] = []
    why: str | None = None
    if kinds:
        words = ", ".join(f"“{reading.clause[s:e]}”" for s, e, _ in kinds)
        notes.append(f"{words} names a kind of tool: the drafted skills are a reading of it")
        why = "a kind of tool, not tools"
    elif competence:
        why = "named as a skill (“… skills”), not as experience or a must"
    others = None if similar_kind else _other_alternatives(reading.clause, reading.mentions)
    if others:
        notes.append(
            f"the posting also accepts {others}, which skills.yaml does not know: drafted as "
            "preferred (as required it would refuse those who have it)"
        )
    reading.parts.append(
        Part(
            key=_skills_key(listed),
            test=_skills_test(listed),
            name=_skills_name(listed, [m.id for m in reading.mentions.groups]),
            start=names[0][0],
            end=names[-1][1] if not others else len(reading.clause),
            notes=tuple(notes),
            preferred_only=bool(others),
            reading=why,
        )
    )


def _kind_after_similar(
    clause: str, free: Sequence[tuple[int, int, tuple[str, ...]]]
) -> tuple[int, int, tuple[str, ...]] | None:
    """The skill named right after "or a similar" ("Braze, Iterable or a similar
    marketing automation platform"): the tools before it are examples of it, and it is
    what the posting asks for."""
    similar = load_vocabulary().pattern("similar_words").search(clause)
    if similar is None:
        return None
    return next((item for item in free if 0 <= item[0] - similar.end() <= 2), None)


def _other_alternatives(clause: str, mentions: Mentions) -> str | None:
    """What a list of skills accepts besides the skills the taxonomy knows: "or similar
    tools", or a capitalised name next to "or" that is no skill ("WordPress or Webflow",
    "Primavera P6 or Microsoft Project"). The employer's tools after a generic requirement
    ("an ATS; we use Personio, and Greenhouse or Lever works just as well") are kinds of
    it, not other alternatives."""
    similar = load_vocabulary().pattern("similar_words").search(clause)
    if similar is not None:
        return f"“{similar.group()}”"
    named: list[Mention | DegreeMention] = [
        *mentions.skills,
        *mentions.soft_skills,
        *mentions.groups,
        *mentions.certifications,
        *mentions.degrees,
    ]
    stack = load_vocabulary().pattern("stack_words").search(clause)
    until = stack.start() if stack and any(m.end <= stack.start() for m in named) else None
    for match in _OR_NAME.finditer(clause, 0, until or len(clause)):
        if not any(m.start <= match.start(1) < m.end for m in named):
            return f"“{match.group(1)}”"
    for match in _NAME_OR.finditer(clause, 0, until or len(clause)):
        unnamed = not any(m.start <= match.start(1) < m.end for m in named)
        if unnamed and any(m.start == match.end() for m in mentions.skills):
            return f"“{match.group(1)}”"
    return None


def _examples_after(
    clause: str, end: int, free: Sequence[tuple[int, int, tuple[str, ...]]]
) -> bool:
    """A kind of tool followed by examples ("a BI tool such as Tableau", "cloud platforms
    (AWS, GCP)"): the examples are the list, not the kind."""
    following = [start for start, _, _ in free if start >= end]
    if not following:
        return False
    between = clause[end : following[0]]
    cue = load_vocabulary().pattern("example_words").search(between)
    return cue is not None or "(" in between


def _skills_key(listed: SkillList) -> str:
    return "all" if (listed.all_of and listed.any_of) or len(listed.any_of) > 1 else "skills"


def _skills_test(listed: SkillList) -> object:
    """A ``skills`` test, or for a mixture the conditions of an ``all`` test."""
    if _skills_key(listed) == "skills":
        if listed.all_of:
            return {"all_of": list(listed.all_of)}
        return {"any_of": list(listed.any_of[0])}
    conditions: list[object] = []
    if listed.all_of:
        conditions.append({"skills": {"all_of": list(listed.all_of)}})
    conditions += [{"skills": {"any_of": list(group)}} for group in listed.any_of]
    return conditions


def _skills_name(listed: SkillList, groups: list[str]) -> str:
    if groups and not listed.all_of and len(listed.any_of) == 1:
        return groups[0]
    ids = [*listed.all_of, *(i for group in listed.any_of for i in group)]
    return joined_name(tuple(ids))


def joined_name(ids: tuple[str, ...]) -> str:
    """A criterion id from the ids it tests: ``python-java``, ``a-b-c-etc``."""
    return "-".join(ids[:3]) + ("-etc" if len(ids) > 3 else "")


def years_of(figure: YearsMention) -> float | int:
    return whole(figure.minimum)


def whole(years: float) -> float | int:
    return int(years) if years.is_integer() else years
