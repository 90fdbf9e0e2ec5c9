"""Screening history, rule-set versions, blind answers, decisions and the decision log over
a live server, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
import rfc8785

from tests.api.routes_helpers import Api, new_key, running_api

PYTHON = {
    "id": "python-dev",
    "title": "Python developer",
    "version": 1,
    "required": [{"id": "py", "label": "Python", "skills": {"all_of": ["python"]}}],
}
PYTHON_AND_JAVA = {
    **PYTHON,
    "version": 2,
    "required": [
        {"id": "code", "label": "Python and Java", "skills": {"all_of": ["python", "java"]}}
    ],
}
RESUME = (
    "Jane Doe\njane.doe@example.com\n\n"
    "Skills\nPython, SQL\n\n"
    "Education\nBSc Computer Science, University of Leeds, 2009\n"
)


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(module_database_url) as running:
        yield running


@pytest.fixture(scope="module")
def screened(api: Api) -> dict[str, Any]:
    """A job whose one application was screened, then re-screened under new rules."""
    job = api.client.post("/v1/jobs", json={"title": "Dev", "rules": PYTHON}).json()
    response = api.client.post(
        f"/v1/jobs/{job['id']}/applications/text",
        json={"text": RESUME, "filename": "jane_doe.txt"},
    )
    assert response.status_code == 201, response.text
    application = response.json()
    assert application["verdict"] == "meets"
    patched = api.client.patch(f"/v1/jobs/{job['id']}", json={"rules": PYTHON_AND_JAVA})
    assert patched.status_code == 200, patched.text
    assert api.client.post(f"/v1/jobs/{job['id']}/rescreen").status_code == 200
    return {"job": job, "application": application}


def test_a_rescreen_adds_a_screening_and_keeps_the_first(
    api: Api, screened: dict[str, Any]
) -> None:
    app_id = screened["application"]["id"]
    listed = api.client.get(f"/v1/applications/{app_id}/screenings").json()["items"]
    assert [(s["number"], s["kind"], s["verdict"]) for s in listed] == [
        (1, "screen", "meets"),
        (2, "rescreen", "does_not_meet"),
    ]
    assert [s["rules"]["version"] for s in listed] == [1, 2]
    first, second = (s["replay"] for s in listed)
    assert first["input_sha256"] == hashlib.sha256(RESUME.encode()).hexdigest()
    assert first["input_filename"] == "jane_doe.txt"
    assert second["input_filename"] == "resume.txt"  # a re-screen reads the stored text
    assert first["engine"] == second["engine"] == "0.2.0"
    detail = api.client.get(f"/v1/applications/{app_id}/screenings/1").json()
    assert detail["screening"]["verdict"] == "meets"
    assert detail["screening"]["provenance"]["rules"]["sha256"] == first["rules_sha256"]
    assert api.client.get(f"/v1/applications/{app_id}/screenings/3").status_code == 404
    current = api.client.get(f"/v1/applications/{app_id}").json()
    assert current["verdict"] == "does_not_meet"


def test_every_rule_version_is_fetchable_and_hashes_to_its_sha256(
    api: Api, screened: dict[str, Any]
) -> None:
    job_id = screened["job"]["id"]
    versions = api.client.get(f"/v1/jobs/{job_id}/rules/versions").json()["items"]
    assert [(v["version"], v["current"]) for v in versions] == [(1, False), (2, True)]
    for version in versions:
        body = api.client.get(f"/v1/jobs/{job_id}/rules/versions/{version['version']}").json()
        assert body["sha256"] == version["sha256"]
        assert hashlib.sha256(rfc8785.dumps(body["body"])).hexdigest() == body["sha256"]
    first = api.client.get(f"/v1/jobs/{job_id}/rules/versions/1").json()["body"]
    assert first["required"][0]["skills"]["all_of"] == ["python"]
    assert api.client.get(f"/v1/jobs/{job_id}/rules/versions/9").status_code == 404


def test_blind_answers_name_nobody_and_blank_the_years(api: Api, screened: dict[str, Any]) -> None:
    app_id = screened["application"]["id"]
    seen = api.client.get(f"/v1/applications/{app_id}").text
    assert "Jane" in seen
    assert "2009" in seen
    for path in (f"/v1/applications/{app_id}", f"/v1/applications/{app_id}/screenings/1"):
        response = api.client.get(path, params={"blind": "true"})
        assert response.status_code == 200, response.text
        for hidden in ("Jane", "Doe", "jane", "example.com", "2009"):
            assert hidden not in response.text, (path, hidden)
    blind = api.client.get(f"/v1/applications/{app_id}", params={"blind": "true"}).json()
    assert blind["filename"] is None
    assert blind["profile"]["contact"] == {"name": None, "emails": [], "phones": [], "links": []}
    quotes = [e["text"] for d in blind["profile"]["degrees"] for e in d["evidence"]]
    assert any(q.endswith("Leeds, ████") for q in quotes), quotes


def test_decisions_sit_beside_the_recommendation(api: Api, screened: dict[str, Any]) -> None:
    app_id = screened["application"]["id"]
    made = api.client.post(
        f"/v1/applications/{app_id}/decisions",
        json={"action": "advance", "note": "Java can be learnt"},
    )
    assert made.status_code == 201, made.text
    decision = made.json()
    assert (decision["action"], decision["recommendation"], decision["screening"]) == (
        "advance",
        "does_not_meet",
        2,
    )
    assert decision["actor"].startswith("key:")
    assert decision["actor"] != "key:unknown"
    assert made.headers["Location"] == f"/v1/applications/{app_id}/decisions/{decision['id']}"
    assert api.client.get(made.headers["Location"]).json() == decision
    assert api.client.get(f"/v1/applications/{app_id}/decisions/nope").status_code == 404
    note = api.client.post(f"/v1/applications/{app_id}/decisions", json={"action": "note"})
    assert note.status_code == 201
    bad = api.client.post(f"/v1/applications/{app_id}/decisions", json={"action": "hire"})
    assert bad.status_code == 422
    listed = api.client.get(f"/v1/applications/{app_id}/decisions").json()["items"]
    assert [d["action"] for d in listed] == ["advance", "note"]
    shown = api.client.get(f"/v1/applications/{app_id}").json()
    assert [d["id"] for d in shown["decisions"]] == [d["id"] for d in listed]


def test_another_organisation_sees_none_of_it(
    api: Api, screened: dict[str, Any], module_database_url: str
) -> None:
    other = {"Authorization": f"Bearer {new_key(module_database_url, 'globex')}"}
    app_id, job_id = screened["application"]["id"], screened["job"]["id"]
    for path in (
        f"/v1/applications/{app_id}/screenings",
        f"/v1/applications/{app_id}/decisions",
        f"/v1/jobs/{job_id}/rules/versions",
    ):
        assert api.client.get(path, headers=other).status_code == 404, path
    log = api.client.get("/v1/audit-log", headers=other).text
    assert app_id not in log


def test_the_decision_log_exports_who_did_what(api: Api, screened: dict[str, Any]) -> None:
    app_id = screened["application"]["id"]
    api.client.get(f"/v1/applications/{app_id}")  # a view
    response = api.client.get("/v1/audit-log")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/jsonl")
    events = [json.loads(line) for line in response.text.splitlines()]
    mine = [e for e in events if e["application_id"] == app_id]
    actions = [e["action"] for e in mine]
    assert actions[:2] == ["screen", "rescreen"]
    assert {"view", "decision"} <= set(actions)
    assert [e["id"] for e in events] == sorted(e["id"] for e in events)
    assert all(e["actor"].startswith("key:") for e in mine)
    assert "Java can be learnt" not in response.text  # no note, no résumé
    assert "Jane" not in response.text
    as_csv = api.client.get("/v1/audit-log", params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [r["id"] for r in rows] == [str(e["id"]) for e in events]
    later = api.client.get("/v1/audit-log", params={"since": "2999-01-01T00:00:00Z"})
    assert later.text == ""


def test_an_erasure_is_logged(api: Api) -> None:
    job = api.client.post("/v1/jobs", json={"title": "Dev", "rules": PYTHON}).json()
    app_id = api.client.post(
        f"/v1/jobs/{job['id']}/applications/text", json={"text": RESUME}
    ).json()["id"]
    assert api.client.delete(f"/v1/applications/{app_id}").status_code == 204
    events = [json.loads(line) for line in api.client.get("/v1/audit-log").text.splitlines()]
    assert [e["action"] for e in events if e["application_id"] == app_id] == ["screen", "delete"]


def test_the_list_answers_blind_as_the_detail_does(api: Api) -> None:
    job = api.client.post("/v1/jobs", json={"title": "Dev", "rules": PYTHON}).json()
    metadata = {"candidate": "Jane Doe", "contact": ["jane.doe@example.com"], "born": "12.05.1980"}
    made = api.client.post(
        f"/v1/jobs/{job['id']}/applications/text",
        json={"text": RESUME, "filename": "jane_doe.txt", "metadata": {**metadata, "via": "ATS"}},
    )
    assert made.status_code == 201, made.text
    url = f"/v1/jobs/{job['id']}/applications"
    seen = api.client.get(url).json()["items"][0]
    assert (seen["filename"], seen["metadata"]["candidate"]) == ("jane_doe.txt", "Jane Doe")
    for params in ({"blind": "true"}, {"blind": "true", "order": "created"}):
        answer = api.client.get(url, params=params)
        assert answer.status_code == 200, answer.text
        for hidden in ("Jane", "Doe", "jane", "example.com", "1980"):
            assert hidden not in answer.text, (params, hidden)
        (item,) = answer.json()["items"]
        assert item["filename"] is None
        assert item["metadata"]["via"] == "ATS"  # what names nobody stays
        assert item["metadata"]["candidate"] == "████ ███"
        assert (item["id"], item["verdict"], item["score"]) == (
            seen["id"],
            seen["verdict"],
            seen["score"],
        )
    detail = api.client.get(f"/v1/applications/{seen['id']}", params={"blind": "true"}).json()
    assert detail["metadata"] == answer.json()["items"][0]["metadata"]
