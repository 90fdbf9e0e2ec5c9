"""Bodies of the job and application routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from api.contract import ExternalId, Metadata
from api.schemas_drafts import DraftOut
from screener.models import ErrorInfo, Profile, Screening

RulesField = str | dict[str, Any]
PostingField = Annotated[str, Field(min_length=1)] | dict[str, Any]
Verdict = Literal["meets", "needs_review", "does_not_meet"]
Status = Literal["pending", "done", "failed"]
MAX_FILENAME = 500


def no_nul(value: str) -> str:
    """Refuse a NUL character (PostgreSQL cannot store one in text)."""
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


StoredText = Annotated[str, AfterValidator(no_nul)]


class _Schema(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class JobIn(_Schema):
    """A new job: a title and its rules (a bundled id, or a rule set object), or the job
    posting to draft them from (``posting``), exactly one of ``rules`` and ``posting``."""

    title: StoredText = Field(min_length=1, max_length=500)
    rules: RulesField | None = Field(
        default=None, description="A bundled rule set id or an inline rule set."
    )
    external_id: ExternalId | None = None
    metadata: Metadata | None = None
    posting: PostingField | None = Field(
        default=None,
        description="Instead of rules: the job posting's text (plain, Markdown or HTML) or a "
        "schema.org JobPosting object, drafted as POST /v1/rules/draft drafts it; the job "
        "gets the drafted rule set and the answer carries the draft.",
    )

    @model_validator(mode="after")
    def _rules_or_posting(self) -> Self:
        if (self.rules is None) == (self.posting is None):
            raise ValueError("send exactly one of 'rules' and 'posting'")
        return self

    def content(self) -> str:
        """What an Idempotency-Key guards: the body as JSON (without ``posting`` when it is
        unset, so a request with ``rules`` hashes as it always did)."""
        return self.model_dump_json(exclude={"posting"} if self.posting is None else None)


class JobPatch(_Schema):
    """Changes to a job; new rules become a new immutable version."""

    title: StoredText | None = Field(default=None, min_length=1, max_length=500)
    rules: RulesField | None = Field(
        default=None, description="A bundled rule set id or an inline rule set."
    )
    external_id: ExternalId | None = None
    metadata: Metadata | None = Field(default=None, description="Replaces the metadata.")


class RuleSetOut(_Schema):
    """One version of a job's rules."""

    id: str
    rules_id: str
    version: int
    sha256: str


class JobOut(_Schema):
    """A job and its current rules."""

    id: str
    title: str
    rules: RuleSetOut | None
    created_at: datetime
    updated_at: datetime
    external_id: str | None = None
    metadata: dict[str, Any] | None = None


class JobCreated(JobOut):
    """A job just created; ``draft`` when it was drafted from a posting (not stored: this
    answer, and its replay under the same Idempotency-Key, is the one place it is kept)."""

    draft: DraftOut | None = Field(
        default=None,
        description="The draft the job's rules came from: its rule set, sha256 and report "
        "(what was not screened and why, the fairness lint). Only with 'posting'.",
    )


class JobList(_Schema):
    """A page of jobs: newest first, or oldest first by (created_at, id) with a cursor."""

    items: list[JobOut]
    total: int
    limit: int
    offset: int
    next: str | None = Field(default=None, description="The next page's link; None at the end.")


class TextApplicationIn(_Schema):
    """An application sent as text (already extracted by the caller)."""

    text: str = Field(min_length=1, max_length=200_000)
    filename: StoredText | None = Field(default=None, max_length=MAX_FILENAME)
    external_id: ExternalId | None = None
    metadata: Metadata | None = None


class ApplicationOut(_Schema):
    """An application's state and result, without its full explanation."""

    id: str
    job_id: str
    filename: str | None
    status: Status
    verdict: Verdict | None
    score: float | None
    rules_version: int | None
    error: ErrorInfo | None
    created_at: datetime
    external_id: str | None = None
    metadata: dict[str, Any] | None = None


class ApplicationDetail(ApplicationOut):
    """An application with its full screening (every criterion explained) and profile."""

    screening: Screening | None
    profile: Profile | None


class ApplicationList(_Schema):
    """A page of applications: ranked, or oldest first by (created_at, id) with a cursor."""

    items: list[ApplicationOut]
    total: int
    limit: int
    offset: int
    next: str | None = Field(default=None, description="The next page's link; None at the end.")


class Accepted(_Schema):
    """Applications accepted for screening in the background (202)."""

    applications: list[ApplicationOut]
    status_url: str = Field(description="Poll this list; each item's status moves on.")
