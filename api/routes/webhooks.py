"""``/v1/webhooks``: endpoints that receive signed events, their secrets and delivery log.

A URL is checked before anything touches the database (``api.webhooks.ssrf``: the DNS
look-up holds no connection): not http(s) or unresolvable is 422 ``invalid_webhook_url``,
a non-public address 422 ``webhook_url_forbidden``. The secret is in the answers to
create and rotate only. Test events and redeliveries go through the outbox like every
event, and the delivery loop is woken once the transaction has committed.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask

from api.db.models import WebhookEndpoint
from api.deps import OrgDep, SessionDep, SettingsDep
from api.idempotency import remember, replay
from api.json_nesting import NestingLimitedRoute
from api.problems import problem
from api.schemas import PROBLEMS
from api.settings import ApiSettings
from api.webhooks import endpoints as store
from api.webhooks import events
from api.webhooks.outbox import enqueue
from api.webhooks.schemas import (
    DeliveryList,
    DeliveryOut,
    WebhookCreated,
    WebhookIn,
    WebhookList,
    WebhookOut,
    WebhookPatch,
    delivery_out,
    webhook_created,
    webhook_out,
)
from api.webhooks.ssrf import UrlRefused, check_url

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"], route_class=NestingLimitedRoute)
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)]
NOT_FOUND = "No such webhook."
NO_DELIVERY = "No such delivery."
Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000)]


def _refusal(url: str, settings: ApiSettings) -> JSONResponse | None:
    """422 problem when ``url`` may not be called, else None."""
    try:
        check_url(url, allow_private=settings.webhooks_allow_private_networks)
    except UrlRefused as refused:
        return problem(422, refused.code, refused.detail)
    return None


def _endpoint(session: Session, org: str, webhook_id: str) -> WebhookEndpoint:
    endpoint = store.get_endpoint(session, org, webhook_id)
    if endpoint is None:
        raise HTTPException(404, NOT_FOUND)
    return endpoint


def _wake(request: Request) -> BackgroundTask:
    """Wake the delivery loop after the answer (so after the commit), on the event loop."""
    wake = getattr(request.app.state, "wake_webhooks", None)

    async def waking() -> None:
        if wake is not None:
            wake()

    return BackgroundTask(waking)


@router.post("", status_code=201, response_model=WebhookCreated, responses=PROBLEMS)
def create_webhook(
    body: WebhookIn,
    org: OrgDep,
    session: SessionDep,
    settings: SettingsDep,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    """Register an endpoint for some event types; the answer holds its ``secret``
    (``whsec_…``), shown this once."""
    refused = _refusal(body.url, settings)
    if refused is not None:
        return refused
    content = body.model_dump_json()
    replayed = replay(session, org, idempotency_key, request, content)
    if replayed is not None:
        return _located(replayed)
    endpoint = store.create_endpoint(session, org, body.url, list(dict.fromkeys(body.events)))
    out = webhook_created(endpoint).model_dump(mode="json")
    try:
        remember(session, org, idempotency_key, request, content, 201, out)
    except IntegrityError:  # a concurrent first request with this key stored first
        session.rollback()
        replayed = replay(session, org, idempotency_key, request, content)
        if replayed is None:
            raise
        return _located(replayed)
    return _located(JSONResponse(out, status_code=201))


def _located(response: JSONResponse) -> JSONResponse:
    """A 201 with ``Location`` naming the endpoint it created (a replay names the same)."""
    if response.status_code == 201:
        created = json.loads(bytes(response.body))
        response.headers["Location"] = f"/v1/webhooks/{created['id']}"
    return response


@router.get("", response_model=WebhookList, responses=PROBLEMS)
def list_webhooks(org: OrgDep, session: SessionDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    """The organisation's endpoints (without secrets), oldest first."""
    rows = store.list_endpoints(session, org, limit=limit, offset=offset)
    return WebhookList(
        items=[webhook_out(row) for row in rows],
        total=store.count_endpoints(session, org),
        limit=limit,
        offset=offset,
    )


@router.get("/{webhook_id}", response_model=WebhookOut, responses=PROBLEMS)
def get_webhook(webhook_id: str, org: OrgDep, session: SessionDep) -> Any:
    """One endpoint, without its secret."""
    return webhook_out(_endpoint(session, org, webhook_id))


@router.patch("/{webhook_id}", response_model=WebhookOut, responses=PROBLEMS)
def update_webhook(
    webhook_id: str,
    body: WebhookPatch,
    org: OrgDep,
    session: SessionDep,
    settings: SettingsDep,
    request: Request,
) -> Any:
    """Change the URL or the events, or disable it, or enable it again (its pending
    deliveries are then sent)."""
    if body.url is not None:
        refused = _refusal(body.url, settings)
        if refused is not None:
            return refused
    endpoint = _endpoint(session, org, webhook_id)
    events_wanted = None if body.events is None else list(dict.fromkeys(body.events))
    store.update_endpoint(
        session, endpoint, url=body.url, events=events_wanted, enabled=body.enabled
    )
    out = webhook_out(endpoint).model_dump(mode="json")
    return JSONResponse(out, background=_wake(request))


@router.delete("/{webhook_id}", status_code=204, responses=PROBLEMS)
def delete_webhook(webhook_id: str, org: OrgDep, session: SessionDep) -> Response:
    """Delete an endpoint and its delivery log; nothing more is sent to it."""
    if not store.delete_endpoint(session, org, webhook_id):
        raise HTTPException(404, NOT_FOUND)
    return Response(status_code=204)


@router.post("/{webhook_id}/rotate", response_model=WebhookCreated, responses=PROBLEMS)
def rotate_secret(webhook_id: str, org: OrgDep, session: SessionDep) -> Any:
    """A new secret, shown this once; from now on only it signs (also retries of
    earlier deliveries)."""
    endpoint = _endpoint(session, org, webhook_id)
    store.rotate_secret(session, endpoint)
    return webhook_created(endpoint)


@router.post("/{webhook_id}/test", status_code=202, response_model=DeliveryOut, responses=PROBLEMS)
def send_test(webhook_id: str, org: OrgDep, session: SessionDep, request: Request) -> Any:
    """Queue a ``webhook.test`` event for this endpoint; follow it in its deliveries."""
    endpoint = _endpoint(session, org, webhook_id)
    data = events.test_data(endpoint.id)
    (delivery,) = enqueue(session, org, events.WEBHOOK_TEST, data, endpoint_id=endpoint.id)
    out = delivery_out(delivery, []).model_dump(mode="json")
    return JSONResponse(out, status_code=202, background=_wake(request))


@router.get("/{webhook_id}/deliveries", response_model=DeliveryList, responses=PROBLEMS)
def list_deliveries(
    webhook_id: str,
    org: OrgDep,
    session: SessionDep,
    status: Annotated[str | None, Query(pattern="^(pending|succeeded|failed)$")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """The endpoint's delivery log, newest first: each event, its status and attempts."""
    _endpoint(session, org, webhook_id)
    rows, total = store.list_deliveries(
        session, org, webhook_id, status=status, limit=limit, offset=offset
    )
    tries = store.attempts_of(session, [row.id for row in rows])
    items = [delivery_out(row, tries[row.id]) for row in rows]
    return DeliveryList(items=items, total=total, limit=limit, offset=offset)


@router.get(
    "/{webhook_id}/deliveries/{delivery_id}", response_model=DeliveryOut, responses=PROBLEMS
)
def get_delivery(webhook_id: str, delivery_id: str, org: OrgDep, session: SessionDep) -> Any:
    """One delivery with every attempt."""
    delivery = store.get_delivery(session, org, webhook_id, delivery_id)
    if delivery is None:
        raise HTTPException(404, NO_DELIVERY)
    return delivery_out(delivery, store.attempts_of(session, [delivery.id])[delivery.id])


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/redeliver",
    status_code=202,
    response_model=DeliveryOut,
    responses=PROBLEMS,
)
def redeliver(
    webhook_id: str, delivery_id: str, org: OrgDep, session: SessionDep, request: Request
) -> Any:
    """Send a delivery again (same body and ``webhook-id``, a new round of attempts)."""
    delivery = store.get_delivery(session, org, webhook_id, delivery_id)
    if delivery is None:
        raise HTTPException(404, NO_DELIVERY)
    store.redeliver(session, delivery)
    attempts = store.attempts_of(session, [delivery.id])[delivery.id]
    out = delivery_out(delivery, attempts).model_dump(mode="json")
    return JSONResponse(out, status_code=202, background=_wake(request))
