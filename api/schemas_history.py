"""Bodies of the history, decision, audit and decision-log routes (issue 14)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.schemas_jobs import ApplicationDetail, RuleSetOut, StoredText
from screener.models import ErrorInfo, Screening


class _Schema(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReplayInputs(_Schema):
    """What ``screener reproduce`` needs to replay a screening, as recorded."""

    engine: str | None = Field(description="Screener version that screened.")
    as_of: str | None = Field(description="The as-of month (YYYY-MM) it was screened for.")
    rules_sha256: str = Field(description="SHA-256 of the rule set's RFC 8785 JSON.")
    input_sha256: str | None = Field(
        description="SHA-256 of the bytes the engine read (a re-screen reads the stored "
        "text as UTF-8)."
    )
    input_filename: str | None = Field(
        description="The file name the engine was given (null in blind answers)."
    )


class ScreeningOut(_Schema):
    """One screening of an application's history."""

    number: int = Field(description="1 for the first screening, then one more each time.")
    kind: Literal["screen", "rescreen"]
    status: Literal["done", "failed"]
    verdict: str | None
    score: float | None
    error_code: str | None
    rules: RuleSetOut | None
    replay: ReplayInputs
    created_at: datetime


class ScreeningDetail(ScreeningOut):
    """A screening with its full explanation."""

    screening: Screening | None


class ScreeningList(_Schema):
    """An application's screenings, oldest first."""

    items: list[ScreeningOut]


class ReplayDifference(_Schema):
    """A field whose replayed value is not the recorded one."""

    path: str = Field(description="Dotted path in the Screening: 'outcomes.1.status'.")
    recorded: Any = Field(default=None, description="Null when not shown or absent.")
    replayed: Any = Field(default=None, description="Null when not shown or absent.")
    shown: bool = Field(description="False for values quoting the résumé (reason, text).")


class ScreeningReplay(_Schema):
    """A stored screening screened again from its kept input, compared field by field
    (what ``screener reproduce`` reports for one file)."""

    number: int = Field(description="The screening replayed.")
    status: Literal["identical", "different", "unreadable"]
    input: Literal["original", "text"] = Field(
        description="What was read again: the uploaded file's kept bytes, or the stored "
        "text as UTF-8 (what a re-screen reads)."
    )
    input_sha256: str = Field(description="SHA-256 of the bytes read (the recorded one).")
    as_of: str = Field(description="The recorded as-of month it was replayed for.")
    engine_recorded: str | None = Field(description="Screener version that screened.")
    engine: str = Field(description="Screener version that replayed.")
    rules: RuleSetOut | None = Field(description="The rule-set version it recorded.")
    rules_sha256: str = Field(description="The recorded SHA-256 of the rules' RFC 8785 JSON.")
    first_difference: str | None = Field(description="Path of the first differing field.")
    difference_count: int = Field(ge=0)
    differences: list[ReplayDifference] = Field(description="The first 50 differences.")
    error: ErrorInfo | None = Field(description="Why the input could not be read again.")


class RuleSetVersionOut(RuleSetOut):
    """A version of a job's rules (``version``: 1, 2, … within the job) and when it was
    made."""

    current: bool = Field(description="The job screens new applications with it.")
    created_at: datetime


class RuleSetVersionBody(RuleSetVersionOut):
    """A version with its body: the rule set whose RFC 8785 JSON has ``sha256``."""

    body: dict[str, Any]


class RuleSetVersionList(_Schema):
    """Every version of a job's rules, oldest first."""

    items: list[RuleSetVersionOut]


class DecisionIn(_Schema):
    """A recruiter's decision (advance, reject) or a note on an application."""

    action: Literal["advance", "reject", "note"]
    note: StoredText | None = Field(default=None, max_length=5000)


class DecisionOut(_Schema):
    """A decision beside the recommendation it was made on."""

    id: str
    application_id: str
    action: Literal["advance", "reject", "note"]
    note: str | None
    recommendation: str | None = Field(
        description="The engine's verdict when the decision was made (its latest screening)."
    )
    screening: int | None = Field(description="Number of the screening it was made on.")
    actor: str = Field(description="key:<id> or user:<id>.")
    created_at: datetime


class DecisionList(_Schema):
    """An application's decisions, oldest first."""

    items: list[DecisionOut]


class AuditSettingsIn(_Schema):
    """The organisation's audit settings."""

    store_demographics: bool = Field(
        description="Keep the demographics uploaded for an audit with the applications "
        "(off: they are used for that one report and forgotten; turning it off erases "
        "those kept)."
    )


class AuditSettingsOut(AuditSettingsIn):
    """The organisation's audit settings and how many applications have demographics."""

    stored: int = Field(description="Applications whose demographics are kept.")


class AuditEventOut(_Schema):
    """One line of the decision log."""

    id: int
    at: datetime
    actor: str
    action: str
    application_id: str | None
    job_id: str | None
    detail: dict[str, Any]


class ApplicationExplained(ApplicationDetail):
    """An application explained, with the recruiters' decisions beside the verdict."""

    decisions: list[DecisionOut] = Field(
        default_factory=list, description="Decisions and notes, oldest first."
    )
