"""Request and response bodies of the HTTP API (separate from storage models)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from api.route_errors import DESCRIPTIONS
from screener.models import Profile, ScreeningResult


class _Schema(BaseModel):
    model_config = ConfigDict(frozen=True)


class ParseResponse(_Schema):
    """What ``POST /v1/parse`` returns."""

    filename: str | None
    profile: Profile


class ScreenResponse(_Schema):
    """What ``POST /v1/screen`` returns: one result per uploaded file, ranked."""

    rules: dict[str, Any] = Field(description="id, version and sha256 of the rule set used.")
    results: list[ScreeningResult]


class ProblemError(_Schema):
    """One error of a request or a rule set, where it is."""

    path: str = Field(
        description="Where: dotted, e.g. 'body.rules.required.2.skills.all_of.1' for a "
        "request, 'required.2.skills' inside a rule set; '' for the whole."
    )
    message: str = Field(description="What is wrong there.")
    suggestion: str | None = Field(
        default=None, description="A rule set's error: the id or key probably meant."
    )


class Problem(_Schema):
    """An RFC 9457 problem document (``application/problem+json``); ``code`` is one of
    ``screener.errors``' codes or the API's own (``unauthorized``, ``insufficient_scope``,
    ``rate_limited``, ``too_many_attempts``, ``busy``, ``invalid_request``, ...). The first
    five fields are always there; the others only with the errors that carry them. How
    long to wait after a 429 or 503 is the ``Retry-After`` header, and the request's id
    the ``X-Request-ID`` header, never body fields."""

    type: str = Field(description="https://screener.example.org/problems/<code>.")
    title: str = Field(description="The status's title, e.g. 'Unprocessable content'.")
    status: int = Field(description="The HTTP status, repeated.")
    code: str = Field(description="A stable code: branch on it, not on detail.")
    detail: str = Field(description="What went wrong, readable; its wording may change.")
    errors: list[ProblemError] | None = Field(
        default=None,
        description="invalid_request (the request's fields) and invalid_rules (the rule "
        "set's): every error, each with its path.",
    )
    limit: int | float | None = Field(
        default=None,
        description="too_large (the bytes allowed), parse_timeout (the seconds allowed), "
        "too_many_pages (the pages allowed), text_too_long (the characters allowed), "
        "archive_bomb (the limit passed).",
    )
    size: int | None = Field(
        default=None, description="too_large, archive_bomb: the file's (or inflated) bytes."
    )
    pages: int | None = Field(default=None, description="too_many_pages: the page count.")
    chars: int | None = Field(default=None, description="text_too_long: the characters.")
    entries: int | None = Field(default=None, description="archive_bomb: the zip entries.")
    ratio: int | None = Field(default=None, description="archive_bomb: the inflation ratio.")
    detected: str | None = Field(
        default=None, description="unsupported_format, type_mismatch: what the file is."
    )
    claimed: str | None = Field(
        default=None, description="type_mismatch: what its name or content type said."
    )
    reason: str | None = Field(
        default=None, description="corrupt, parse_failed: which check or tool failed."
    )
    path: str | None = Field(
        default=None, description="invalid_json_resume: the JSON path of the error."
    )
    rules: str | None = Field(
        default=None, description="rules_not_found: the id asked for ('inline': not JSON)."
    )
    available: list[str] | None = Field(
        default=None, description="rules_not_found: the bundled rule sets' ids."
    )
    line: int | None = Field(
        default=None, description="invalid_demographics: the CSV line at fault."
    )
    rule_sets: list[str] | None = Field(
        default=None, description="mixed_rule_sets: the sha256 of each rule set found."
    )
    report: dict[str, Any] | None = Field(
        default=None,
        description="nothing_to_draft: the draft's report (what was not screened and why).",
    )


class Health(_Schema):
    """Liveness or readiness."""

    status: str
    checks: dict[str, str] = {}


# Registers Problem in the document; which statuses each route lists is api.route_errors'.
PROBLEMS: dict[int | str, dict[str, Any]] = {
    status: {
        "model": Problem,
        "content": {"application/problem+json": {}},
        "description": description,
    }
    for status, description in DESCRIPTIONS.items()
}
