"""Bodies of the authoring aids: taxonomy search (``GET /v1/skills``,
``GET /v1/certifications``) and rule drafting (``POST /v1/rules/draft``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from screener.drafting import DraftReport

MatchKind = Literal["exact", "alias", "fuzzy"]
RulesId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]


class _Schema(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Hit(_Schema):
    id: str = Field(description="The id rules refer to.")
    name: str = Field(description="The entry's name.")
    match: MatchKind = Field(description="exact (id or name), alias, or fuzzy.")
    matched: str = Field(description="The name or alias that matched.")
    score: float = Field(ge=0, le=100, description="100 for exact and alias hits.")


class SkillHit(_Hit):
    """A skill a search found."""

    category: str = Field(description="The skill's category (skills.yaml).")


class CertificationHit(_Hit):
    """A certification a search found."""

    issuer: str = Field(description="Who awards it.")


class SkillSearch(_Schema):
    """What ``GET /v1/skills`` returns: exact and alias hits first, then fuzzy ones."""

    query: str
    items: list[SkillHit]


class CertificationSearch(_Schema):
    """What ``GET /v1/certifications`` returns; suggestions never cross the vendor the
    query names."""

    query: str
    items: list[CertificationHit]


class DraftIn(_Schema):
    """A posting to draft from: its ``text`` (plain, Markdown or HTML) or a schema.org
    ``JobPosting`` object (``posting``), exactly one of them."""

    text: str | None = Field(
        default=None,
        min_length=1,
        description="The posting (its size is checked like a file's: limits.max_bytes).",
    )
    posting: dict[str, Any] | None = Field(
        default=None, description="A schema.org JobPosting (JSON-LD)."
    )
    id: RulesId | None = Field(
        default=None, description="The rule set's id (default: from the posting's title)."
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        if (self.text is None) == (self.posting is None):
            raise ValueError("send exactly one of 'text' and 'posting'")
        return self


class DraftOut(_Schema):
    """A drafted rule set, ready for review: every criterion cites the posting's words
    (``source``); the report lists what was not screened and why, and the fairness lint."""

    rules: dict[str, Any] = Field(
        description="The rule set (accepted as inline rules by POST /v1/jobs)."
    )
    sha256: str = Field(description="SHA-256 of the rule set as the rule loader hashes it.")
    report: DraftReport
