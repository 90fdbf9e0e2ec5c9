"""The rule language's models: a RuleSet of required and preferred criteria.

A criterion has an ``id``, a human ``label``, an optional ``weight``, an optional
``source`` (the posting's words it was drafted from) and exactly one test:
``degree``, ``experience``, ``skills``, ``certification``, ``keyword``, or a combination
``any`` / ``all`` / ``not`` of tests. Every model forbids unknown keys, so a typo is an
error, never a silently ignored requirement. The language is documented in
``docs/rules.md``; ``screener rules schema`` prints its JSON Schema.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from screener.models.screening import CriterionSource
from screener.taxonomy import DegreeLevelId

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
IssuerName = Annotated[str, StringConstraints(min_length=1, max_length=200)]
TEST_KEYS = ("degree", "experience", "skills", "certification", "keyword", "any", "all", "not")


def _absent(value: object) -> bool:
    """Left out of dumps when unset, so rule sets without sources keep their sha256."""
    return value is None


def _empty(value: tuple[str, ...]) -> bool:
    """Left out of dumps when empty (a certification test by issuer or topic)."""
    return not value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DegreeTest(_Strict):
    """A completed degree at least this level, in one of these fields (or any field)."""

    min_level: DegreeLevelId = Field(description="Lowest acceptable level.")
    fields: tuple[Id, ...] = Field(
        default=(), description="Field ids from taxonomy/fields.yaml; empty means any field."
    )
    related: bool = Field(
        default=False, description="Also accept fields related to these (fields.yaml links)."
    )
    include_in_progress: bool = Field(
        default=False, description="Accept a degree still in progress (expected, candidate)."
    )


MAX_EXPERIENCE_YEARS = 50
"""The most years of experience a rule may ask for."""


class ExperienceTest(_Strict):
    """At least so many years of (non-internship) experience, optionally with a skill."""

    min_years: float = Field(
        gt=0, le=MAX_EXPERIENCE_YEARS, description="Minimum years, e.g. 2 or 1.5."
    )
    skill: Id | None = Field(
        default=None, description="Count only months of positions that mention this skill."
    )
    include_internships: bool = Field(default=False, description="Count internship months too.")


class SkillsTest(_Strict):
    """Skills from taxonomy/skills.yaml (implied skills count: Spring Boot ⇒ Java)."""

    all_of: tuple[Id, ...] = Field(default=(), description="Every one of these.")
    any_of: tuple[Id, ...] = Field(default=(), description="At least one of these.")
    min_count: int | None = Field(
        default=None, ge=1, description="At least this many of any_of (default 1)."
    )

    @model_validator(mode="after")
    def _needs_skills(self) -> SkillsTest:
        if not self.all_of and not self.any_of:
            raise ValueError("give all_of or any_of")
        if self.min_count is not None and self.min_count > len(self.any_of):
            raise ValueError("min_count is larger than the any_of list")
        return self


class CertificationTest(_Strict):
    """Certifications from taxonomy/certifications.yaml: listed by id (``any_of``), or every
    one of an ``issuer`` and/or about a ``topic``."""

    any_of: tuple[Id, ...] = Field(
        default=(), min_length=1, exclude_if=_empty, description="Catalog ids."
    )
    issuer: IssuerName | None = Field(
        default=None,
        exclude_if=_absent,
        description="Every certification of this issuer, written as certifications.yaml "
        "writes it ('Amazon Web Services'); the name before a trailing bracket also covers "
        "it ('IBM' covers 'IBM (Coursera)').",
    )
    topic: Id | None = Field(
        default=None,
        exclude_if=_absent,
        description="Every certification about this skill id: its catalog topics, with the "
        "skills they imply (deep-learning implies machine-learning).",
    )
    include_in_progress: bool = Field(default=False, description="Accept one in progress.")

    @model_validator(mode="after")
    def _one_selection(self) -> CertificationTest:
        if self.any_of and (self.issuer is not None or self.topic is not None):
            raise ValueError("give any_of, or issuer and/or topic, not both")
        if not self.any_of and self.issuer is None and self.topic is None:
            raise ValueError("give any_of, issuer or topic")
        return self


class KeywordTest(_Strict):
    """A phrase written in the résumé, matched on word boundaries: the last resort."""

    any_of: tuple[Annotated[str, StringConstraints(min_length=2, max_length=80)], ...] = Field(
        min_length=1, description="Phrases; one is enough."
    )


class Condition(_Strict):
    """Exactly one test."""

    degree: DegreeTest | None = None
    experience: ExperienceTest | None = None
    skills: SkillsTest | None = None
    certification: CertificationTest | None = None
    keyword: KeywordTest | None = None
    any: tuple[Condition, ...] | None = Field(default=None, min_length=1)
    all: tuple[Condition, ...] | None = Field(default=None, min_length=1)
    not_: Condition | None = Field(default=None, alias="not")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _exactly_one_test(self) -> Condition:
        given = [key for key in TEST_KEYS if self.test_value(key) is not None]
        if len(given) != 1:
            names = ", ".join(given) if given else "none"
            raise ValueError(f"give exactly one test of {', '.join(TEST_KEYS)} (got {names})")
        return self

    def test_value(self, key: str) -> object:
        """The value of test ``key`` (``not`` is stored as ``not_``)."""
        return self.not_ if key == "not" else getattr(self, key)

    @property
    def kind(self) -> str:
        """Which test this is."""
        return next(key for key in TEST_KEYS if self.test_value(key) is not None)


class Criterion(Condition):
    """A named, weighted condition of a rule set."""

    id: Id = Field(description="Stable id, unique in the rule set.")
    label: str = Field(min_length=1, max_length=200, description="What a person reads.")
    weight: float = Field(default=1.0, gt=0, le=100, description="Weight in the score.")
    source: CriterionSource | None = Field(
        default=None,
        exclude_if=_absent,
        description="The job posting's words this criterion was drafted from, with their "
        "character offsets (written by `screener rules draft`; never used in scoring).",
    )


class RuleSet(_Strict):
    """A job's requirements: what is required and what is preferred."""

    id: Id
    title: str = Field(min_length=1, max_length=200)
    version: int = Field(ge=1, description="Bump on every change; screenings record it.")
    description: str | None = None
    required: tuple[Criterion, ...] = Field(min_length=1)
    preferred: tuple[Criterion, ...] = ()

    @model_validator(mode="after")
    def _unique_ids(self) -> RuleSet:
        ids = [criterion.id for criterion in (*self.required, *self.preferred)]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"criterion ids must be unique: {', '.join(duplicates)}")
        return self


Kind = Literal["required", "preferred"]
