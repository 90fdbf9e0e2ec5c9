"""Webhooks across server restarts and settings, on SQLite and PostgreSQL: a delivery
the stopped server could not send is sent by the next one; a loopback URL is refused
without ``webhooks_allow_private_networks``, at creation and again at send time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from api.db.migrate import upgrade
from api.db.repository import create_org
from api.db.session import make_engine, make_session_factory, session_scope
from api.webhooks import events
from api.webhooks.endpoints import create_endpoint
from api.webhooks.outbox import enqueue
from tests.api.live import free_port
from tests.api.routes_helpers import running_api
from tests.api.webhook_receiver import receiving, wait_until

SAMPLES = Path(__file__).resolve().parents[3] / "sample_resumes"
MARCUS = (SAMPLES / "marcus_bell.txt").read_text(encoding="utf-8")
QUICK: dict[str, Any] = {"webhooks_backoff_base_s": 0.5, "webhooks_poll_s": 0.05}


def _delivery(client: httpx.Client, webhook_id: str) -> dict[str, Any]:
    items = client.get(f"/v1/webhooks/{webhook_id}/deliveries").json()["items"]
    assert len(items) == 1, items
    delivery: dict[str, Any] = items[0]
    return delivery


def test_a_stopped_server_delivers_after_its_restart(database_url: str) -> None:
    port = free_port()  # nothing listens there yet: the receiver is down
    with running_api(database_url, webhooks_allow_private_networks=True, **QUICK) as api:
        hook = api.client.post(
            "/v1/webhooks",
            json={"url": f"http://127.0.0.1:{port}/hook", "events": ["application.screened"]},
        ).json()
        job = api.client.post("/v1/jobs", json={"title": "ML", "rules": "ml-engineer"}).json()
        text = {"text": MARCUS, "filename": "cv.txt"}
        created = api.client.post(f"/v1/jobs/{job['id']}/applications/text", json=text)
        assert created.status_code == 201, created.text
        wait_until(lambda: _delivery(api.client, hook["id"])["attempts"] >= 1)
    with receiving(port) as receiver:
        receiver.secret = hook["secret"]
        with running_api(database_url, webhooks_allow_private_networks=True, **QUICK) as api:
            (got,) = receiver.wait_for(lambda got: len(got) >= 1)
            assert got.verified
            assert got.event["data"]["application_id"] == created.json()["id"]
            done = wait_until(
                lambda: (d := _delivery(api.client, hook["id"]))["status"] == "succeeded" and d
            )
    assert done["attempts"] >= 2
    assert done["history"][0]["status_code"] is None
    assert "Connect" in done["history"][0]["error"]  # the receiver was down
    assert done["history"][-1]["status_code"] == 200


def test_a_loopback_url_is_refused_without_the_setting(database_url: str) -> None:
    with running_api(database_url) as api:
        for url, code in [
            ("http://127.0.0.1:9/hook", "webhook_url_forbidden"),
            ("http://localhost/hook", "webhook_url_forbidden"),
            ("http://[::1]/hook", "webhook_url_forbidden"),
            ("http://169.254.169.254/latest/meta-data/", "webhook_url_forbidden"),
            ("http://10.0.0.1/hook", "webhook_url_forbidden"),
            ("http://2130706433/hook", "webhook_url_forbidden"),  # 127.0.0.1 as a number
            ("ftp://hooks.example/x", "invalid_webhook_url"),
            ("http://user:pw@8.8.8.8/x", "invalid_webhook_url"),
            ("http://no-such-host.invalid/hook", "invalid_webhook_url"),
        ]:
            answer = api.client.post(
                "/v1/webhooks", json={"url": url, "events": ["job.rescreened"]}
            )
            assert answer.status_code == 422, (url, answer.text)
            assert answer.headers["content-type"] == "application/problem+json"
            assert answer.json()["code"] == code, url
        public = api.client.post(
            "/v1/webhooks", json={"url": "https://8.8.8.8/hook", "events": ["job.rescreened"]}
        )
        assert public.status_code == 201, public.text  # a public address (never called here)
        moved = api.client.patch(
            f"/v1/webhooks/{public.json()['id']}", json={"url": "http://127.0.0.1/"}
        )
        assert (moved.status_code, moved.json()["code"]) == (422, "webhook_url_forbidden")
        assert api.client.get("/v1/webhooks").json()["total"] == 1


def test_a_loopback_url_is_refused_again_at_send_time(database_url: str) -> None:
    """An endpoint stored while private networks were allowed is not called once they
    are not: the attempt fails with the reason and no request is made."""
    upgrade(database_url)
    engine = make_engine(database_url)
    with receiving() as receiver:
        with session_scope(make_session_factory(engine)) as session:
            org = create_org(session, "acme")
            endpoint = create_endpoint(session, org.id, receiver.url, ["job.rescreened"])
            (delivery,) = enqueue(
                session,
                org.id,
                "webhook.test",
                events.test_data(endpoint.id),
                endpoint_id=endpoint.id,
            )
            endpoint_id, delivery_id = endpoint.id, delivery.id
        engine.dispose()
        with running_api(database_url, **QUICK) as api:
            path = f"/v1/webhooks/{endpoint_id}/deliveries/{delivery_id}"
            tried = wait_until(lambda: (d := api.client.get(path).json())["attempts"] >= 1 and d)
        assert receiver.received == []
    error = tried["history"][0]["error"]
    assert error.startswith("refused before sending (webhook_url_forbidden)")
    assert "loopback" in error
    assert tried["history"][0]["status_code"] is None
