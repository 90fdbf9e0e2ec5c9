"""What evaluating a Profile against a RuleSet produces: a verdict, a score, one outcome per
criterion with its reason and evidence, and the provenance needed to reproduce it."""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import Field, model_validator

from screener.models.base import Model
from screener.models.profile import Evidence

Verdict = Literal["meets", "does_not_meet", "needs_review"]
Status = Literal["met", "not_met", "unknown"]

MAX_SOURCE_CHARS = 2000
"""Longest quote a criterion's ``source`` may hold (a posting's line, not its page)."""


def _absent(value: object) -> bool:
    return value is None


class CriterionSource(Model):
    """The words of a job posting a criterion was drafted from, and where they stand.

    ``start``/``end`` are character offsets into the posting's text as it was read
    (``screener rules draft``), so ``text == posting_text[start:end]``.
    """

    text: str = Field(min_length=1, max_length=MAX_SOURCE_CHARS, description="The posting's words.")
    start: int = Field(ge=0, description="Offset of the first character in the posting text.")
    end: int = Field(ge=1, description="Offset just past the last character.")

    @model_validator(mode="after")
    def _ordered(self) -> CriterionSource:
        if self.end <= self.start:
            raise ValueError("end must be greater than start")
        return self


class Outcome(Model):
    """How one criterion fared."""

    criterion: str = Field(description="Criterion id.")
    label: str = Field(description="The criterion as written for people.")
    kind: Literal["required", "preferred"]
    status: Status
    credit: float = Field(ge=0, le=1, description="Share of the criterion satisfied.")
    weight: float = Field(gt=0)
    reason: str = Field(description="Why, in plain English, quoting what was found.")
    evidence: tuple[Evidence, ...] = Field(default=(), description="Quotes behind the reason.")
    to_meet: str | None = Field(default=None, description="For a miss: what would have met it.")
    source: CriterionSource | None = Field(
        default=None,
        exclude_if=_absent,
        description="The posting's words the criterion was drafted from, when it has them.",
    )


class RuleSetRef(Model):
    """Which rule set, exactly."""

    id: str
    version: int
    sha256: str = Field(description="SHA-256 of the rule set's canonical JSON.")


class Provenance(Model):
    """What produced a Screening, so it can be reproduced and audited."""

    engine: str = Field(description="Screener version.")
    rules: RuleSetRef
    taxonomies: dict[str, str] = Field(description="Version of each taxonomy file.")
    extractors: dict[str, str] = Field(description="Version of each extractor.")
    as_of: str = Field(description="Month 'Present' and experience were resolved against.")


class Candidate(Model):
    """Which file was screened; never contact details (see ``Profile.contact``)."""

    sha256: str | None = Field(description="SHA-256 of the original file, when from a file.")
    filename: str | None = Field(default=None, description="Omitted in blind output.")


class Screening(Model):
    """The engine's recommendation for one candidate and one rule set."""

    verdict: Verdict
    score: float = Field(ge=0, le=100, description="0–100; documented in docs/rules.md.")
    required_met: int = Field(ge=0)
    required_total: int = Field(ge=1)
    outcomes: tuple[Outcome, ...]
    warnings: tuple[str, ...] = Field(default=(), description="Warning codes of the résumé.")
    candidate: Candidate
    provenance: Provenance


class ErrorInfo(Model):
    """Why a file could not be screened (the stable code of ``screener.errors``)."""

    code: str
    message: str


class ScreeningResult(Model):
    """One row of a batch: the file and its Screening, or the error that stopped it."""

    source: str = Field(description="The file as given (path or name).")
    screening: Screening | None = None
    error: ErrorInfo | None = None

    def display_name(self, *, blind: bool) -> str:
        """The file's name, or in blind output a neutral id (file names often hold names)."""
        if not blind:
            return self.source
        sha = self.screening.candidate.sha256 if self.screening else None
        if sha is None:  # unreadable: a stable id that does not reveal the file's name
            sha = hashlib.sha256(self.source.encode("utf-8")).hexdigest()
        return f"candidate-{sha[:12]}"
