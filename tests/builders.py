"""One set of builders for the tests that need a Profile or Evidence without parsing a file
(the screening rules, the evaluation harness, the report renderers)."""

from __future__ import annotations

from screener.models import (
    Certification,
    Degree,
    DocumentWarning,
    Evidence,
    Experience,
    Extractor,
    Position,
    Profile,
    Skill,
)
from screener.models.profile import SectionName

EXTRACTOR = Extractor(name="test", version="1")
_ORDER = ["secondary", "associate", "bachelor", "master", "doctorate"]


def evidence(text: str = "quote", section: SectionName = "other") -> Evidence:
    """A quote at offset 0 (the code under test does not check offsets)."""
    return Evidence(text=text, start=0, end=len(text), page=1, section=section, extractor=EXTRACTOR)


EV = (evidence(),)


def profile(
    degrees: tuple[tuple[str, str, str], ...] = (("bachelor", "computer-science", "completed"),),
    months: int = 36,
    skills: tuple[str, ...] = ("python", "java"),
    certs: tuple[tuple[str, str], ...] = (),
    warnings: tuple[str, ...] = (),
    positions: int = 1,
    internship_months: int = 0,
) -> Profile:
    """A Profile of ``degrees`` (level, field, status), ``months`` of experience in
    ``positions`` open-ended jobs, ``skills`` and ``certs`` (id, status) by id."""
    built = tuple(Degree(level=lv, field=f, status=s, evidence=EV) for lv, f, s in degrees)  # type: ignore[arg-type]
    completed = sorted(
        (d for d in built if d.status == "completed"), key=lambda d: _ORDER.index(d.level)
    )
    return Profile(
        degrees=built,
        highest_degree=completed[-1] if completed else None,
        positions=tuple(
            Position(start="2020-01", end=None, months=months, evidence=EV)
            for _ in range(positions)
        ),
        experience=Experience(
            total_months=months, internship_months=internship_months, as_of="2026-11"
        ),
        skills=tuple(Skill(id=s, name=s, evidence=EV) for s in skills),
        certifications=tuple(
            Certification(id=c, name=c, status=status, evidence=EV)  # type: ignore[arg-type]
            for c, status in certs
        ),
        warnings=tuple(DocumentWarning(code=w, message=w) for w in warnings),
    )
