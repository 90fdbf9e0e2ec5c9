"""The events a webhook carries and the body sent for each (pure functions).

A body is ``{"type", "timestamp", "data"}``: ``timestamp`` is when the event happened
(ISO 8601, UTC), ``data`` names what it is about by id — never a résumé's text, a file
name or a candidate's name — and links (paths under ``/v1``) to the full record.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Literal

from api.db.models import Application

APPLICATION_SCREENED = "application.screened"
APPLICATION_FAILED = "application.failed"
JOB_RESCREENED = "job.rescreened"
APPLICATION_DELETED = "application.deleted"
WEBHOOK_TEST = "webhook.test"
EVENT_TYPES = (APPLICATION_SCREENED, APPLICATION_FAILED, JOB_RESCREENED, APPLICATION_DELETED)
EventType = Literal[
    "application.screened", "application.failed", "job.rescreened", "application.deleted"
]


def iso(moment: datetime) -> str:
    """``moment`` as ISO 8601 in UTC with a ``Z``."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def body(event_type: str, data: Mapping[str, Any], at: datetime) -> str:
    """The JSON body of one event, exactly as it is signed and sent."""
    document = {"type": event_type, "timestamp": iso(at), "data": dict(data)}
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False)


def application_event(application: Application) -> str | None:
    """The event a stored result makes: screened, failed, or None while pending."""
    if application.status == "done":
        return APPLICATION_SCREENED
    if application.status == "failed":
        return APPLICATION_FAILED
    return None


def application_data(application: Application) -> dict[str, Any]:
    """``data`` of ``application.screened`` / ``application.failed``."""
    return {
        "application_id": application.id,
        "job_id": application.job_id,
        "external_id": application.external_id,  # the caller's, when it gave one
        "rule_set_id": application.rule_set_id,
        "status": application.status,
        "verdict": application.verdict,
        "score": application.score,
        "error_code": application.error_code,
        "explanation": f"/v1/applications/{application.id}",
    }


def deleted_data(application_id: str, job_id: str) -> dict[str, Any]:
    """``data`` of ``application.deleted``."""
    return {"application_id": application_id, "job_id": job_id}


def rescreened_data(
    job_id: str, rule_set_id: str, verdicts: Mapping[str, int], failed: int
) -> dict[str, Any]:
    """``data`` of ``job.rescreened``: how many were screened again, by verdict."""
    return {
        "job_id": job_id,
        "rule_set_id": rule_set_id,
        "applications": sum(verdicts.values()) + failed,
        "verdicts": dict(verdicts),
        "failed": failed,
        "ranking": f"/v1/jobs/{job_id}/applications",
    }


def test_data(endpoint_id: str) -> dict[str, Any]:
    """``data`` of ``webhook.test``."""
    return {"webhook_id": endpoint_id, "message": "A test event from Screener."}
