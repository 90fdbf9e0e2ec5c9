"""The key before the body, per-route body caps and admission, at the ASGI level and over a
real uvicorn: a request without a valid key is refused without its body ever being read."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from api.admission import Admission
from api.db.session import make_engine, make_session_factory
from api.main import create_app
from api.settings import ApiSettings
from tests.api.routes_helpers import Api, new_key, running_api

PROBLEM = "application/problem+json"
HUNDRED_MIB = 104_857_600


class _Asgi:
    """One request straight into the ASGI app, recording whether its body was asked for."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.body_read = False
        self.messages: list[dict[str, Any]] = []

    def call(self, method: str, path: str, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 8000),
        }

        async def receive() -> dict[str, Any]:
            self.body_read = True
            return {"type": "http.request", "body": b"{}", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            self.messages.append(message)

        asyncio.run(self.app(scope, receive, send))
        start = self.messages[0]
        body = json.loads(b"".join(m.get("body", b"") for m in self.messages[1:]))
        headers = {k.decode(): v.decode() for k, v in start["headers"]}
        return start["status"], {"body": body, "headers": headers}


@pytest.fixture
def keyed_app(tmp_path: Path) -> Iterator[tuple[FastAPI, str]]:
    """The real application over a migrated SQLite file, without starting its workers."""
    url = f"sqlite:///{tmp_path / 'screener.db'}"
    key = new_key(url, "acme")
    app = create_app(ApiSettings(database_url=url, workers=1))
    database = make_engine(url)
    app.state.session_factory = make_session_factory(database)
    app.state.admission = Admission(capacity=1, per_org=1)
    try:
        yield app, key
    finally:
        database.dispose()


@pytest.mark.parametrize(
    "authorization", [None, "Basic abc", "Bearer", "Bearer scr_wrong-key-0123456789abcdef"]
)
def test_no_valid_key_is_401_without_reading_the_body(
    keyed_app: tuple[FastAPI, str], authorization: str | None
) -> None:
    app, _ = keyed_app
    headers = {"content-type": "application/json", "content-length": str(HUNDRED_MIB)}
    if authorization:
        headers["authorization"] = authorization
    request = _Asgi(app)
    status, answer = request.call("POST", "/v1/jobs", headers)
    assert status == 401
    assert answer["body"]["code"] == "unauthorized"
    assert answer["headers"]["content-type"] == PROBLEM
    assert answer["headers"]["www-authenticate"] == "Bearer"
    assert answer["headers"]["connection"] == "close"
    assert not request.body_read


def test_a_full_queue_is_503_busy_without_reading_the_body(keyed_app: tuple[FastAPI, str]) -> None:
    app, key = keyed_app
    app.state.admission.enter("another request")  # the only place is taken
    headers = {"authorization": f"Bearer {key}", "content-type": "multipart/form-data; boundary=b"}
    request = _Asgi(app)
    status, answer = request.call("POST", "/v1/parse", headers)
    assert status == 503
    assert answer["body"]["code"] == "busy"
    assert answer["headers"]["retry-after"] == "1"
    assert not request.body_read


def test_a_json_route_over_its_cap_is_413_before_the_body(keyed_app: tuple[FastAPI, str]) -> None:
    app, key = keyed_app
    headers = {
        "authorization": f"Bearer {key}",
        "content-type": "application/json",
        "content-length": str(1024 * 1024 + 1),
    }
    request = _Asgi(app)
    status, answer = request.call("POST", "/v1/jobs", headers)
    assert (status, answer["body"]["code"], answer["body"]["limit"]) == (
        413,
        "too_large",
        1024 * 1024,
    )
    assert not request.body_read


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    path = tmp_path_factory.mktemp("gate") / "screener.db"
    with running_api(f"sqlite:///{path}") as running:
        yield running


def _raw(api: Api, head: str) -> tuple[str, float]:
    """Send ``head`` (headers only) over a socket; the reply and how long it took."""
    host, port = api.base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        start = time.perf_counter()
        connection.sendall(head.encode())
        reply = b""
        while chunk := connection.recv(4096):  # the server closes after its answer
            reply += chunk
        return reply.decode(), time.perf_counter() - start


def test_headers_only_100_mib_post_without_a_key_is_401_at_once(api: Api) -> None:
    """The acceptance check of issue 10: 401 within 1 s, the body never sent nor waited for."""
    head = (
        "POST /v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {HUNDRED_MIB}\r\n\r\n"
    )
    reply, elapsed = _raw(api, head)
    assert reply.startswith("HTTP/1.1 401")
    assert "application/problem+json" in reply
    assert '"code": "unauthorized"' in reply
    assert elapsed < 1.0


def test_json_routes_take_at_most_1_mib_while_uploads_take_more(api: Api) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count
        yield b'{"title": "'
        for _ in range(5):
            yield b"x" * (256 * 1024)
        yield b'", "rules": "ml-engineer"}'

    response = api.client.post(
        "/v1/jobs", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413, response.text
    assert response.json()["limit"] == 1024 * 1024
    text = b"Python developer\n" + b"Skills: Python, SQL\n" * 80_000  # 1.6 MiB, under 2 MiB
    parsed = api.client.post("/v1/parse", files={"file": ("cv.txt", text)})
    assert parsed.json()["code"] == "text_too_long"  # it got past the cap, to the reader


def test_unknown_v1_paths_need_a_key_too(api: Api) -> None:
    with httpx.Client(base_url=api.base) as anonymous:
        assert anonymous.get("/v1/nothing-here").status_code == 401
    assert api.client.get("/v1/nothing-here").status_code == 404


def test_security_headers_on_every_answer(api: Api) -> None:
    health = api.client.get("/healthz")
    assert health.headers["x-content-type-options"] == "nosniff"
    assert "cache-control" not in health.headers
    jobs = api.client.get("/v1/jobs")
    assert jobs.headers["cache-control"] == "no-store"
    assert jobs.headers["x-content-type-options"] == "nosniff"
    with httpx.Client(base_url=api.base) as anonymous:
        refused = anonymous.get("/v1/jobs")
    assert (refused.status_code, refused.headers["cache-control"]) == (401, "no-store")
    page = api.client.get("/docs")
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp


def test_input_the_database_refuses_is_422(api: Api) -> None:
    nul_title = api.client.post("/v1/jobs", json={"title": "a\x00b", "rules": "ml-engineer"})
    assert (nul_title.status_code, nul_title.json()["code"]) == (422, "invalid_request")
    job = api.client.post("/v1/jobs", json={"title": "Names", "rules": "ml-engineer"}).json()
    text = f"/v1/jobs/{job['id']}/applications/text"
    nul_name = api.client.post(text, json={"text": "Python", "filename": "cv\x00.txt"})
    assert nul_name.status_code == 422
    long_name = "a" * 1001 + ".txt"
    too_long = api.client.post(text, json={"text": "Python", "filename": long_name})
    assert too_long.status_code == 422
    upload = api.client.post(
        f"/v1/jobs/{job['id']}/applications", files=[("files", (long_name, b"Python"))]
    )
    assert (upload.status_code, upload.json()["code"]) == (422, "invalid_request")
    listed = api.client.get(f"/v1/jobs/{job['id']}/applications").json()
    assert listed["total"] == 0


def test_many_wrong_keys_are_slowed_but_a_valid_key_is_not(tmp_path: Path) -> None:
    with running_api(f"sqlite:///{tmp_path / 'keys.db'}") as fresh:
        with httpx.Client(base_url=fresh.base) as guesser:
            answers = [
                guesser.get("/v1/jobs", headers={"Authorization": f"Bearer scr_guess{n:020d}"})
                for n in range(31)
            ]
        assert {a.status_code for a in answers[:30]} == {401}
        assert answers[30].status_code == 429
        assert int(answers[30].headers["retry-after"]) >= 1
        assert fresh.client.get("/v1/jobs").status_code == 200


def test_a_600_kb_inline_rule_set_is_refused_and_deep_nesting_is_no_500(api: Api) -> None:
    criteria = [
        {"id": f"c{n}", "label": "X", "skills": {"all_of": [f"pythn{n}"]}} for n in range(9000)
    ]
    rules = json.dumps({"id": "big", "title": "Big", "version": 1, "required": criteria})
    assert len(rules) > 600_000
    response = api.client.post(
        "/v1/screen", files={"file": ("m.txt", b"Python")}, data={"rules": rules}
    )
    assert (response.status_code, response.json()["code"]) == (413, "too_large")
    as_job = api.client.post("/v1/jobs", json={"title": "Big", "rules": json.loads(rules)})
    assert as_job.status_code == 413
    nested = '{"title": "Deep", "rules": ' + "[" * 200_000 + "]" * 200_000 + "}"
    deep = api.client.post("/v1/jobs", content=nested, headers={"Content-Type": "application/json"})
    assert 400 <= deep.status_code < 500, deep.text
