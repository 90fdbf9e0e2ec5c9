"""Tests of the renderers, with small factories that build results and profiles directly."""

from __future__ import annotations

from collections.abc import Sequence

from screener.models.profile import (
    Certification,
    Contact,
    Degree,
    Evidence,
    Experience,
    Position,
    Profile,
    Skill,
    SpokenLanguage,
)
from screener.models.screening import (
    Candidate,
    ErrorInfo,
    Outcome,
    Provenance,
    RuleSetRef,
    Screening,
    ScreeningResult,
    Status,
    Verdict,
)
from tests import builders


def outcome(
    criterion: str,
    status: Status = "met",
    *,
    label: str | None = None,
    kind: str = "required",
) -> Outcome:
    """One criterion's outcome."""
    return Outcome(
        criterion=criterion,
        label=label if label is not None else f"Has {criterion}",
        kind="required" if kind == "required" else "preferred",
        status=status,
        credit=1.0 if status == "met" else 0.0,
        weight=1.0,
        reason=f"{criterion} was {status}",
    )


def screened(
    source: str,
    verdict: Verdict = "meets",
    score: float = 50.0,
    *,
    outcomes: Sequence[Outcome] | None = None,
    warnings: Sequence[str] = (),
    sha: str | None = None,
) -> ScreeningResult:
    """A screened file with the given verdict and score."""
    if outcomes is None:
        outcomes = (outcome("degree"), outcome("python", "not_met"), outcome("sql", "unknown"))
    required = [item for item in outcomes if item.kind == "required"]
    screening = Screening(
        verdict=verdict,
        score=score,
        required_met=sum(item.status == "met" for item in required),
        required_total=max(1, len(required)),
        outcomes=tuple(outcomes),
        warnings=tuple(warnings),
        candidate=Candidate(
            sha256=sha if sha is not None else (source.encode().hex() + "0" * 64)[:64],
            filename=source,
        ),
        provenance=Provenance(
            engine="0.1.0",
            rules=RuleSetRef(id="ml-engineer", version=3, sha256="f" * 64),
            taxonomies={"skills": "1"},
            extractors={"skills": "1"},
            as_of="2025-01",
        ),
    )
    return ScreeningResult(source=source, screening=screening)


def failed(source: str, code: str = "unsupported_format", message: str = "") -> ScreeningResult:
    """A file that could not be screened."""
    return ScreeningResult(
        source=source, error=ErrorInfo(code=code, message=message or f"cannot read {source}")
    )


def evidence(text: str = "quote", section: str = "experience") -> Evidence:
    """A quote (offsets are not checked by the renderers)."""
    return builders.evidence(text, "education" if section == "education" else "experience")


def profile(contact: Contact | None = None) -> Profile:
    """A profile with one of every fact the JSON Resume export writes."""
    return Profile(
        degrees=(
            Degree(
                level="bachelor",
                field="computer_science",
                field_text="Computer Science",
                institution="Purdue University",
                year=2016,
                evidence=(evidence(section="education"),),
            ),
            Degree(level="master", field=None, evidence=(evidence(section="education"),)),
        ),
        positions=(
            Position(
                title="Senior ML Engineer",
                organisation="Northwind Analytics",
                start="2021-01",
                end=None,
                months=48,
                evidence=(evidence(),),
            ),
            Position(
                title=None,
                organisation="Contoso",
                start="2018-03",
                end="2020-12",
                months=34,
                evidence=(evidence(),),
            ),
        ),
        experience=Experience(total_months=82, internship_months=0, as_of="2025-01"),
        skills=(
            Skill(id="python", name="Python", evidence=(evidence(),)),
            Skill(
                id="programming",
                name="Programming",
                mentioned=False,
                implied_by=("python",),
                evidence=(evidence(),),
            ),
        ),
        certifications=(
            Certification(
                id="aws-saa",
                name="AWS Solutions Architect",
                issuer="Amazon",
                year=2022,
                evidence=(evidence(),),
            ),
            Certification(id=None, name="Scrum Master", evidence=(evidence(),)),
        ),
        contact=contact
        or Contact(
            name="Dana Whitfield",
            emails=("dana@example.com", "d.w@example.org"),
            phones=("+1 555 0100",),
            links=("https://github.com/danaw",),
        ),
        languages=(SpokenLanguage(code="en", name="English", level="C2", evidence=(evidence(),)),),
    )
