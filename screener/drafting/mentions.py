"""What one clause of a posting names: skills, degrees, certifications and kinds of tools.

Skills are found by the résumé pipeline itself (``screener.nlp``: the same taxonomy, the
same token matching and context rules), run on the clause alone, and by the posting's own
paraphrases and roles (:mod:`screener.drafting.phrases`) where no taxonomy name stands or
where a paraphrase holds a shorter one ("software QA" is software testing, not the "QA"
of quality assurance).
A clause that reads as a qualification ("Experience in R") is analysed as if it sat in
a skills section, which is what a requirements list is, so that ambiguous skills such as
R, C or Go are accepted there as they would be in a résumé's skills section.

Degrees and credentials are found by :mod:`screener.drafting.degree_forms` and
:mod:`screener.drafting.cert_forms` over the forms of ``degrees.yaml`` and
``certifications.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from screener.drafting.cert_forms import find_certifications
from screener.drafting.degree_forms import DegreeMention, find_degrees
from screener.drafting.phrases import phrase_mentions
from screener.drafting.vocabulary import load_vocabulary
from screener.drafting.years import find_years
from screener.nlp.pipeline import analyse
from screener.nlp.skills import skill_spans
from screener.taxonomy import load_skills

SKILLS_PREFIX = "SKILLS\n"
"""Puts a clause in a skills section for the résumé pipeline (offsets are shifted back)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a clause: ``clause[start:end]``, and the id it names."""

    start: int
    end: int
    id: str


@dataclass(frozen=True, slots=True)
class Mentions:
    """Everything one clause names, each list in text order: ``skills`` holds the soft
    skills ``posting_words.yaml`` screens (communication, customer service), ``soft_skills``
    the others."""

    skills: tuple[Mention, ...]
    soft_skills: tuple[Mention, ...]
    groups: tuple[Mention, ...]
    degrees: tuple[DegreeMention, ...]
    certifications: tuple[Mention, ...]

    @property
    def qualifying(self) -> bool:
        """Whether the clause names any skill, kind of tool, degree or certification."""
        return bool(self.skills or self.groups or self.degrees or self.certifications)


@lru_cache(maxsize=4096)
def find_mentions(clause: str, *, as_skills_section: bool = False) -> Mentions:
    """The skills, kinds of tools, degrees and certifications ``clause`` names."""
    groups = _groups(clause)
    prefix = SKILLS_PREFIX if as_skills_section else ""
    doc = analyse(prefix + clause)
    shift = len(prefix)
    catalog = load_skills()
    screened = frozenset(load_vocabulary().screened_soft_skills)
    technical: list[Mention] = []
    soft: list[Mention] = []
    for span in skill_spans(doc):
        mention = Mention(span.start_char - shift, span.end_char - shift, span.label_)
        if mention.start < 0 or any(_overlaps(mention, group) for group in groups):
            continue
        is_soft = catalog.by_id(mention.id).category == "soft"
        (soft if is_soft and mention.id not in screened else technical).append(mention)
    for phrase in phrase_mentions(clause):
        mention = Mention(phrase.start, phrase.end, phrase.id)
        inside = [m for m in (*technical, *soft) if _within(m, mention) and m != mention]
        technical = [m for m in technical if m not in inside]
        soft = [m for m in soft if m not in inside]
        if not any(_overlaps(mention, other) for other in (*technical, *soft, *groups)):
            is_soft = catalog.by_id(mention.id).category == "soft"
            (soft if is_soft and mention.id not in screened else technical).append(mention)
    technical.sort(key=lambda m: (m.start, m.end))
    soft.sort(key=lambda m: (m.start, m.end))
    certifications = tuple(Mention(c.start, c.end, c.id) for c in find_certifications(clause))
    return Mentions(
        skills=tuple(technical),
        soft_skills=tuple(soft),
        groups=groups,
        degrees=tuple(find_degrees(clause)),
        certifications=certifications,
    )


def _within(a: Mention, b: Mention) -> bool:
    """Whether ``a`` lies inside ``b`` and is shorter ("QA" in "software QA")."""
    return b.start <= a.start and a.end <= b.end and (a.end - a.start) < (b.end - b.start)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _groups(clause: str) -> tuple[Mention, ...]:
    found: list[Mention] = []
    for group in load_vocabulary().skill_groups:
        match = _group_pattern(group.id).search(clause)
        if match is not None:
            found.append(Mention(match.start(), match.end(), group.id))
    return tuple(sorted(found, key=lambda m: m.start))


@lru_cache(maxsize=64)
def _group_pattern(group_id: str) -> re.Pattern[str]:
    group = next(g for g in load_vocabulary().skill_groups if g.id == group_id)
    return load_vocabulary().words_regex(group.words)


def written_as_qualification(text: str) -> bool:
    """Whether ``text`` starts (after at most two words) with a qualification word, a
    years figure or a degree: "Programming experience in …", "Knowledge of …", "2+ years
    …", "Bachelor's degree …"."""
    words = load_vocabulary().pattern("qualification_starts")
    leads = _leads(text)
    starts = {y.start for y in find_years(text)} | {d.start for d in find_degrees(text)}
    return any(words.match(text, lead) or lead in starts for lead in leads)


def _leads(text: str) -> list[int]:
    """Where the first three words of ``text`` start."""
    return [m.start() for m in re.finditer(r"\S+", text)][:3]
