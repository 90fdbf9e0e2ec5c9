"""One pure function per test of the rule language: (Profile, test) → Result.

Each result has a status (met / not_met / unknown), a credit in [0, 1] (docs/rules.md,
"Scoring and verdicts"), a plain-English reason that quotes the résumé, the evidence
behind it, and for a miss what would have met it. ``unknown`` is for what the résumé does
not let us see (no text layer, no dated positions, no education found) — never a silent
``not_met``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from screener.models import Degree, Document, Evidence, Extractor, Profile
from screener.models.screening import Status
from screener.models.warning_codes import WarningCode
from screener.requirements.models import (
    DegreeTest,
    ExperienceTest,
    KeywordTest,
    SkillsTest,
)
from screener.taxonomy import load_degrees, load_fields, load_skills

_UNREADABLE = frozenset({WarningCode.NO_TEXT_LAYER})
_NO_EXPERIENCE = frozenset({WarningCode.NO_TEXT_LAYER, WarningCode.NO_DATED_POSITIONS})
_NO_EDUCATION = frozenset({WarningCode.NO_TEXT_LAYER, WarningCode.NO_EDUCATION_SECTION})
_UNREAD_ENTRY = frozenset({WarningCode.UNREAD_EDUCATION_ENTRY})
KEYWORD_EXTRACTOR = Extractor(name="keyword", version="1")


@dataclass(frozen=True, slots=True)
class Result:
    """How a test fared on one Profile."""

    status: Status
    credit: float
    reason: str
    evidence: tuple[Evidence, ...] = ()
    to_meet: str | None = None
    parts: tuple[Result, ...] = field(default=())


def _warned(profile: Profile, codes: frozenset[str]) -> bool:
    return any(warning.code in codes for warning in profile.warnings)


def _quote(evidence: Iterable[Evidence]) -> str:
    first = next(iter(evidence), None)
    return f"“{first.text}”" if first is not None else "no quote"


def _years(months: int) -> str:
    years, rest = divmod(months, 12)
    parts = [f"{years} year{'s' * (years != 1)}"] if years else []
    if rest or not years:
        parts.append(f"{rest} month{'s' * (rest != 1)}")
    return " ".join(parts)


# ---------------------------------------------------------------------------- degree
def degree_result(profile: Profile, test: DegreeTest) -> Result:
    """A completed degree (or in progress, if allowed) at ``min_level`` or above."""
    degrees = load_degrees()
    wanted = _degree_wanted(test)
    level_ok = [d for d in profile.degrees if degrees.meets(d.level, test.min_level)]
    fitting = [d for d in level_ok if _field_fits(d, test)]
    done = [d for d in fitting if d.status == "completed"]
    pending = [d for d in fitting if d.status == "in_progress"]
    if done or (pending and test.include_in_progress):
        degree = (done or pending)[0]
        return Result(
            "met", 1.0, f"{_describe(degree)} — found: {_quote(degree.evidence)}", degree.evidence
        )
    if not profile.degrees and _warned(profile, _NO_EDUCATION):
        return Result("unknown", 0.0, "No degree could be read from the résumé.", to_meet=wanted)
    if (unread := _unread_field(level_ok, test)) is not None:
        reason = (
            f"{_describe(unread)}: Screener cannot map the field “{unread.field_text}” to its "
            f"field list, so a person must judge whether it fits — found: "
            f"{_quote(unread.evidence)}"
        )
        return Result("unknown", 0.0, reason, unread.evidence, wanted)
    if _warned(profile, _UNREAD_ENTRY):
        reason = (
            "An education entry names a university or college but no degree Screener could "
            "read: a person must check whether it is a fitting degree."
        )
        read = tuple(e for d in profile.degrees for e in d.evidence[:1])
        return Result("unknown", 0.0, reason, read, wanted)
    if pending:
        degree = pending[0]
        if degree.year is not None and degree.year < int(profile.experience.as_of[:4]):
            reason = (
                f"{_describe(degree)} was expected in {degree.year}, before the as-of date: "
                f"a person must check whether it was completed — found: "
                f"{_quote(degree.evidence)}"
            )
            return Result("unknown", 0.0, reason, degree.evidence, wanted)
        reason = f"{_describe(degree)} is not completed yet — found: {_quote(degree.evidence)}"
        return Result("not_met", 0.5, reason, degree.evidence, wanted)
    found = "; ".join(f"{_describe(d)} ({_quote(d.evidence)})" for d in profile.degrees)
    reason = f"Found {found}." if found else "No degree was found."
    evidence = tuple(e for d in profile.degrees for e in d.evidence[:1])
    return Result("not_met", 0.0, reason, evidence, wanted)


def _unread_field(degrees: list[Degree], test: DegreeTest) -> Degree | None:
    """A completed degree at the level whose field text could not be mapped (``None``)."""
    if not test.fields:
        return None
    return next((d for d in degrees if d.field is None and d.status == "completed"), None)


def _field_fits(degree: Degree, test: DegreeTest) -> bool:
    if not test.fields:
        return True
    if degree.field is None or degree.field == "other":
        return False
    fields = load_fields()
    if degree.field not in fields.ids:
        return False
    if test.related:
        return any(fields.is_related(degree.field, wanted) for wanted in test.fields)
    lineage = {degree.field, *fields.ancestors(degree.field)}
    return bool(lineage & set(test.fields))


def _describe(degree: Degree) -> str:
    level = load_degrees().level(degree.level).name
    field_name = f" in {degree.field_text or degree.field}" if degree.field != "other" else ""
    status = {"in_progress": " (in progress)", "incomplete": " (not completed)"}
    return f"{level}{field_name}{status.get(degree.status, '')}"


def _degree_wanted(test: DegreeTest) -> str:
    level = load_degrees().level(test.min_level).name
    if not test.fields:
        return f"a completed {level} or higher"
    fields = load_fields()
    names = ", ".join(fields.by_id(f).name for f in test.fields)
    related = " or a related field" if test.related else ""
    return f"a completed {level} or higher in {names}{related}"


# ------------------------------------------------------------------------ experience
def experience_result(profile: Profile, test: ExperienceTest) -> Result:
    """At least ``min_years`` of experience (in a skill, when one is named)."""
    needed = round(test.min_years * 12)
    experience = profile.experience
    if test.skill is not None:
        skill = next((s for s in profile.skills if s.id == test.skill), None)
        months = (skill.months or 0) if skill else 0
        what = f"of {load_skills().by_id(test.skill).name}"
    else:
        months = experience.total_months
        if test.include_internships:
            months += experience.internship_months
        what = "of experience"
    jobs = [p for p in profile.positions if test.include_internships or not p.is_internship]
    evidence = tuple(e for p in jobs for e in p.evidence[:1])
    listed = "; ".join(_quote(p.evidence) for p in jobs[:4])
    found = f"found {_years(months)}" + (f": {listed}" if listed else "")
    wanted = f"{_years(needed)} {what}"
    if months >= needed:
        return Result("met", 1.0, f"Needs {wanted}; {found}.", evidence)
    if not profile.positions and _warned(profile, _NO_EXPERIENCE):
        return Result(
            "unknown", 0.0, "No dated position could be read from the résumé.", to_meet=wanted
        )
    return Result(
        "not_met",
        min(1.0, months / needed),
        f"Needs {wanted}; {found}.",
        evidence,
        f"{_years(needed - months)} more {what}",
    )


# ---------------------------------------------------------------------------- skills
def skills_result(profile: Profile, test: SkillsTest) -> Result:
    """Skills ``all_of`` and/or at least ``min_count`` of ``any_of`` (implied ones count)."""
    found = {skill.id: skill for skill in profile.skills}
    names = load_skills()
    parts: list[tuple[bool, float, str, str | None]] = []
    if test.all_of:
        have = [s for s in test.all_of if s in found]
        missing = [names.by_id(s).name for s in test.all_of if s not in found]
        to_meet = f"also {', '.join(missing)}" if missing else None
        parts.append((not missing, len(have) / len(test.all_of), "all of", to_meet))
    if test.any_of:
        need = test.min_count or 1
        have_any = [s for s in test.any_of if s in found]
        short = need - len(have_any)
        options = [names.by_id(s).name for s in test.any_of]
        to_meet = options[0] if len(options) == 1 else f"{short} more of {', '.join(options)}"
        parts.append(
            (short <= 0, min(1.0, len(have_any) / need), "any of", to_meet if short > 0 else None)
        )
    wanted = [s for s in (*test.all_of, *test.any_of) if s in found]
    evidence = tuple(found[s].evidence[0] for s in wanted)
    described = "; ".join(f"{found[s].name} — {_quote(found[s].evidence)}" for s in wanted)
    reason = f"Found {described}." if described else "None of the skills was found."
    met = all(ok for ok, _, _, _ in parts)
    credit = sum(c for _, c, _, _ in parts) / len(parts)
    if not met and not found and _warned(profile, _UNREADABLE):
        return Result("unknown", 0.0, "The résumé's text could not be read.")
    to_meet = "; ".join(t for _, _, _, t in parts if t) or None
    return Result("met" if met else "not_met", credit, reason, evidence, to_meet)


# --------------------------------------------------------------------------- keyword
def keyword_result(document: Document | None, test: KeywordTest, profile: Profile) -> Result:
    """A phrase written in the résumé, on word boundaries, any case."""
    wanted = " or ".join(f"“{phrase}”" for phrase in test.any_of)
    if document is None:
        return Result("unknown", 0.0, "The résumé's text was not available.", to_meet=wanted)
    text = document.text
    for phrase in test.any_of:
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)"
        match = re.search(pattern, text, re.IGNORECASE)
        if match is not None:
            evidence = Evidence(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                page=document.page_at(match.start()),
                section=profile.section_at(match.start()),
                extractor=KEYWORD_EXTRACTOR,
            )
            return Result("met", 1.0, f"Found “{match.group()}”.", (evidence,))
    if not text.strip() or _warned(profile, _UNREADABLE):
        return Result("unknown", 0.0, "The résumé's text could not be read.", to_meet=wanted)
    return Result("not_met", 0.0, f"Not found: {wanted}.", (), wanted)
