"""The ATS contract over a live server, on SQLite and PostgreSQL: external ids and
metadata on jobs and applications, a repeated upload answered with the application it
was (200), ``Location`` on every 201, cursor pages with ``next`` links (the offset
parameters still working), and readable operation ids, schema names and enums."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.main import create_app
from api.settings import ApiSettings
from tests.api.routes_helpers import Api, new_key, running_api

SAMPLES = Path(__file__).resolve().parents[3] / "sample_resumes"
MARCUS = (SAMPLES / "marcus_bell.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(module_database_url, workers=1) as running:
        yield running


@pytest.fixture
def client(
    api: Api, module_database_url: str, request: pytest.FixtureRequest
) -> Iterator[httpx.Client]:
    """A client of a fresh organisation (each test sees only its own rows)."""
    key = new_key(module_database_url, request.node.name)
    with httpx.Client(base_url=api.base, headers=api.auth(key), timeout=60) as opened:
        yield opened


def _job(client: httpx.Client, **extra: Any) -> dict[str, Any]:
    answer = client.post("/v1/jobs", json={"title": "ML", "rules": "ml-engineer", **extra})
    assert answer.status_code == 201, answer.text
    job: dict[str, Any] = answer.json()
    return job


def _text(client: httpx.Client, job_id: str, text: str, **extra: Any) -> httpx.Response:
    return client.post(f"/v1/jobs/{job_id}/applications/text", json={"text": text, **extra})


def test_jobs_keep_their_external_id_and_metadata(client: httpx.Client) -> None:
    job = _job(client, external_id="req-42", metadata={"team": "ml", "levels": [3, 4]})
    assert (job["external_id"], job["metadata"]) == ("req-42", {"team": "ml", "levels": [3, 4]})
    _job(client, external_id="req-43")
    found = client.get("/v1/jobs", params={"external_id": "req-42"}).json()
    assert [j["id"] for j in found["items"]] == [job["id"]]
    patched = client.patch(f"/v1/jobs/{job['id']}", json={"metadata": {"team": "ai"}}).json()
    assert (patched["external_id"], patched["metadata"]) == ("req-42", {"team": "ai"})
    bad_bodies: list[dict[str, Any]] = [
        {"metadata": ["a list"]},
        {"metadata": {"x": "y" * 20_000}},
        {"external_id": ""},
    ]
    for bad in bad_bodies:
        answer = client.post("/v1/jobs", json={"title": "ML", "rules": "ml-engineer", **bad})
        assert answer.status_code == 422, bad


def test_a_repeated_text_upload_is_the_same_application(client: httpx.Client) -> None:
    job = _job(client)
    first = _text(client, job["id"], MARCUS, external_id="cand-1", metadata={"stage": "new"})
    assert first.status_code == 201, first.text
    created = first.json()
    assert first.headers["Location"] == f"/v1/applications/{created['id']}"
    assert (created["external_id"], created["metadata"]) == ("cand-1", {"stage": "new"})
    again = _text(client, job["id"], MARCUS, external_id="cand-1")
    assert again.status_code == 200
    assert again.json()["id"] == created["id"]
    assert "location" not in again.headers
    updated = _text(client, job["id"], MARCUS + "\nAWS certified.", external_id="cand-1")
    assert updated.status_code == 201  # a new résumé under the same id: a new application
    plain = [_text(client, job["id"], MARCUS) for _ in range(2)]  # no external id: no match
    assert [p.status_code for p in plain] == [201, 201]
    assert plain[0].json()["id"] != plain[1].json()["id"]
    listed = client.get(f"/v1/jobs/{job['id']}/applications", params={"external_id": "cand-1"})
    assert len(listed.json()["items"]) == 2


def test_a_repeated_file_upload_is_the_same_application(client: httpx.Client) -> None:
    job = _job(client)
    url = f"/v1/jobs/{job['id']}/applications"
    files = [("files", ("a.txt", MARCUS.encode())), ("files", ("b.txt", b"Plain text CV"))]
    form = {"external_id": ["a-1", "b-1"], "metadata": ['{"source": "ats"}']}
    first = client.post(url, files=files, data=form)
    assert first.status_code == 201, first.text
    assert first.headers["Location"] == url
    made = first.json()
    assert [a["external_id"] for a in made] == ["a-1", "b-1"]
    assert all(a["metadata"] == {"source": "ats"} for a in made)
    assert made[1]["status"] == "failed" or made[1]["status"] == "done"
    again = client.post(url, files=files, data=form)
    assert again.status_code == 200
    assert [a["id"] for a in again.json()] == [a["id"] for a in made]
    one = client.post(url, files=files[:1], data={"external_id": "a-2"})
    assert one.status_code == 201
    assert one.headers["Location"] == f"/v1/applications/{one.json()[0]['id']}"
    for bad in [
        {"external_id": ["only-one"]},
        {"metadata": ["[1, 2]"]},
        {"metadata": ["{}", "{}", "{}"]},
    ]:
        assert client.post(url, files=files, data=bad).status_code == 422, bad


def test_a_repeated_background_batch_is_answered_200(client: httpx.Client) -> None:
    job = _job(client)
    url = f"/v1/jobs/{job['id']}/applications"
    files = [("files", (f"{n}.txt", f"{MARCUS}\nRef {n}".encode())) for n in range(6)]
    form = {"external_id": [f"c-{n}" for n in range(6)]}
    first = client.post(url, files=files, data=form)
    assert first.status_code == 202, first.text
    again = client.post(url, files=files, data=form)
    assert again.status_code == 200, again.text
    ids = [a["id"] for a in first.json()["applications"]]
    assert [a["id"] for a in again.json()] == ids


def test_cursor_pages_walk_every_application_once_in_created_order(client: httpx.Client) -> None:
    job = _job(client)
    made = [_text(client, job["id"], f"{MARCUS}\nRef {n}").json()["id"] for n in range(7)]
    seen: list[str] = []
    link: str | None = f"/v1/jobs/{job['id']}/applications?order=created&limit=3"
    pages = 0
    while link:
        page = client.get(link)
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["total"] == (7 if pages == 0 else 8)
        seen += [a["id"] for a in body["items"]]
        link, pages = body["next"], pages + 1
        if pages == 1:  # a new application during the walk comes at its end
            made.append(_text(client, job["id"], f"{MARCUS}\nLate").json()["id"])
    assert seen == made
    assert pages == 3
    ranked = client.get(f"/v1/jobs/{job['id']}/applications", params={"limit": 5}).json()
    assert (len(ranked["items"]), ranked["offset"]) == (5, 0)
    assert "offset=5" in ranked["next"]
    rest = client.get(ranked["next"]).json()
    assert len(rest["items"]) == 3
    assert rest["next"] is None
    url = f"/v1/jobs/{job['id']}/applications"
    assert client.get(url, params={"cursor": "not-a-cursor"}).status_code == 422
    both = client.get(url, params={"order": "created", "offset": 2})
    assert both.status_code == 422
    jobs = client.get("/v1/jobs", params={"order": "created", "limit": 1}).json()
    assert jobs["next"] is not None or jobs["total"] == 1


def test_the_schema_has_readable_operation_ids_names_and_enums() -> None:
    schema = create_app(ApiSettings()).openapi()
    ids = [op["operationId"] for path in schema["paths"].values() for op in path.values()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][A-Za-z]+", i) for i in ids), ids
    upload = schema["paths"]["/v1/jobs/{job_id}/applications"]["post"]
    assert upload["operationId"] == "uploadApplication"
    assert schema["paths"]["/v1/jobs"]["post"]["operationId"] == "createJob"
    audit_ids = {
        ("/v1/applications/{application_id}/screenings/{number}/replay", "get"): "replayScreening",
        ("/v1/applications/{application_id}/decisions", "post"): "createDecision",
        ("/v1/audit-log", "get"): "exportAuditLog",
        ("/v1/audit/settings", "put"): "updateAuditSettings",
        ("/v1/jobs/{job_id}/rules/versions/{number}", "get"): "getRuleVersion",
    }
    for (path, method), expected in audit_ids.items():
        assert schema["paths"][path][method]["operationId"] == expected, path
    assert "AuditJobForm" in schema["components"]["schemas"]
    names = set(schema["components"]["schemas"])
    assert not [n for n in names if n.startswith("Body_")]
    form = upload["requestBody"]["content"]["multipart/form-data"]["schema"]["$ref"]
    assert form == "#/components/schemas/UploadApplicationForm"
    out = schema["components"]["schemas"]["ApplicationOut"]["properties"]
    verdicts = out["verdict"]["anyOf"][0]["enum"]
    assert set(verdicts) == {"meets", "needs_review", "does_not_meet"}
    assert set(out["status"]["enum"]) == {"pending", "done", "failed"}
    assert set(upload["responses"]) >= {"200", "201", "202", "403"}
