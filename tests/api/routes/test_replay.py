"""Replaying a stored screening over a live server, on SQLite and PostgreSQL: an upload
and a re-screen replay identically from their kept inputs (and ``screener reproduce``
agrees on what the API hands out), an edited record is found different at the field that
changed, and a screening whose input is no longer kept is a 409."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from api.db.models import Application
from api.db.models_history import ScreeningRecord
from api.db.session import make_engine, make_session_factory, session_scope
from screener.audit import reproduce
from tests.api.routes_helpers import Api, running_api

PYTHON = {
    "id": "python-dev",
    "title": "Python developer",
    "version": 1,
    "required": [{"id": "py", "label": "Python", "skills": {"all_of": ["python"]}}],
}
PYTHON_AND_SQL = {
    **PYTHON,
    "version": 2,
    "required": [
        {"id": "code", "label": "Python and SQL", "skills": {"all_of": ["python", "sql"]}}
    ],
}
RESUME = "Jane Doe\n\nSkills\nPython, SQL\n\nExperience\nDeveloper, Acme, 2019 - 2023\n"
# Windows-1252 bytes: the stored text (UTF-8) is not what the upload read.
LATIN = ("José García\n\nSkills\nPython, Java, café ordering systems\n\n" * 3).encode("cp1252")


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(module_database_url, store_original=True) as running:
        yield running


def _job(api: Api, rules: dict[str, Any] = PYTHON) -> str:
    answer = api.client.post("/v1/jobs", json={"title": "Dev", "rules": rules})
    assert answer.status_code == 201, answer.text
    job_id: str = answer.json()["id"]
    return job_id


def _replay(api: Api, app_id: str, number: int) -> dict[str, Any]:
    answer = api.client.get(f"/v1/applications/{app_id}/screenings/{number}/replay")
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def _sql(database_url: str, statement: Any) -> None:
    engine = make_engine(database_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            session.execute(statement)
    finally:
        engine.dispose()


def test_an_upload_and_its_rescreen_replay_identically(api: Api, tmp_path: Path) -> None:
    job_id = _job(api)
    made = api.client.post(
        f"/v1/jobs/{job_id}/applications/text", json={"text": RESUME, "filename": "jane.txt"}
    )
    app_id = made.json()["id"]
    assert api.client.patch(f"/v1/jobs/{job_id}", json={"rules": PYTHON_AND_SQL}).status_code == 200
    assert api.client.post(f"/v1/jobs/{job_id}/rescreen").status_code == 200
    first, second = _replay(api, app_id, 1), _replay(api, app_id, 2)
    for number, replay in ((1, first), (2, second)):
        assert (replay["number"], replay["status"], replay["difference_count"]) == (
            number,
            "identical",
            0,
        )
        assert replay["first_difference"] is None
        assert replay["engine"] == replay["engine_recorded"]
    # The text sent came out of extraction unchanged: the stored text is what both read.
    assert first["input"] == second["input"] == "text"
    assert (first["rules"]["version"], second["rules"]["version"]) == (1, 2)
    # The same replay elsewhere: what the API hands out is what `screener reproduce` reads.
    detail = api.client.get(f"/v1/applications/{app_id}/screenings/2").json()
    (tmp_path / "result.json").write_text(json.dumps(detail["screening"]), encoding="utf-8")
    body = api.client.get(f"/v1/jobs/{job_id}/rules/versions/2").json()["body"]
    (tmp_path / "rules.json").write_text(json.dumps(body), encoding="utf-8")
    given = api.client.get(f"/v1/applications/{app_id}/screenings/2/input")
    assert given.status_code == 200
    assert hashlib.sha256(given.content).hexdigest() == detail["replay"]["input_sha256"]
    (tmp_path / "input.txt").write_bytes(given.content)
    report = reproduce(
        tmp_path / "result.json", [tmp_path / "input.txt"], rules=tmp_path / "rules.json"
    )
    assert report.replays[0].status == "identical", report.replays[0]


def test_an_edited_record_is_different_where_it_was_edited(
    api: Api, module_database_url: str
) -> None:
    job_id = _job(api)
    app_id = api.client.post(f"/v1/jobs/{job_id}/applications/text", json={"text": RESUME}).json()[
        "id"
    ]
    engine = make_engine(module_database_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            record = session.scalars(
                select(ScreeningRecord).where(ScreeningRecord.application_id == app_id)
            ).one()
            screening = dict(record.screening or {})
            screening["score"] = 12.5
            record.screening = screening
    finally:
        engine.dispose()
    replay = _replay(api, app_id, 1)
    assert (replay["status"], replay["first_difference"]) == ("different", "score")
    assert replay["differences"][0]["recorded"] == 12.5
    assert replay["differences"][0]["shown"] is True


def test_an_input_no_longer_kept_is_a_conflict_but_its_rescreen_replays(
    api: Api, module_database_url: str
) -> None:
    job_id = _job(api)
    answer = api.client.post(
        f"/v1/jobs/{job_id}/applications", files=[("files", ("garcia.txt", LATIN, "text/plain"))]
    )
    assert answer.status_code == 201, answer.text
    app_id = answer.json()[0]["id"]
    assert _replay(api, app_id, 1)["input"] == "original"  # kept: store_original is on
    # As on a server without store_original: the bytes are dropped once screened.
    _sql(
        module_database_url,
        update(Application).where(Application.id == app_id).values(original=None),
    )
    gone = api.client.get(f"/v1/applications/{app_id}/screenings/1/replay")
    assert gone.status_code == 409, gone.text
    assert gone.headers["content-type"] == "application/problem+json"
    assert api.client.get(f"/v1/applications/{app_id}/screenings/1/input").status_code == 409
    assert api.client.post(f"/v1/jobs/{job_id}/rescreen").status_code == 200
    replay = _replay(api, app_id, 2)
    assert (replay["status"], replay["input"]) == ("identical", "text")
    assert api.client.get(f"/v1/applications/{app_id}/screenings/3/replay").status_code == 404
    log = [json.loads(line) for line in api.client.get("/v1/audit-log").text.splitlines()]
    replays = [e["detail"] for e in log if e["application_id"] == app_id and e["action"] == "audit"]
    assert replays == [
        {"replay": 1, "input": "original", "status": "identical"},
        {"replay": 2, "input": "text", "status": "identical"},
    ]
