"""``/v1/keys`` and key scopes over a live server, on SQLite and PostgreSQL: an admin key
creates (secret shown once), lists and revokes keys; a revoked or expired key is 401 at
once; a read key is 403 problem+json on writes, a write key on the keys; last use kept."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.api.routes_helpers import Api, new_key, running_api


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(module_database_url, workers=1) as running:
        yield running


def _admin(api: Api, database_url: str, org: str) -> httpx.Client:
    """A client with an admin key of a fresh organisation."""
    key = new_key(database_url, org)
    return httpx.Client(base_url=api.base, headers=api.auth(key), timeout=30)


def _create(admin: httpx.Client, **body: object) -> dict[str, object]:
    answer = admin.post("/v1/keys", json=body)
    assert answer.status_code == 201, answer.text
    created: dict[str, object] = answer.json()
    assert answer.headers["Location"] == f"/v1/keys/{created['id']}"
    assert answer.headers["Cache-Control"] == "no-store"
    return created


def test_an_admin_key_creates_lists_and_revokes_keys(api: Api, module_database_url: str) -> None:
    with _admin(api, module_database_url, "keys-admin") as admin:
        created = _create(admin, name="ATS production", scope="write")
        key = str(created["key"])
        assert key.startswith("scr_")
        assert key.startswith(str(created["prefix"]))
        assert (created["scope"], created["name"], created["revoked_at"]) == (
            "write",
            "ATS production",
            None,
        )
        listed = admin.get("/v1/keys").json()["items"]
        assert created["id"] in [k["id"] for k in listed]
        assert all("key" not in k and "key_hash" not in k for k in listed)  # never again
        assert admin.get(f"/v1/keys/{created['id']}").json()["scope"] == "write"
        with httpx.Client(base_url=api.base, headers=api.auth(key), timeout=30) as writer:
            assert writer.get("/v1/jobs").status_code == 200
            revoked = admin.delete(f"/v1/keys/{created['id']}")
            assert revoked.status_code == 204
            refused = writer.get("/v1/jobs")  # at once: the next request
            assert refused.status_code == 401
            assert refused.headers["content-type"] == "application/problem+json"
        assert admin.get(f"/v1/keys/{created['id']}").json()["revoked_at"] is not None
        assert admin.delete(f"/v1/keys/{created['id']}").status_code == 204  # no change


def test_scopes_refuse_what_they_do_not_cover(api: Api, module_database_url: str) -> None:
    with _admin(api, module_database_url, "keys-scopes") as admin:
        read = str(_create(admin, scope="read")["key"])
        write = str(_create(admin, scope="write")["key"])
        job = {"title": "ML", "rules": "ml-engineer"}
        with httpx.Client(base_url=api.base, headers=api.auth(read), timeout=30) as reader:
            assert reader.get("/v1/jobs").status_code == 200
            for method, path in [
                ("POST", "/v1/jobs"),
                ("POST", "/v1/webhooks"),
                ("DELETE", "/v1/jobs/x"),
                ("GET", "/v1/keys"),
            ]:
                answer = reader.request(method, path, json=job)
                assert answer.status_code == 403, (method, path, answer.text)
                assert answer.headers["content-type"] == "application/problem+json"
                assert answer.json()["code"] == "insufficient_scope"
            screened = reader.post("/v1/screen", data={"rules": "ml-engineer"})
            assert screened.status_code == 422  # allowed (stores nothing): no file sent
        with httpx.Client(base_url=api.base, headers=api.auth(write), timeout=30) as writer:
            assert writer.post("/v1/jobs", json=job).status_code == 201
            assert writer.get("/v1/keys").status_code == 403
            assert writer.post("/v1/keys", json={"scope": "admin"}).status_code == 403


def test_an_expired_key_is_refused_and_last_use_is_kept(api: Api, module_database_url: str) -> None:
    with _admin(api, module_database_url, "keys-expiry") as admin:
        soon = datetime.now(UTC) + timedelta(seconds=1.5)
        created = _create(admin, scope="read", expires_at=soon.isoformat())
        assert created["last_used_at"] is None
        with httpx.Client(base_url=api.base, headers=api.auth(str(created["key"]))) as reader:
            assert reader.get("/v1/jobs").status_code == 200
            used = admin.get(f"/v1/keys/{created['id']}").json()["last_used_at"]
            assert used is not None
            time.sleep(max(0.0, (soon - datetime.now(UTC)).total_seconds()) + 0.2)
            assert reader.get("/v1/jobs").status_code == 401
        past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
        for body in [{"expires_at": past}, {"scope": "owner"}, {"expires_at": "2030-01-01T00:00"}]:
            assert admin.post("/v1/keys", json=body).status_code == 422, body


def test_keys_of_another_organisation_are_not_found(api: Api, module_database_url: str) -> None:
    with (
        _admin(api, module_database_url, "keys-a") as a,
        _admin(api, module_database_url, "keys-b") as b,
    ):
        theirs = _create(a, scope="read")
        assert b.get(f"/v1/keys/{theirs['id']}").status_code == 404
        assert b.delete(f"/v1/keys/{theirs['id']}").status_code == 404
        assert theirs["id"] not in [k["id"] for k in b.get("/v1/keys").json()["items"]]


def test_the_decision_log_and_the_audit_settings_need_an_admin_key(
    api: Api, module_database_url: str
) -> None:
    with _admin(api, module_database_url, "keys-audit") as admin:
        keys = {scope: str(_create(admin, scope=scope)["key"]) for scope in ("read", "write")}
        setting = {"store_demographics": False}
        for scope, key in keys.items():
            with httpx.Client(base_url=api.base, headers=api.auth(key), timeout=30) as other:
                for method, path in [
                    ("GET", "/v1/audit-log"),
                    ("GET", "/v1/audit-log?format=csv"),
                    ("PUT", "/v1/audit/settings"),
                ]:
                    answer = other.request(method, path, json=setting)
                    assert answer.status_code == 403, (scope, method, path, answer.text)
                    assert answer.json()["code"] == "insufficient_scope"
                assert other.get("/v1/audit/settings").status_code == 200  # looking is read
        assert admin.get("/v1/audit-log").status_code == 200
        changed = admin.put("/v1/audit/settings", json={"store_demographics": True})
        assert changed.status_code == 200, changed.text
        assert changed.json()["store_demographics"] is True
