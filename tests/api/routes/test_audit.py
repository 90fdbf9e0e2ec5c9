"""``/v1/jobs/{id}/audit`` over a live server, on SQLite and PostgreSQL: figures known by
hand, the same JSON as ``screener audit``, the HTML page, and demographics kept only when
the organisation says so."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from screener.audit import audit_files
from tests.api.routes_helpers import Api, running_api

PYTHON = {
    "id": "python-dev",
    "title": "Python developer",
    "version": 1,
    "required": [{"id": "py", "label": "Python", "skills": {"all_of": ["python"]}}],
}
WITH = "Skills\nPython, SQL\n"
WITHOUT = "Skills\nExcel, Word\n"
# (sex, has Python): F 3 of 4 meet, M 2 of 6 meet
PEOPLE = [("F", True)] * 3 + [("F", False)] + [("M", True)] * 2 + [("M", False)] * 4


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(module_database_url) as running:
        yield running


@pytest.fixture(scope="module")
def job(api: Api) -> dict[str, Any]:
    """A job with ten applications, cv0.txt … cv9.txt."""
    created = api.client.post("/v1/jobs", json={"title": "Dev", "rules": PYTHON}).json()
    ids = []
    for number, (_, python) in enumerate(PEOPLE):
        response = api.client.post(
            f"/v1/jobs/{created['id']}/applications/text",
            json={"text": WITH if python else WITHOUT, "filename": f"cv{number}.txt"},
        )
        assert response.status_code == 201, response.text
        assert response.json()["verdict"] == ("meets" if python else "does_not_meet")
        ids.append(response.json()["id"])
    return {"id": created["id"], "applications": ids}


def _csv(job: dict[str, Any]) -> str:
    # by application id, and by file name for the last three
    names = [*job["applications"][:7], "cv7.txt", "cv8.txt", "cv9.txt"]
    lines = ["candidate,sex"] + [f"{n},{sex}" for n, (sex, _) in zip(names, PEOPLE, strict=True)]
    return "\n".join(lines) + "\n"


def _post(api: Api, job: dict[str, Any], **params: str) -> Any:
    return api.client.post(
        f"/v1/jobs/{job['id']}/audit",
        params=params,
        files={"demographics": ("demo.csv", _csv(job).encode(), "text/csv")},
    )


def test_rates_and_impact_ratios_known_by_hand(api: Api, job: dict[str, Any]) -> None:
    response = _post(api, job)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["total"] == 10
    rows = {row["group"]: row for row in report["categories"]["sex"]}
    assert (rows["F"]["count"], rows["F"]["selected"], rows["F"]["rate"]) == (4, 3, 0.75)
    assert (rows["M"]["count"], rows["M"]["selected"]) == (6, 2)
    assert rows["M"]["rate"] == pytest.approx(1 / 3)
    assert rows["F"]["impact_ratio"] == 1.0
    assert rows["M"]["impact_ratio"] == pytest.approx((1 / 3) / 0.75)  # 0.444…
    assert (rows["F"]["four_fifths_flag"], rows["M"]["four_fifths_flag"]) == (False, True)
    criterion = {row["group"]: row["rate"] for row in report["criteria"]["py"]["sex"]}
    assert criterion == {"F": 0.75, "M": pytest.approx(1 / 3)}
    assert report["counts"]["matched"] == 10


def test_the_same_json_as_the_command(api: Api, job: dict[str, Any], tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    lines = []
    for number, app_id in enumerate(job["applications"]):
        detail = api.client.get(f"/v1/applications/{app_id}/screenings/1").json()
        lines.append(json.dumps({"candidate": f"cv{number}.txt", "screening": detail["screening"]}))
    results.write_text("\n".join(lines) + "\n", encoding="utf-8")
    demographics = tmp_path / "demo.csv"
    demographics.write_text(
        "candidate,sex\n" + "".join(f"cv{n}.txt,{sex}\n" for n, (sex, _) in enumerate(PEOPLE)),
        encoding="utf-8",
    )
    for rate in ("selection", "scoring"):
        expected = audit_files(results, demographics, rate=rate).to_json()
        assert _post(api, job, rate=rate).text == expected


def test_the_html_report(api: Api, job: dict[str, Any]) -> None:
    response = _post(api, job, format="html")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "style-src 'unsafe-inline'" in response.headers["content-security-policy"]
    assert "<script" not in response.text
    sha = api.client.get(f"/v1/jobs/{job['id']}").json()["rules"]["sha256"]
    assert sha in response.text


def test_bad_demographics_are_a_problem(api: Api, job: dict[str, Any]) -> None:
    response = api.client.post(
        f"/v1/jobs/{job['id']}/audit",
        files={"demographics": ("demo.csv", b"name,sex\na,F\n", "text/csv")},
    )
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_demographics"
    assert (
        api.client.post("/v1/jobs/nope/audit", files={"demographics": ("d.csv", b"x")}).status_code
        == 404
    )


def test_demographics_are_kept_only_when_the_organisation_says_so(
    api: Api, job: dict[str, Any]
) -> None:
    path = f"/v1/jobs/{job['id']}/audit"
    assert api.client.get("/v1/audit/settings").json() == {"store_demographics": False, "stored": 0}
    uploaded = _post(api, job)
    assert api.client.get(path).status_code == 409  # used for that report, then forgotten
    on = api.client.put("/v1/audit/settings", json={"store_demographics": True})
    assert on.json() == {"store_demographics": True, "stored": 0}
    _post(api, job)
    assert api.client.get("/v1/audit/settings").json()["stored"] == 10
    kept = api.client.get(path)
    assert kept.status_code == 200
    assert json.loads(kept.text)["categories"] == json.loads(uploaded.text)["categories"]
    off = api.client.put("/v1/audit/settings", json={"store_demographics": False})
    assert off.json() == {"store_demographics": False, "stored": 0}
    assert api.client.get(path).status_code == 409
    log = [json.loads(line) for line in api.client.get("/v1/audit-log").text.splitlines()]
    audits = [e for e in log if e["action"] == "audit" and e["job_id"] == job["id"]]
    assert {e["detail"]["demographics"] for e in audits} == {"uploaded", "kept"}
    assert "F" not in {str(v) for e in audits for v in e["detail"].values()}
