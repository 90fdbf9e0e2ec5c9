"""Bodies of the webhook routes (separate from the storage models), and the conversions
from storage rows to them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.db.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from api.schemas_jobs import StoredText
from api.webhooks.events import EventType

MAX_URL = 2000


class _Schema(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class WebhookIn(_Schema):
    """A new endpoint: where to send which events."""

    url: StoredText = Field(
        min_length=1, max_length=MAX_URL, description="An http(s) URL on a public address."
    )
    events: list[EventType] = Field(min_length=1, max_length=20, description="Event types.")


class WebhookPatch(_Schema):
    """Changes to an endpoint; ``enabled: true`` re-enables a disabled one."""

    url: StoredText | None = Field(default=None, min_length=1, max_length=MAX_URL)
    events: list[EventType] | None = Field(default=None, min_length=1, max_length=20)
    enabled: bool | None = None


class WebhookOut(_Schema):
    """An endpoint, without its secret."""

    id: str
    url: str
    events: list[str]
    enabled: bool
    disabled_at: datetime | None
    disabled_reason: str | None
    failed_deliveries: int = Field(
        description="Deliveries in a row that failed every attempt (reset by a success)."
    )
    created_at: datetime
    updated_at: datetime


class WebhookCreated(WebhookOut):
    """An endpoint with its signing secret: shown here once, never again."""

    secret: str = Field(description="whsec_…: verify each delivery's signature with it.")


class WebhookList(_Schema):
    """A page of endpoints, oldest first."""

    items: list[WebhookOut]
    total: int
    limit: int
    offset: int


class AttemptOut(_Schema):
    """One attempt at a delivery."""

    attempted_at: datetime
    status_code: int | None = Field(description="The receiver's answer; null if none came.")
    error: str | None = Field(description="Why it failed; null for a 2xx answer.")
    duration_ms: int


class DeliveryOut(_Schema):
    """One event sent (or to be sent) to one endpoint, with every attempt."""

    id: str = Field(description="Also the webhook-id header of every attempt.")
    webhook_id: str
    event_type: str
    status: Literal["pending", "succeeded", "failed"]
    attempts: int
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    payload: dict[str, Any] = Field(description="The body sent: type, timestamp, data.")
    history: list[AttemptOut]


class DeliveryList(_Schema):
    """A page of an endpoint's deliveries, newest first."""

    items: list[DeliveryOut]
    total: int
    limit: int
    offset: int


def webhook_out(endpoint: WebhookEndpoint) -> WebhookOut:
    """An endpoint's public view."""
    return WebhookOut(
        id=endpoint.id,
        url=endpoint.url,
        events=list(endpoint.events),
        enabled=endpoint.disabled_at is None,
        disabled_at=endpoint.disabled_at,
        disabled_reason=endpoint.disabled_reason,
        failed_deliveries=endpoint.failed_deliveries,
        created_at=endpoint.created_at,
        updated_at=endpoint.updated_at,
    )


def webhook_created(endpoint: WebhookEndpoint) -> WebhookCreated:
    """An endpoint's view with its secret (creation and rotation only)."""
    return WebhookCreated(**webhook_out(endpoint).model_dump(), secret=endpoint.secret)


def delivery_out(delivery: WebhookDelivery, attempts: list[WebhookAttempt]) -> DeliveryOut:
    """A delivery with its attempts."""
    return DeliveryOut(
        id=delivery.id,
        webhook_id=delivery.endpoint_id,
        event_type=delivery.event_type,
        status=delivery.status,
        attempts=delivery.attempts,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        created_at=delivery.created_at,
        last_attempt_at=delivery.last_attempt_at,
        next_attempt_at=delivery.next_attempt_at,
        delivered_at=delivery.delivered_at,
        payload=json.loads(delivery.payload),
        history=[
            AttemptOut(
                attempted_at=a.attempted_at,
                status_code=a.status_code,
                error=a.error,
                duration_ms=a.duration_ms,
            )
            for a in attempts
        ],
    )
