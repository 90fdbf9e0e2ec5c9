"""The audit report's JSON shape (``screener audit --format json``), as pydantic models.

Documented in ``docs/audit.md``. Every list of rows is sorted by group name, so the same
results and demographics always give the same JSON (the report carries no timestamp).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

RateKind = Literal["selection", "scoring"]
NeedsReview = Literal["selected", "not_selected", "excluded"]

SCHEMA = "screener-audit/1"
EXCLUSION_SHARE = 0.02
"""Groups with fewer than this share of the sample are excluded from impact ratios."""
FOUR_FIFTHS = 0.8
"""An impact ratio below this is flagged (the EEOC's four-fifths rule)."""
PAIR_SEPARATOR = " × "
"""Joins two category names ("sex × race_ethnicity") and two values ("F × Asian")."""


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GroupRow(_Out):
    """One group of one category (or of a pair of categories) and its rate."""

    group: str = Field(description="The category's value as written ('F', 'F × Asian').")
    count: int = Field(ge=1, description="Candidates of the sample in the group.")
    selected: int = Field(
        ge=0,
        description="Candidates counted by the rate: selected (selection rate), scoring "
        "above the median (scoring rate), or meeting the criterion (pass rate).",
    )
    rate: float = Field(ge=0, le=1, description="selected / count.")
    impact_ratio: float | None = Field(
        description="rate / the highest rate of the category's non-excluded groups; null "
        "when the group is excluded or the highest rate is 0."
    )
    excluded: bool = Field(description="Under 2 % of the sample: left out of impact ratios.")
    four_fifths_flag: bool = Field(description="impact_ratio is below 0.8.")


class CriterionRow(GroupRow):
    """A group's pass rate for one required criterion (``selected`` = met)."""

    status_unknown: int = Field(
        ge=0, description="Of count, candidates whose criterion status was unknown (not met)."
    )


class UnknownRow(_Out):
    """Candidates whose value in a category is empty or missing: counted apart, no group."""

    count: int = Field(ge=0)
    selected: int = Field(ge=0)
    rate: float | None = Field(description="selected / count; null when count is 0.")


class UnknownCounts(_Out):
    """The unknowns of every table, under the same keys as the tables."""

    categories: dict[str, UnknownRow] = Field(default_factory=dict)
    intersectional: dict[str, UnknownRow] = Field(default_factory=dict)
    criteria: dict[str, dict[str, UnknownRow]] = Field(default_factory=dict)


class RulesUsed(_Out):
    """The one rule set every audited result was screened with."""

    id: str
    version: int
    sha256: str


class DataInfo(_Out):
    """What the audited results were produced by and when."""

    as_of: list[str] = Field(description="Every as-of month of the results, sorted.")
    engines: list[str] = Field(description="Every engine version of the results, sorted.")
    rules: RulesUsed | None = Field(description="Null when no result was screened.")
    required_criteria: dict[str, str] = Field(
        default_factory=dict, description="Required criterion id → its label, in rule order."
    )


class Counts(_Out):
    """How many of what went in, and how many were joined."""

    results: int = Field(ge=0, description="Result objects read.")
    screened: int = Field(ge=0, description="Of them, with a screening.")
    unreadable: int = Field(ge=0, description="Of them, files that could not be screened.")
    needs_review: int = Field(ge=0, description="Screenings with verdict needs_review.")
    needs_review_excluded: int = Field(ge=0, description="Left out by --needs-review excluded.")
    demographic_rows: int = Field(ge=0, description="Rows of the demographics file.")
    matched: int = Field(ge=0, description="Sample candidates with a demographics row.")
    unmatched_rows: int = Field(ge=0, description="Demographics rows naming no result.")


class AuditReport(_Out):
    """Adverse impact of one rule set's recommendations, by category and pair of categories."""

    audit_schema: str = Field(default=SCHEMA, alias="schema", description="This shape's id.")
    rate: RateKind
    needs_review: NeedsReview = Field(description="How needs_review verdicts were counted.")
    total: int = Field(ge=0, description="Candidates in the sample (unknowns included).")
    median_score: float | None = Field(description="The sample's median score.")
    exclusion_share: float = EXCLUSION_SHARE
    four_fifths: float = FOUR_FIFTHS
    categories: dict[str, list[GroupRow]]
    intersectional: dict[str, list[GroupRow]]
    criteria: dict[str, dict[str, list[CriterionRow]]]
    unknown: UnknownCounts
    data: DataInfo
    counts: Counts
    warnings: list[str] = Field(default_factory=list)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        """The report as indented JSON, keys in the documented order."""
        return self.model_dump_json(by_alias=True, indent=2) + "\n"
