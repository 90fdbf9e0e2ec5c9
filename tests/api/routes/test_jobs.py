"""Jobs and applications over a live server, on SQLite and PostgreSQL: versions, ranking,
erasure, re-screening, tenant isolation, idempotency, background work and restarts."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import inspect, text

from api.db.migrate import upgrade
from api.db.repository import add_application, create_job, create_org
from api.db.session import make_engine, make_session_factory, session_scope
from screener.requirements.loading import load_rules
from tests.api.routes_helpers import Api, new_key, running_api

SAMPLES = Path(__file__).resolve().parents[3] / "sample_resumes"
MARCUS = (SAMPLES / "marcus_bell.txt").read_bytes()
JORDAN = (SAMPLES / "jordan_ellis.pdf").read_bytes()
PYTHON_ONLY = {
    "id": "python-dev",
    "title": "Python developer",
    "version": 1,
    "required": [{"id": "py", "label": "Python", "skills": {"all_of": ["python"]}}],
}


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(module_database_url) as running:
        yield running


@pytest.fixture(scope="module")
def other_key(module_database_url: str, api: Api) -> str:
    return new_key(module_database_url, "globex")


def _job(api: Api, rules: Any = "ml-engineer", title: str = "ML Engineer") -> dict[str, Any]:
    response = api.client.post("/v1/jobs", json={"title": title, "rules": rules})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _upload(api: Api, job_id: str, *files: tuple[str, bytes]) -> httpx.Response:
    return api.client.post(
        f"/v1/jobs/{job_id}/applications", files=[("files", item) for item in files]
    )


def test_job_lifecycle_and_rule_versions(api: Api) -> None:
    job = _job(api)
    assert job["rules"]["rules_id"] == "ml-engineer"
    assert job["rules"]["version"] == 1
    assert api.client.get(f"/v1/jobs/{job['id']}").json() == job
    patched = api.client.patch(f"/v1/jobs/{job['id']}", json={"rules": PYTHON_ONLY}).json()
    assert (patched["rules"]["rules_id"], patched["rules"]["version"]) == ("python-dev", 2)
    same = api.client.patch(f"/v1/jobs/{job['id']}", json={"rules": PYTHON_ONLY}).json()
    assert same["rules"]["version"] == 2  # the same rules make no new version
    listed = api.client.get("/v1/jobs", params={"limit": 200}).json()
    assert job["id"] in {item["id"] for item in listed["items"]}
    assert api.client.delete(f"/v1/jobs/{job['id']}").status_code == 204
    assert api.client.get(f"/v1/jobs/{job['id']}").status_code == 404


def test_upload_rank_explain_and_erase(api: Api, module_database_url: str) -> None:
    job = _job(api)
    response = _upload(
        api,
        job["id"],
        ("jordan.pdf", JORDAN),
        ("marcus.txt", MARCUS),
        ("broken.pdf", b"%PDF-1.7 broken"),
    )
    assert response.status_code == 201, response.text
    ranked = api.client.get(f"/v1/jobs/{job['id']}/applications").json()
    assert [(a["filename"], a["verdict"]) for a in ranked["items"]] == [
        ("marcus.txt", "meets"),
        ("jordan.pdf", "does_not_meet"),
        ("broken.pdf", None),
    ]
    assert ranked["items"][2]["error"]["code"] == "corrupt"
    meets = api.client.get(f"/v1/jobs/{job['id']}/applications", params={"verdict": "meets"})
    assert [a["filename"] for a in meets.json()["items"]] == ["marcus.txt"]
    marcus = ranked["items"][0]
    detail = api.client.get(f"/v1/applications/{marcus['id']}").json()
    assert {o["criterion"] for o in detail["screening"]["outcomes"]} >= {"degree", "experience"}
    assert detail["profile"]["highest_degree"]["level"] == "bachelor"
    resume = api.client.get(f"/v1/applications/{marcus['id']}", params={"format": "jsonresume"})
    assert resume.status_code == 200
    assert resume.json()["meta"]["canonical"] == "https://jsonresume.org/schema"
    assert resume.json()["education"][0]["studyType"] == "bachelor"
    broken = ranked["items"][2]["id"]
    unread = api.client.get(f"/v1/applications/{broken}", params={"format": "jsonresume"})
    assert (unread.status_code, unread.json()["code"]) == (409, "conflict")
    assert api.client.delete(f"/v1/applications/{marcus['id']}").status_code == 204
    assert api.client.get(f"/v1/applications/{marcus['id']}").status_code == 404
    _assert_erased(
        module_database_url, [marcus["id"], "Marcus", "marcus_bell"], logged=(marcus["id"],)
    )


def _assert_erased(database_url: str, needles: list[str], logged: tuple[str, ...] = ()) -> None:
    """No table holds any of ``needles`` anywhere (texts, JSON, file names), but the
    append-only decision log, which keeps the ids in ``logged`` (who erased what, when)."""
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            for table in inspect(connection).get_table_names():
                if table == "alembic_version":
                    continue
                wanted = [n for n in needles if table != "audit_events" or n not in logged]
                for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                    flat = " ".join(str(value) for value in row)
                    assert not [n for n in wanted if n in flat], (table, needles)
    finally:
        engine.dispose()


def test_text_application_and_rescreen_after_a_rules_change(api: Api) -> None:
    job = _job(api)
    text_body = {"text": MARCUS.decode("utf-8", "replace"), "filename": "marcus.txt"}
    created = api.client.post(f"/v1/jobs/{job['id']}/applications/text", json=text_body)
    assert created.status_code == 201, created.text
    assert (created.json()["verdict"], created.json()["rules_version"]) == ("meets", 1)
    api.client.patch(f"/v1/jobs/{job['id']}", json={"rules": PYTHON_ONLY})
    before = api.client.get(f"/v1/applications/{created.json()['id']}").json()
    assert before["rules_version"] == 1  # old screenings keep their version
    rescreened = api.client.post(f"/v1/jobs/{job['id']}/rescreen").json()
    [item] = rescreened["items"]
    assert (item["rules_version"], item["verdict"]) == (2, "meets")
    detail = api.client.get(f"/v1/applications/{item['id']}").json()
    assert detail["screening"]["provenance"]["rules"]["id"] == "python-dev"


def test_other_organisations_see_nothing(api: Api, other_key: str) -> None:
    job = _job(api)
    uploaded = _upload(api, job["id"], ("marcus.txt", MARCUS))
    assert uploaded.status_code == 201, uploaded.text
    app_id = api.client.get(f"/v1/jobs/{job['id']}/applications").json()["items"][0]["id"]
    other = {"Authorization": f"Bearer {other_key}"}
    attempts = [
        ("GET", f"/v1/jobs/{job['id']}", None),
        ("PATCH", f"/v1/jobs/{job['id']}", {"title": "mine now"}),
        ("DELETE", f"/v1/jobs/{job['id']}", None),
        ("GET", f"/v1/jobs/{job['id']}/applications", None),
        ("POST", f"/v1/jobs/{job['id']}/rescreen", None),
        ("POST", f"/v1/jobs/{job['id']}/applications/text", {"text": "Python"}),
        ("GET", f"/v1/applications/{app_id}", None),
        ("DELETE", f"/v1/applications/{app_id}", None),
    ]
    for method, path, body in attempts:
        response = api.client.request(method, path, json=body, headers=other)
        assert response.status_code == 404, (method, path, response.text)
        assert job["id"] not in response.text
    upload = api.client.post(
        f"/v1/jobs/{job['id']}/applications", headers=other, files=[("files", ("m.txt", MARCUS))]
    )
    assert upload.status_code == 404
    assert job["id"] not in {
        j["id"] for j in api.client.get("/v1/jobs", headers=other).json()["items"]
    }
    assert api.client.get(f"/v1/jobs/{job['id']}").json()["title"] == "ML Engineer"


def test_idempotency_key_replays_and_creates_nothing_twice(api: Api) -> None:
    headers = {"Idempotency-Key": "create-job-7"}
    body = {"title": "Idempotent job", "rules": "ml-engineer"}
    first = api.client.post("/v1/jobs", json=body, headers=headers)
    again = api.client.post("/v1/jobs", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert again.headers["idempotent-replayed"] == "true"
    location = f"/v1/jobs/{first.json()['id']}"
    assert first.headers["location"] == again.headers["location"] == location  # the same job
    assert api.client.get(location).json()["title"] == "Idempotent job"
    titles = [j["title"] for j in api.client.get("/v1/jobs", params={"limit": 200}).json()["items"]]
    assert titles.count("Idempotent job") == 1
    conflict = api.client.post("/v1/jobs", json={**body, "title": "Another"}, headers=headers)
    assert conflict.status_code == 409
    job_id = first.json()["id"]
    upload_headers = {"Idempotency-Key": "upload-1"}
    files = [("files", ("marcus.txt", MARCUS))]
    one = api.client.post(f"/v1/jobs/{job_id}/applications", files=files, headers=upload_headers)
    two = api.client.post(f"/v1/jobs/{job_id}/applications", files=files, headers=upload_headers)
    assert one.json() == two.json()
    assert api.client.get(f"/v1/jobs/{job_id}/applications").json()["total"] == 1


def test_a_large_upload_is_screened_in_the_background(api: Api) -> None:
    job = _job(api)
    files = [(f"cv{index}.txt", MARCUS) for index in range(6)]
    response = _upload(api, job["id"], *files)
    assert response.status_code == 202, response.text
    location = response.headers["location"]
    assert location == f"/v1/jobs/{job['id']}/applications?status=pending"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the Location lists what is still pending
        pending = api.client.get(location).json()
        assert all(item["status"] == "pending" for item in pending["items"])
        if pending["total"] == 0:
            break
        time.sleep(0.2)
    items = api.client.get(f"/v1/jobs/{job['id']}/applications").json()["items"]
    assert [item["verdict"] for item in items] == ["meets"] * 6
    done = api.client.get(f"/v1/jobs/{job['id']}/applications?status=done").json()
    assert done["total"] == 6
    bad = api.client.get(f"/v1/jobs/{job['id']}/applications?status=nope")
    assert bad.status_code == 422


def test_a_restart_loses_no_submitted_resume(tmp_path: Path, module_database_url: str) -> None:
    """Pending applications left by a stopped server are screened by the next one."""
    url = module_database_url
    upgrade(url)
    engine = make_engine(url)
    with session_scope(make_session_factory(engine)) as session:
        org = create_org(session, "restart-co")
        job = create_job(session, org.id, "Left over", load_rules("ml-engineer"))
        for index in range(3):  # accepted with 202, then the server died
            add_application(
                session,
                org.id,
                job.id,
                filename=f"left{index}.txt",
                sha256="",
                media_type="",
                size=len(MARCUS),
                text=None,
                original=MARCUS,
            )
        job_id = job.id
    engine.dispose()
    key = new_key(url, "restart-co")
    with running_api(url) as restarted:
        headers = {"Authorization": f"Bearer {key}"}
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            items = restarted.client.get(f"/v1/jobs/{job_id}/applications", headers=headers).json()[
                "items"
            ]
            if all(item["status"] == "done" for item in items):
                break
            time.sleep(0.2)
    assert [(item["status"], item["verdict"]) for item in items] == [("done", "meets")] * 3
