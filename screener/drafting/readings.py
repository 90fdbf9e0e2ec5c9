"""One clause of a posting read into drafted criteria, or into the reason it is not screened.

In order: an equal-opportunity sentence is no requirement (and is not linted: it names
traits to protect them); the fairness lint (a clause with a proxy phrase drafts nothing);
the kind the clause asks for (:func:`screener.drafting.clauses.clause_kind`); conditions
of employment (work authorisation, a driving licence: checked by people, never by a
rule); a qualification due after hire ("TNCC within 1 year of hire") is none, and one the
posting accepts now or after hire ("a PE licence, or the ability to obtain it within 24
months of hire") is preferred; then its
degree, named credentials, described credentials, years of experience and skills
(:mod:`screener.drafting.parts`). A criterion whose kind came from its heading is drafted
as *preferred* when it is a reading rather than the posting's words — a kind of tool ("AI
tools"), described credentials, a competence ("Data science skills") in a section that
lists mostly competences — and a list accepting tools the taxonomy lacks always is; each
such criterion carries a note saying so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from screener.drafting.clauses import Clause, ClauseKind, CriterionKind, clause_kind
from screener.drafting.credential_parts import add_certifications, add_described_certification
from screener.drafting.deadlines import after_hire
from screener.drafting.degree_parts import add_degree
from screener.drafting.examples import umbrella_examples
from screener.drafting.lint import maximum_findings, proxy_findings
from screener.drafting.mentions import Mentions, find_mentions, written_as_qualification
from screener.drafting.parts import Part, Reading, add_experience, add_skills
from screener.drafting.paths import (
    alternative_paths,
    degree_tied_years,
    untestable_paths,
    years_or_degree,
)
from screener.drafting.report import LintFinding
from screener.drafting.sections import Section
from screener.drafting.vocabulary import load_vocabulary
from screener.drafting.years import find_years
from screener.taxonomy import load_skills
from screener.taxonomy.loader import load_languages

_SECTION_REASONS = {
    "duties": "a duty of the job, not a qualification",
    "intro": "the posting's introduction, not written as a qualification",
    "unknown": "under a heading that names no requirements, and not written as a qualification",
}
MAX_LABEL_CHARS = 200
MAX_CLAUSE_CHARS = 600
"""A longer clause is no requirement (a pasted paragraph): reported, not read."""
_TRIM_WORDS = (" and", " or", " a", " an", " with", " plus", " in", ",", ";", " the")


@dataclass(frozen=True, slots=True)
class DraftedCriterion:
    """A criterion drafted from the posting, before it gets its id."""

    kind: CriterionKind
    key: str
    test: object
    name: str
    label: str
    text: str
    start: int
    end: int
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """What one clause gave: criteria, or the reason it gave none; and lint findings."""

    criteria: tuple[DraftedCriterion, ...]
    reason: str | None
    lint: tuple[LintFinding, ...]


def read_clause(clause: Clause) -> ClauseReading:
    """Draft the criteria one clause asks for."""
    if len(clause.text) > MAX_CLAUSE_CHARS:
        reason = f"longer than {MAX_CLAUSE_CHARS} characters: too long to read as one requirement"
        return ClauseReading((), reason, ())
    vocabulary = load_vocabulary()
    if vocabulary.heading_pattern("eeo").search(clause.text):
        return ClauseReading((), "an equal-opportunity statement, not a qualification", ())
    proxies = proxy_findings(clause.text, clause.start)
    if proxies:
        traits = ", ".join(dict.fromkeys(f.trait for f in proxies))
        reason = f"refers to {traits}: a fair screening never uses it (see the fairness lint)"
        return ClauseReading((), reason, tuple(proxies))
    lint = tuple(maximum_findings(clause.text, clause.start))
    kind = clause_kind(clause)
    if kind.source == "negated":
        return ClauseReading((), "the posting says this is not required", lint)
    if kind.kind is None:
        reason = _SECTION_REASONS.get(clause.section.kind, "not a qualification")
        return ClauseReading((), reason, lint)
    if vocabulary.pattern("outside_screening").search(clause.text):
        reason = "a condition of employment, checked by people outside the screening"
        return ClauseReading((), reason, lint)
    figures = find_years(clause.text)
    if figures and not any(figure.drafts_minimum for figure in figures):
        return ClauseReading((), "an experience maximum (see the fairness lint)", lint)
    deadline = after_hire(clause.text)
    mentions = _mentions(clause, kind)
    degree_by_start = (
        deadline is not None and deadline.by_start and not deadline.alternative and mentions.degrees
    )
    if deadline is not None and not deadline.alternative and not degree_by_start:
        return ClauseReading((), "due after hire, not at application", lint)
    parts = _parts(clause.text, mentions, competence_list=_competence_list(clause.section))
    if not parts:
        return ClauseReading((), _why_not(clause.text, mentions), lint)
    if degree_by_start:  # "PhD …, awarded by the start date": finishing it now will do
        parts = [_in_progress_too(part) for part in parts]
    elif deadline is not None:  # "… or the ability to obtain it within 24 months of hire"
        kind = ClauseKind("preferred", "inline")
        parts = [_later_too(part) for part in parts]
    criteria = tuple(_criterion(clause, kind, part, len(parts) == 1) for part in parts)
    return ClauseReading(criteria, None, lint)


def _in_progress_too(part: Part) -> Part:
    if part.key != "degree" or not isinstance(part.test, dict):
        return part
    note = "the degree is due by the start date: one still in progress is accepted"
    test = {**part.test, "include_in_progress": True}
    return replace(part, test=test, notes=(*part.notes, note))


def _later_too(part: Part) -> Part:
    note = "the posting also accepts it after hire: drafted as preferred"
    return replace(part, notes=(*part.notes, note))


def _mentions(clause: Clause, kind: ClauseKind) -> Mentions:
    """The clause's mentions; read as a skills section when it is a list of skills."""
    plain = find_mentions(clause.text)
    if written_as_qualification(clause.text) or plain.skills or plain.groups:
        return find_mentions(clause.text, as_skills_section=True)
    return plain


def _parts(text: str, mentions: Mentions, *, competence_list: bool) -> list[Part]:
    reading = Reading(text, mentions)
    reading.used |= umbrella_examples(text, mentions.skills)
    add_degree(reading, _field_limit(text, mentions))
    add_certifications(reading)
    add_described_certification(reading)
    add_experience(reading)
    add_skills(reading, competence=competence_list and _competence(text))
    parts = sorted(reading.parts, key=lambda p: (p.start, p.end))
    parts = degree_tied_years(text, mentions.degrees, parts)
    parts = years_or_degree(text, alternative_paths(text, mentions.degrees, parts))
    return untestable_paths(text, parts)


def _field_limit(text: str, mentions: Mentions) -> int:
    """Where a degree's field words must end: at a years figure or a credential after it."""
    first = mentions.degrees[0].start if mentions.degrees else 0
    stops = [y.start for y in find_years(text) if y.start > first]
    stops += [m.start for m in mentions.certifications if m.start > first]
    return min(stops, default=len(text))


@lru_cache(maxsize=256)
def _competence_list(section: Section) -> bool:
    """Whether ``section`` is a profile of the trade rather than a list of musts: at least
    ``competence_list_share`` of its lines name a competence ("Analytical skills"). A
    section given without its lines (a clause read alone) counts as one."""
    if not section.lines:
        return True
    share = sum(_competence(line.text.rstrip(" .;")) for line in section.lines) / len(section.lines)
    return share >= load_vocabulary().competence_list_share


def _competence(text: str) -> bool:
    endings = load_vocabulary().pattern("competence_endings")
    return any(m.end() == len(text) for m in endings.finditer(text))


def _criterion(clause: Clause, kind: ClauseKind, part: Part, alone: bool) -> DraftedCriterion:
    start, end = (0, len(clause.text)) if alone else _trimmed(clause.text, part.start, part.end)
    notes = list(part.notes)
    drafted: CriterionKind = kind.kind or "required"
    if part.preferred_only and drafted == "required":
        drafted = "preferred"
    elif part.reading and drafted == "required" and kind.source == "section":
        drafted = "preferred"
        notes.append(f"{part.reading}: drafted as preferred (an inline “required” keeps it)")
    if kind.source == "promoted":
        notes.append(
            f"under “{clause.section.title}” but written as a qualification: drafted as {drafted}"
        )
    text = clause.text[start:end]
    label = part.label or text
    if part.relabel is not None:
        cut_start, cut_end, words = part.relabel
        label = clause.text[start:cut_start] + words + clause.text[cut_end:end]
    return DraftedCriterion(
        kind=drafted,
        key=part.key,
        test=part.test,
        name=part.name,
        label=criterion_label(label),
        text=text,
        start=clause.start + start,
        end=clause.start + end,
        notes=tuple(notes),
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A part's words without joining words left at their end ("… experience and a")."""
    piece = text[start:end]
    changed = True
    while changed:
        changed = False
        for word in _TRIM_WORDS:
            if piece.lower().endswith(word):
                piece, changed = piece[: -len(word)].rstrip(), True
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece)


def criterion_label(text: str) -> str:
    """A criterion's label: ``text`` on one line, cut at a word past 200 characters."""
    flat = " ".join(text.split())
    return (
        flat
        if len(flat) <= MAX_LABEL_CHARS
        else flat[: MAX_LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"
    )


def _spoken_language(text: str) -> str | None:
    return next(iter(load_languages().language_words(text)), None)


def _why_not(text: str, mentions: Mentions) -> str:
    if load_vocabulary().pattern("personal_qualities").search(text):
        return "a personal quality; a résumé cannot evidence it"
    if load_vocabulary().pattern("certification_words").search(text):
        return "names a credential certifications.yaml does not hold; check it by hand"
    language = _spoken_language(text)
    if language is not None:
        return f"a spoken language ({language}); the rule language has no test for languages"
    if mentions.soft_skills:
        names = ", ".join(
            dict.fromkeys(load_skills().by_id(m.id).name for m in mentions.soft_skills)
        )
        return f"a soft skill ({names}); screenings leave soft skills to people"
    return "names no skill, degree, certification or years of experience the taxonomies know"
