"""Every answer carries ``X-Request-ID`` (the client's, when sane), and the API's warning
and error lines carry it too — without résumé text or SQL parameters."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.main import create_app
from api.request_id import QueryDropped
from api.settings import ApiSettings
from tests.api.routes_helpers import Api, running_api

SAMPLES = Path(__file__).resolve().parents[2] / "sample_resumes"
MARCUS = (SAMPLES / "marcus_bell.txt").read_text(encoding="utf-8")
GENERATED = re.compile(r"^[0-9a-f]{32}$")


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    path = tmp_path_factory.mktemp("request-id") / "screener.db"
    with running_api(f"sqlite:///{path}") as running:
        yield running


def test_every_answer_has_a_fresh_id_or_the_clients_sane_one(api: Api) -> None:
    first, second = api.client.get("/healthz"), api.client.get("/v1/jobs")
    assert GENERATED.match(first.headers["x-request-id"])
    assert GENERATED.match(second.headers["x-request-id"])
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    for sane in ("trace-42", "0f8c2a1e-7b7d-4c55-9a55-2d3c8b0b1c9e", "Root=1-abc:def/x+y.z"):
        echoed = api.client.get("/v1/jobs", headers={"X-Request-ID": sane})
        assert echoed.headers["x-request-id"] == sane
    for insane in ("two words", "x" * 129, "semi;colon", "<script>"):
        replaced = api.client.get("/v1/jobs", headers={"X-Request-ID": insane})
        assert GENERATED.match(replaced.headers["x-request-id"]), insane


def test_answers_of_the_asgi_layers_carry_the_id_too(api: Api) -> None:
    unkeyed = api.client.get("/v1/jobs", headers={"Authorization": "", "X-Request-ID": "gate-1"})
    assert (unkeyed.status_code, unkeyed.headers["x-request-id"]) == (401, "gate-1")
    big = api.client.post(
        "/v1/jobs",
        content=b"{" + b" " * (1024 * 1024 + 1) + b"}",
        headers={"Content-Type": "application/json", "X-Request-ID": "cap-1"},
    )
    assert (big.status_code, big.headers["x-request-id"]) == (413, "cap-1")


def test_the_database_busy_line_names_the_request(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "screener.db"
    with running_api(f"sqlite:///{path}", lock_timeout_ms=200) as api:
        job = api.client.post("/v1/jobs", json={"title": "Before", "rules": "ml-engineer"}).json()
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with caplog.at_level(logging.WARNING, logger="screener.api"):
                refused = api.client.post(
                    f"/v1/jobs/{job['id']}/applications/text",
                    json={"text": MARCUS, "filename": "marcus.txt"},
                    headers={"X-Request-ID": "busy-7"},
                )
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert (refused.status_code, refused.json()["code"]) == (503, "busy")
    assert refused.headers["x-request-id"] == "busy-7"
    lines = [r for r in caplog.records if "database busy" in r.getMessage()]
    assert len(lines) == 1
    message = lines[0].getMessage()
    assert message.startswith("database busy (OperationalError) on POST /v1/jobs/")
    assert message.endswith(": answered 503 [request busy-7]")
    assert getattr(lines[0], "request_id", None) == "busy-7"
    assert "marcus" not in message.lower()  # neither the résumé nor its file name


def test_an_unhandled_error_is_500_with_its_id_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(ApiSettings(database_url=f"sqlite:///{tmp_path / 's.db'}", workers=1))

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("a bug")

    async def get() -> httpx.Response:  # straight into the app: no lifespan, no workers
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/boom", headers={"X-Request-ID": "crash-1"})

    with caplog.at_level(logging.ERROR, logger="screener.api"):
        answer = asyncio.run(get())
    assert (answer.status_code, answer.json()["code"]) == (500, "internal_error")
    assert answer.headers["x-request-id"] == "crash-1"
    logged = [r.getMessage() for r in caplog.records if r.name == "screener.api"]
    assert logged == ["unhandled error (RuntimeError) on GET /boom: answered 500 [request crash-1]"]


def test_access_lines_never_carry_a_query_string() -> None:
    # uvicorn's access record: (client, method, full path, HTTP version, status).
    fmt = '%s - "%s %s HTTP/%s" %d'
    args = ("127.0.0.1:5000", "GET", "/jobs/j-1?q=Wilhelmina+Quartermaine", "1.1", 200)
    record = logging.LogRecord("uvicorn.access", logging.INFO, "", 0, fmt, args, None)
    assert QueryDropped().filter(record)
    line = record.getMessage()
    assert "Wilhelmina" not in line
    assert '"GET /jobs/j-1?… HTTP/1.1" 200' in line
    plain = logging.LogRecord(
        "uvicorn.access", logging.INFO, "", 0, fmt, (*args[:2], "/jobs", *args[3:]), None
    )
    QueryDropped().filter(plain)
    assert '"GET /jobs HTTP/1.1"' in plain.getMessage()
