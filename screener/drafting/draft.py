"""A job posting → a draft rule set and its report, deterministically.

    from screener.drafting import draft_file

    draft = draft_file("posting.html", rules_id="backend-engineer")
    draft.rules.ruleset.required[0].source      # the posting's words and offsets
    draft.report.not_screened                    # every line no criterion came from

The flow: read (:mod:`~screener.drafting.reading`) → sections → clauses → one reading per
clause (:mod:`~screener.drafting.readings`) → criteria with ids, duplicates merged →
validated by the rule language's own loader, so a draft is always a rule set that
``screener rules validate`` accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from screener.drafting.clauses import line_clauses
from screener.drafting.lint import maximum_findings, proxy_findings
from screener.drafting.or_lines import PATH_KEYS, joined_paths, opens_with_or
from screener.drafting.reading import PostingText, read_posting, read_posting_file
from screener.drafting.readings import DraftedCriterion, read_clause
from screener.drafting.report import (
    DraftNote,
    DraftReport,
    LintFinding,
    NotScreened,
    PostingInfo,
    SectionSummary,
)
from screener.drafting.sections import Section, find_sections
from screener.drafting.vocabulary import load_vocabulary
from screener.errors import NothingToDraft
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.requirements.loading import LoadedRules, parse_rules
from screener.taxonomy import LEVEL_ORDER

LINE_BY_LINE = frozenset({"required", "preferred", "duties", "unknown", "intro"})
"""Sections read clause by clause; the others are reported whole."""
UNLINTED = frozenset({"eeo", "benefits"})
"""Sections that name protected traits to protect them (EEO statements, parental leave)."""
DEFAULT_ID = "drafted-posting"
_SECTION_REASONS = {
    "intro": "the posting's introduction",
    "salary": "pay and salary: not a qualification",
    "benefits": "benefits: not a qualification",
    "company": "about the employer: not a qualification",
    "eeo": "an equal-opportunity statement: not a qualification",
    "other": "information about the job, not a requirement of the candidate",
    "unknown": "under a heading that names no requirements",
}
_ID_CHARS = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Draft:
    """A drafted rule set (validated), the report beside it, and the posting it read."""

    rules: LoadedRules
    report: DraftReport
    posting: PostingText


@dataclass
class _Collected:
    criteria: list[DraftedCriterion]
    not_screened: list[NotScreened]
    lint: list[LintFinding]


def draft_file(
    path: str | Path, *, rules_id: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Draft:
    """Draft the rule set of a posting file (text, Markdown, HTML, PDF, DOCX, JSON-LD)."""
    return draft_posting(read_posting_file(path, limits), rules_id=rules_id)


def draft_bytes(
    data: bytes,
    filename: str | None = None,
    *,
    rules_id: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Draft:
    """Draft the rule set of a posting's bytes (the format is read from the content)."""
    return draft_posting(read_posting(data, filename, limits), rules_id=rules_id)


def draft_posting(posting: PostingText, *, rules_id: str | None = None) -> Draft:
    """Draft the rule set of a posting already read; ``NothingToDraft`` when it names no
    requirement at all."""
    sections = find_sections(posting.text)
    collected = _Collected([], [], [])
    for section in sections:
        if section.kind in LINE_BY_LINE:
            _read_lines(section, collected, posting.text)
        elif section.kind != "title":
            _report_section(section, collected)
    criteria, notes = _named(_merged(collected.criteria))
    report = DraftReport(
        posting=PostingInfo(
            filename=posting.filename,
            sha256=posting.sha256,
            read_from=posting.read_from,
            characters=len(posting.text),
        ),
        vocabulary=load_vocabulary().version,
        sections=tuple(_summary(s) for s in sections),
        not_screened=tuple(collected.not_screened),
        lint=tuple(sorted(set(collected.lint), key=lambda f: (f.start, f.end, f.trait))),
        notes=tuple(notes),
    )
    title = _title(sections, posting)
    data = _ruleset_data(rules_id or _slug(title), title, posting, criteria)
    if not data["required"]:
        raise NothingToDraft(
            "The posting names no requirement the drafter could read.",
            report=report.model_dump(mode="json"),
        )
    return Draft(parse_rules(data, posting.filename or "posting"), report, posting)


def _read_lines(section: Section, collected: _Collected, posting: str) -> None:
    above: list[DraftedCriterion] = []
    for line in section.lines:
        found: list[DraftedCriterion] = []
        for clause in line_clauses(section, line):
            reading = read_clause(clause)
            found += reading.criteria
            collected.lint += reading.lint
            if reading.reason is not None:
                collected.not_screened.append(
                    NotScreened(
                        text=clause.text,
                        start=clause.start,
                        end=clause.end,
                        section=section.title,
                        reason=reading.reason,
                    )
                )
        joined = joined_paths(above, found, posting) if opens_with_or(line.text) else None
        if joined is not None:  # "Or: three years as a room attendant" (see or_lines)
            replaced, path = joined
            collected.criteria.remove(replaced)
            found = [path, *(c for c in found if c.key not in PATH_KEYS)]
        collected.criteria += found
        above = found


def _report_section(section: Section, collected: _Collected) -> None:
    """One entry for a whole section (salary, benefits, …), and the lint of its lines."""
    if not section.lines:
        return
    collected.not_screened.append(
        NotScreened(
            text=section.title,
            start=section.start,
            end=section.end,
            section=section.title,
            reason=f"{_SECTION_REASONS.get(section.kind, 'not a qualification')} "
            f"({len(section.lines)} lines)",
        )
    )
    if section.kind not in UNLINTED:
        eeo = load_vocabulary().heading_pattern("eeo")
        for line in (line for line in section.lines if not eeo.search(line.text)):
            collected.lint += proxy_findings(line.text, line.start)
            collected.lint += maximum_findings(line.text, line.start)


def _merged(criteria: list[DraftedCriterion]) -> list[DraftedCriterion]:
    """Criteria in posting order, a test asked for twice kept once (required wins), and a
    test another one of the same kind implies left out ("Bachelor's degree" beside
    "Bachelor's degree in Finance"), with a note on the one kept."""
    kept: dict[str, DraftedCriterion] = {}
    for criterion in criteria:
        key = repr((criterion.key, criterion.test))
        earlier = kept.get(key)
        if earlier is None or (earlier.kind == "preferred" and criterion.kind == "required"):
            kept[key] = criterion
    chosen = [c for c in criteria if any(c is k for k in kept.values())]
    result: list[DraftedCriterion] = []
    for criterion in chosen:
        stronger = next((o for o in chosen if o is not criterion and _implies(o, criterion)), None)
        if stronger is None:
            result.append(criterion)
    return [_with_implied_notes(c, chosen, result) for c in result]


def _implies(a: DraftedCriterion, b: DraftedCriterion) -> bool:
    """Whether meeting ``a`` always meets ``b`` (same kind; degrees and experience)."""
    if a.kind != b.kind or a.key != b.key or not isinstance(a.test, dict):
        return False
    if not isinstance(b.test, dict) or a.test == b.test:
        return False
    if a.key == "degree" and not b.test.get("fields"):
        return bool(
            LEVEL_ORDER.index(a.test["min_level"]) >= LEVEL_ORDER.index(b.test["min_level"])
        )
    if a.key == "experience" and "skill" not in b.test:
        return bool(a.test["min_years"] >= b.test["min_years"])
    return False


def _with_implied_notes(
    criterion: DraftedCriterion, chosen: list[DraftedCriterion], kept: list[DraftedCriterion]
) -> DraftedCriterion:
    implied = [c for c in chosen if not any(c is k for k in kept) and _implies(criterion, c)]
    if not implied:
        return criterion
    notes = tuple(f"also covers “{c.text}”, which it implies" for c in implied)
    return replace(criterion, notes=criterion.notes + notes)


Named = list[tuple[str, DraftedCriterion]]


def _named(criteria: list[DraftedCriterion]) -> tuple[Named, list[DraftNote]]:
    """A unique id for each criterion (``python-java``, ``python-java-2``) and its notes."""
    seen: dict[str, int] = {}
    named: list[tuple[str, DraftedCriterion]] = []
    notes: list[DraftNote] = []
    for criterion in criteria:
        base = _slug(criterion.name)[:70] or "criterion"
        seen[base] = seen.get(base, 0) + 1
        criterion_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        named.append((criterion_id, criterion))
        notes += [DraftNote(criterion=criterion_id, message=note) for note in criterion.notes]
    return named, notes


def _ruleset_data(
    rules_id: str, title: str, posting: PostingText, criteria: Named
) -> dict[str, Any]:
    described = posting.filename or "a job posting"
    return {
        "id": rules_id,
        "title": title,
        "version": 1,
        "description": f"Drafted by screener rules draft from {described} "
        f"(sha256 {posting.sha256[:16]}); review before use.",
        "required": [_criterion(i, c) for i, c in criteria if c.kind == "required"],
        "preferred": [_criterion(i, c) for i, c in criteria if c.kind == "preferred"],
    }


def _criterion(criterion_id: str, criterion: DraftedCriterion) -> dict[str, Any]:
    return {
        "id": criterion_id,
        "label": criterion.label,
        criterion.key: criterion.test,
        "source": {"text": criterion.text, "start": criterion.start, "end": criterion.end},
    }


def _title(sections: list[Section], posting: PostingText) -> str:
    """The job's title: the title line without "Job Description, Salary, …" after it."""
    line = next((s.heading.text for s in sections if s.kind == "title" and s.heading), None)
    text = line or posting.title or "Drafted rule set"
    vocabulary = load_vocabulary()
    for separator in vocabulary.title_separators:
        text = text.split(separator)[0]
    noise = _title_noise().search(text)
    if noise is not None and noise.start() > 0:
        text = text[: noise.start()]
    return " ".join(text.split()).strip(" ,;:-–—")[:200] or "Drafted rule set"


@lru_cache(maxsize=1)
def _title_noise() -> re.Pattern[str]:
    """Title noise found even glued to the title ("EngineerJob Description")."""
    words = sorted(load_vocabulary().title_noise, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _slug(text: str) -> str:
    slug = _ID_CHARS.sub("-", text.casefold()).strip("-")
    return slug[:80].rstrip("-") or DEFAULT_ID


def _summary(section: Section) -> SectionSummary:
    return SectionSummary(
        heading=section.title,
        kind=section.kind,
        start=section.start,
        end=section.end,
        lines=len(section.lines),
    )
