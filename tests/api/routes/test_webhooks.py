"""Webhooks over a live server, on SQLite and PostgreSQL, into a real receiver on loopback
that verifies every delivery with ``standardwebhooks``: every event type, retries with
backoff, disabling and redelivery, secret rotation, tenant isolation."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from standardwebhooks import Webhook, WebhookVerificationError

from tests.api.routes_helpers import Api, new_key, running_api
from tests.api.webhook_receiver import Received, Receiver, receiving, wait_until

SAMPLES = Path(__file__).resolve().parents[3] / "sample_resumes"
MARCUS = (SAMPLES / "marcus_bell.txt").read_bytes()
ALL_EVENTS = ["application.screened", "application.failed", "job.rescreened", "application.deleted"]
BASE_S = 0.2  # the backoff base of this module's server: retries after ~0.2 s, ~0.8 s


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(
        module_database_url,
        webhooks_allow_private_networks=True,
        webhooks_backoff_base_s=BASE_S,
        webhooks_max_attempts=3,
        webhooks_disable_after=1,
        webhooks_poll_s=0.05,
    ) as running:
        yield running


def _client(api: Api, database_url: str, org: str) -> httpx.Client:
    """A client keyed for a fresh organisation (each test sees only its own events)."""
    key = new_key(database_url, org)
    return httpx.Client(base_url=api.base, headers=api.auth(key), timeout=30)


def _webhook(client: httpx.Client, receiver: Receiver, events: list[str]) -> dict[str, Any]:
    response = client.post("/v1/webhooks", json={"url": receiver.url, "events": events})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    assert response.headers["Location"] == f"/v1/webhooks/{created['id']}"
    assert created["secret"].startswith("whsec_")
    receiver.secret = created["secret"]
    return created


def _job(client: httpx.Client) -> str:
    response = client.post("/v1/jobs", json={"title": "ML Engineer", "rules": "ml-engineer"})
    assert response.status_code == 201, response.text
    job_id: str = response.json()["id"]
    return job_id


def _about(received: list[Received], event_type: str, application_id: str) -> list[Received]:
    return [
        r
        for r in received
        if r.event["type"] == event_type and r.event["data"].get("application_id") == application_id
    ]


def _deliveries(client: httpx.Client, webhook_id: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(f"/v1/webhooks/{webhook_id}/deliveries", params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_every_event_is_delivered_signed(api: Api, module_database_url: str) -> None:
    with receiving() as receiver, _client(api, module_database_url, "events-co") as client:
        hook = _webhook(client, receiver, ALL_EVENTS)
        job = _job(client)
        now = client.post(
            f"/v1/jobs/{job}/applications",
            files=[("files", ("marcus.txt", MARCUS)), ("files", ("broken.pdf", b"%PDF-1.7 x"))],
        )
        assert now.status_code == 201, now.text
        marcus, broken = (item["id"] for item in now.json())
        later = client.post(
            f"/v1/jobs/{job}/applications",
            files=[("files", (f"cv{i}.txt", MARCUS)) for i in range(6)],
        )
        assert later.status_code == 202, later.text  # the background path
        queued = [item["id"] for item in later.json()["applications"]]
        got = receiver.wait_for(
            lambda got: (
                all(_about(got, "application.screened", a) for a in [marcus, *queued])
                and _about(got, "application.failed", broken)
            )
        )
        (screened,) = _about(got, "application.screened", marcus)
        data = screened.event["data"]
        assert (data["job_id"], data["verdict"], data["status"]) == (job, "meets", "done")
        assert isinstance(data["score"], float)
        assert data["explanation"] == f"/v1/applications/{marcus}"
        explained = client.get(data["explanation"]).json()
        assert explained["screening"]["score"] == data["score"]
        (failed,) = _about(got, "application.failed", broken)
        assert failed.event["data"]["error_code"] == "corrupt"
        assert failed.event["data"]["verdict"] is None

        assert client.post(f"/v1/jobs/{job}/rescreen").status_code == 200
        (rescreened,) = receiver.wait_for(lambda got: bool(_of(got, "job.rescreened")))[-1:]
        assert rescreened.event["data"]["job_id"] == job
        assert rescreened.event["data"]["applications"] == 7  # the unreadable one has no text
        assert rescreened.event["data"]["verdicts"] == {"meets": 7}

        assert client.delete(f"/v1/applications/{marcus}").status_code == 204
        assert client.post(f"/v1/webhooks/{hook['id']}/test").status_code == 202
        got = receiver.wait_for(
            lambda got: bool(
                _about(got, "application.deleted", marcus) and _of(got, "webhook.test")
            )
        )
        (deleted,) = _about(got, "application.deleted", marcus)
        assert deleted.event["data"] == {"application_id": marcus, "job_id": job}
        assert _of(got, "webhook.test")[0].event["data"]["webhook_id"] == hook["id"]

        assert all(r.verified for r in got), "every delivery verifies with the secret"
        assert len({r.headers["webhook-id"] for r in got}) == len(got)
        for r in got:
            assert r.headers["content-type"] == "application/json"
            assert set(r.event) == {"type", "timestamp", "data"}
            datetime.fromisoformat(r.event["timestamp"])
            assert b"Marcus" not in r.body
            assert b"marcus" not in r.body
        log = wait_until(lambda: _all_succeeded(client, hook["id"], len(got)))
        # erasure took the deliveries about the erased application, but its notice
        about_marcus = [d for d in log if d["payload"]["data"].get("application_id") == marcus]
        assert [d["event_type"] for d in about_marcus] == ["application.deleted"]
        assert all(d["attempts"] == 1 and len(d["history"]) == 1 for d in log)


def _of(received: list[Received], event_type: str) -> list[Received]:
    return [r for r in received if r.event["type"] == event_type]


def _all_succeeded(client: httpx.Client, webhook_id: str, sent: int) -> list[dict[str, Any]]:
    log = _deliveries(client, webhook_id)
    done = [d for d in log if d["status"] == "succeeded"]
    # every delivery but the erased application's screened one is in the log
    return log if len(done) == len(log) == sent - 1 else []


def test_a_failing_receiver_gets_the_event_three_times(api: Api, module_database_url: str) -> None:
    with (
        receiving(statuses=[500, 503]) as receiver,
        _client(api, module_database_url, "retry-co") as client,
    ):
        hook = _webhook(client, receiver, ["application.deleted"])
        queued = client.post(f"/v1/webhooks/{hook['id']}/test")
        assert queued.status_code == 202, queued.text
        delivery = queued.json()
        assert (delivery["status"], delivery["attempts"]) == ("pending", 0)
        got = receiver.wait_for(lambda got: len(got) >= 3)
        assert [r.headers["webhook-id"] for r in got] == [delivery["id"]] * 3
        assert len({r.body for r in got}) == 1
        assert all(r.verified for r in got)
        path = f"/v1/webhooks/{hook['id']}/deliveries/{delivery['id']}"
        done = wait_until(lambda: (d := client.get(path).json())["status"] == "succeeded" and d)
        assert done["attempts"] == 3
        assert [a["status_code"] for a in done["history"]] == [500, 503, 200]
        assert [a["error"] for a in done["history"]] == ["answered 500", "answered 503", None]
        assert (done["last_status_code"], done["last_error"]) == (200, None)
        # backoff: each wait at least the base × 4^(n-1) less the jitter (a lower bound)
        times = [datetime.fromisoformat(a["attempted_at"]) for a in done["history"]]
        waits = [(later - earlier).total_seconds() for earlier, later in itertools.pairwise(times)]
        assert waits[0] >= BASE_S * 0.75
        assert waits[1] >= BASE_S * 4 * 0.75
        assert client.get(f"/v1/webhooks/{hook['id']}").json()["failed_deliveries"] == 0


def test_an_endpoint_failing_every_attempt_is_disabled(api: Api, module_database_url: str) -> None:
    with (
        receiving(statuses=[500] * 3) as receiver,
        _client(api, module_database_url, "down-co") as client,
    ):
        hook = _webhook(client, receiver, ["application.deleted"])
        first = client.post(f"/v1/webhooks/{hook['id']}/test").json()
        path = f"/v1/webhooks/{hook['id']}"
        disabled = wait_until(lambda: not (h := client.get(path).json())["enabled"] and h)
        assert disabled["failed_deliveries"] == 1
        assert "failed every attempt" in disabled["disabled_reason"]
        failed = client.get(f"{path}/deliveries/{first['id']}").json()
        assert (failed["status"], failed["attempts"]) == ("failed", 3)
        assert _deliveries(client, hook["id"], status="failed")[0]["id"] == first["id"]
        second = client.post(f"{path}/test").json()  # queued, held while disabled
        enabled = client.patch(path, json={"enabled": True})
        assert enabled.status_code == 200
        assert enabled.json()["enabled"] is True
        receiver.wait_for(lambda got: any(r.headers["webhook-id"] == second["id"] for r in got))
        again = client.post(f"{path}/deliveries/{first['id']}/redeliver")
        assert again.status_code == 202
        assert again.json()["status"] == "pending"
        got = receiver.wait_for(lambda got: len(got) >= 5)
        assert [r.headers["webhook-id"] for r in got].count(first["id"]) == 4
        redelivered = wait_until(
            lambda: (
                (d := client.get(f"{path}/deliveries/{first['id']}").json())["status"]
                == "succeeded"
                and d
            )
        )
        assert redelivered["attempts"] == 4  # the log keeps the failed round


def test_rotating_the_secret_makes_old_signatures_fail(api: Api, module_database_url: str) -> None:
    with receiving() as receiver, _client(api, module_database_url, "rotate-co") as client:
        hook = _webhook(client, receiver, ["application.deleted"])
        old = hook["secret"]
        rotated = client.post(f"/v1/webhooks/{hook['id']}/rotate")
        assert rotated.status_code == 200, rotated.text
        new = rotated.json()["secret"]
        assert new.startswith("whsec_")
        assert new != old
        assert "secret" not in client.get(f"/v1/webhooks/{hook['id']}").json()
        assert all("secret" not in item for item in client.get("/v1/webhooks").json()["items"])
        receiver.secret = new
        client.post(f"/v1/webhooks/{hook['id']}/test")
        (got,) = receiver.wait_for(lambda got: len(got) >= 1)
        assert got.verified
        assert Webhook(new).verify(got.body, got.headers)["type"] == "webhook.test"
        with pytest.raises(WebhookVerificationError):
            Webhook(old).verify(got.body, got.headers)


def test_other_organisations_see_no_webhook(api: Api, module_database_url: str) -> None:
    with (
        receiving() as receiver,
        _client(api, module_database_url, "tenant-a") as mine,
        _client(api, module_database_url, "tenant-b") as theirs,
    ):
        hook = _webhook(mine, receiver, ALL_EVENTS)
        delivery = mine.post(f"/v1/webhooks/{hook['id']}/test").json()
        path = f"/v1/webhooks/{hook['id']}"
        for method, url in [
            ("GET", path),
            ("PATCH", path),
            ("DELETE", path),
            ("POST", f"{path}/rotate"),
            ("POST", f"{path}/test"),
            ("GET", f"{path}/deliveries"),
            ("GET", f"{path}/deliveries/{delivery['id']}"),
            ("POST", f"{path}/deliveries/{delivery['id']}/redeliver"),
        ]:
            body = {"json": {"enabled": False}} if method == "PATCH" else {}
            answer = theirs.request(method, url, **body)
            assert answer.status_code == 404, (method, url, answer.text)
            assert answer.headers["content-type"] == "application/problem+json"
        assert theirs.get("/v1/webhooks").json()["items"] == []
        job = _job(theirs)
        text = {"text": MARCUS.decode("utf-8", "replace"), "filename": "cv.txt"}
        other = theirs.post(f"/v1/jobs/{job}/applications/text", json=text).json()["id"]
        # the outbox is written with the screening: the log is complete once it answered
        log = _deliveries(mine, hook["id"])
        assert [d["event_type"] for d in log] == ["webhook.test"]
        assert other not in str(log)
        assert mine.get(path).json()["enabled"] is True
        assert mine.delete(path).status_code == 204
        assert mine.get(path).status_code == 404


def test_a_retried_creation_makes_one_endpoint(api: Api, module_database_url: str) -> None:
    with _client(api, module_database_url, "retry-create-co") as client:
        body = {"url": "http://127.0.0.1:9/hook", "events": ["job.rescreened"]}
        headers = {"Idempotency-Key": "hook-1"}
        first = client.post("/v1/webhooks", json=body, headers=headers)
        again = client.post("/v1/webhooks", json=body, headers=headers)
        assert (first.status_code, again.status_code) == (201, 201)
        assert again.headers["Idempotent-Replayed"] == "true"
        assert again.headers["Location"] == first.headers["Location"]
        assert again.json()["id"] == first.json()["id"]
        assert client.get("/v1/webhooks").json()["total"] == 1
        other = client.post(
            "/v1/webhooks", json={**body, "url": "http://127.0.0.1:8/"}, headers=headers
        )
        assert other.status_code == 409
        invalid = client.post("/v1/webhooks", json={"url": body["url"], "events": ["nope"]})
        assert (invalid.status_code, invalid.json()["code"]) == (422, "invalid_request")
