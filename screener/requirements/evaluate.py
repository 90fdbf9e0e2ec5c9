"""Evaluate a Profile against a RuleSet: one Outcome per criterion, a verdict and a score.

The rules are in docs/rules.md ("Scoring and verdicts"): the verdict comes from the
required criteria only; the score is 100 × (0.75 × R + 0.25 × P) with R and P the
weight-averaged credits of required and preferred criteria. Everything here is a pure
function of the Profile, the rule set and the versions recorded in the provenance.
"""

from __future__ import annotations

from collections.abc import Sequence

from screener.models import Document, Profile
from screener.models.screening import (
    Candidate,
    Outcome,
    Provenance,
    RuleSetRef,
    Screening,
    Status,
    Verdict,
)
from screener.provenance import extractor_versions
from screener.requirements.certifications import certification_result
from screener.requirements.criteria import (
    Result,
    degree_result,
    experience_result,
    keyword_result,
    skills_result,
)
from screener.requirements.models import Condition, Criterion, Kind, RuleSet
from screener.taxonomy import taxonomy_versions
from screener.version import __version__

REQUIRED_SHARE = 0.75


def evaluate_condition(condition: Condition, profile: Profile, document: Document | None) -> Result:
    """The result of one test, combinators included."""
    kind = condition.kind
    if kind == "degree" and condition.degree is not None:
        return degree_result(profile, condition.degree)
    if kind == "experience" and condition.experience is not None:
        return experience_result(profile, condition.experience)
    if kind == "skills" and condition.skills is not None:
        return skills_result(profile, condition.skills)
    if kind == "certification" and condition.certification is not None:
        return certification_result(profile, condition.certification)
    if kind == "keyword" and condition.keyword is not None:
        return keyword_result(document, condition.keyword, profile)
    if kind == "not" and condition.not_ is not None:
        return _negate(evaluate_condition(condition.not_, profile, document))
    parts = tuple(
        evaluate_condition(c, profile, document) for c in condition.any or condition.all or ()
    )
    return _any(parts) if kind == "any" else _all(parts)


def _any(parts: tuple[Result, ...]) -> Result:
    best = max(parts, key=lambda r: (r.status == "met", r.credit, r.status == "unknown"))
    status: Status = (
        "met"
        if best.status == "met"
        else ("unknown" if any(p.status == "unknown" for p in parts) else "not_met")
    )
    if status == "met":
        return Result(status, best.credit, best.reason, best.evidence, None, parts)
    reason = " Or: ".join(p.reason for p in parts)
    to_meet = " or ".join(p.to_meet for p in parts if p.to_meet) or None
    evidence = tuple(e for p in parts for e in p.evidence)
    return Result(status, best.credit, reason, evidence, to_meet, parts)


def _all(parts: tuple[Result, ...]) -> Result:
    statuses = {p.status for p in parts}
    status: Status = (
        "not_met" if "not_met" in statuses else ("unknown" if "unknown" in statuses else "met")
    )
    reason = " ".join(p.reason for p in parts)
    to_meet = "; ".join(p.to_meet for p in parts if p.to_meet) or None
    evidence = tuple(e for p in parts for e in p.evidence)
    credit = sum(p.credit for p in parts) / len(parts)
    return Result(status, credit, reason, evidence, to_meet, parts)


def _negate(part: Result) -> Result:
    flipped: dict[Status, Status] = {"met": "not_met", "not_met": "met", "unknown": "unknown"}
    status = flipped[part.status]
    reason = (
        f"Must not hold, and it {'does' if part.status == 'met' else 'does not'}: {part.reason}"
    )
    to_meet = "without it" if status == "not_met" else None
    return Result(status, 1.0 - part.credit, reason, part.evidence, to_meet, (part,))


def outcome(
    criterion: Criterion, kind: Kind, profile: Profile, document: Document | None
) -> Outcome:
    """The Outcome of one criterion."""
    result = evaluate_condition(criterion, profile, document)
    return Outcome(
        criterion=criterion.id,
        label=criterion.label,
        kind=kind,
        status=result.status,
        credit=round(result.credit, 4),
        weight=criterion.weight,
        reason=result.reason,
        evidence=result.evidence,
        to_meet=result.to_meet if result.status != "met" else None,
        source=criterion.source,
    )


def verdict_of(required: Sequence[Outcome]) -> Verdict:
    """meets / does_not_meet / needs_review from the required outcomes."""
    statuses = {o.status for o in required}
    if "not_met" in statuses:
        return "does_not_meet"
    return "needs_review" if "unknown" in statuses else "meets"


def score_of(required: Sequence[Outcome], preferred: Sequence[Outcome]) -> float:
    """100 × (0.75 × R + 0.25 × P), one decimal (see docs/rules.md)."""
    r = _weighted(required)
    p = _weighted(preferred) if preferred else r
    return round(100 * (REQUIRED_SHARE * r + (1 - REQUIRED_SHARE) * p), 1)


def _weighted(outcomes: Sequence[Outcome]) -> float:
    total = sum(o.weight for o in outcomes)
    return sum(o.weight * o.credit for o in outcomes) / total if total else 0.0


def screen_profile(
    profile: Profile, rules: RuleSet, ref: RuleSetRef, *, document: Document | None = None
) -> Screening:
    """Evaluate ``profile`` against ``rules`` into a Screening with its provenance."""
    required = [outcome(c, "required", profile, document) for c in rules.required]
    preferred = [outcome(c, "preferred", profile, document) for c in rules.preferred]
    source = document.source if document is not None else None
    return Screening(
        verdict=verdict_of(required),
        score=score_of(required, preferred),
        required_met=sum(o.status == "met" for o in required),
        required_total=len(required),
        outcomes=(*required, *preferred),
        warnings=tuple(dict.fromkeys(w.code for w in profile.warnings)),
        candidate=Candidate(
            sha256=source.sha256 if source else None, filename=source.filename if source else None
        ),
        provenance=Provenance(
            engine=__version__,
            rules=ref,
            taxonomies=taxonomy_versions(),
            extractors=extractor_versions(),
            as_of=profile.experience.as_of,
        ),
    )
