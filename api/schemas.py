"""Request and response bodies of the HTTP API (separate from storage models)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

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


class Problem(_Schema):
    """An RFC 9457 problem document; ``code`` is one of ``screener.errors``' codes."""

    type: str
    title: str
    status: int
    code: str
    detail: str


class Health(_Schema):
    """Liveness or readiness."""

    status: str
    checks: dict[str, str] = {}


PROBLEMS: dict[int | str, dict[str, Any]] = {
    status: {
        "model": Problem,
        "content": {"application/problem+json": {}},
        "description": description,
    }
    for status, description in [
        (400, "Malformed body (not JSON, not multipart)"),
        (401, "Missing, invalid, revoked or expired API key"),
        (403, "The API key's scope does not allow this (insufficient_scope)"),
        (404, "Not found (or another organisation's)"),
        (409, "Idempotency-Key reused for another request, or no profile to export yet"),
        (413, "Upload too large (too_large, too_many_pages, ...)"),
        (415, "Unsupported file type (unsupported_format, type_mismatch)"),
        (422, "Invalid request, rules or file (invalid_rules, corrupt, ...)"),
        (429, "Too many requests: the organisation's share of the queue, or bad keys"),
        (503, "Busy (the admission queue or the database): retry after Retry-After"),
    ]
}
