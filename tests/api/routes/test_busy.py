"""Under load: a full admission queue is 503 + Retry-After at once, a tenant's share 429,
a locked database 503 ``busy`` (never 500), one tenant's slow batch does not starve
another, and concurrent retries and rescreens neither block the server nor duplicate rows
(on SQLite and on PostgreSQL)."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests import factory
from tests.api.routes_helpers import Api, new_key, running_api

SAMPLES = Path(__file__).resolve().parents[3] / "sample_resumes"
MARCUS = (SAMPLES / "marcus_bell.txt").read_bytes()
HOSTILE = factory.pdf_self_reference()  # parses until its 3 s deadline
FORM = {"rules": "ml-engineer", "as_of": "2026-11"}


def _in_thread(
    api: Api, call: Callable[[httpx.Client], httpx.Response]
) -> tuple[threading.Thread, list[httpx.Response]]:
    """Start ``call`` on a client of its own; give it time to be admitted first."""
    answers: list[httpx.Response] = []

    def run() -> None:
        with httpx.Client(base_url=api.base, headers=api.auth(), timeout=120) as client:
            answers.append(call(client))

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.5)
    return thread, answers


def _until(predicate: Callable[[], httpx.Response | None], seconds: float) -> httpx.Response:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = predicate()
        if found is not None:
            return found
        time.sleep(0.05)
    raise AssertionError("the condition never held")


def test_a_full_queue_answers_503_with_retry_after_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'screener.db'}"
    with running_api(url, workers=1, queue_per_worker=1) as api:
        job = api.client.post("/v1/jobs", json={"title": "Full", "rules": "ml-engineer"}).json()
        slow, answers = _in_thread(
            api, lambda client: client.post("/v1/parse", files={"file": ("loop.pdf", HOSTILE)})
        )

        def busy() -> httpx.Response | None:
            response = api.client.post("/v1/parse", files={"file": ("m.txt", MARCUS)})
            return response if response.status_code == 503 else None

        refused = _until(busy, 2.5)
        upload = api.client.post(  # admitted in its handler: one or a few files, screened now
            f"/v1/jobs/{job['id']}/applications", files=[("files", ("m.txt", MARCUS))]
        )
        background = api.client.post(  # more than five go to the background: not refused
            f"/v1/jobs/{job['id']}/applications",
            files=[("files", (f"m{n}.txt", MARCUS)) for n in range(6)],
        )
        still_parsing = slow.is_alive()  # answered while the queue's one place was held
        slow.join()
    assert still_parsing
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["code"] == "busy"
    assert int(refused.headers["retry-after"]) >= 1
    assert answers[0].json()["code"] == "parse_timeout"
    assert (upload.status_code, upload.json()["code"]) == (503, "busy")
    assert "retry-after" in upload.headers
    assert background.status_code == 202, background.text


def test_one_tenant_cannot_fill_the_queue_or_starve_another(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'screener.db'}"
    with running_api(url, workers=2, queue_per_worker=1) as api:  # 2 places, 1 per tenant
        other = {"Authorization": f"Bearer {new_key(url, 'globex')}"}
        files = [("files", (f"slow{n}.pdf", HOSTILE)) for n in range(8)]
        batch, answers = _in_thread(
            api, lambda client: client.post("/v1/screen", files=files, data=FORM)
        )

        def own_share_full() -> httpx.Response | None:
            response = api.client.post("/v1/screen", files={"file": ("m.txt", MARCUS)}, data=FORM)
            return response if response.status_code == 429 else None

        second = _until(own_share_full, 2.5)
        start = time.perf_counter()
        screened = api.client.post(
            "/v1/screen", files={"file": ("m.txt", MARCUS)}, data=FORM, headers=other
        )
        waited = time.perf_counter() - start
        batch_running = batch.is_alive()
        batch.join()
    assert (second.json()["code"], int(second.headers["retry-after"])) == ("busy", 1)
    assert screened.status_code == 200, screened.text
    assert batch_running  # served between the batch's files, not after them
    assert waited < 5.0  # issue 10's acceptance bound
    codes = {r["error"]["code"] for r in answers[0].json()["results"]}
    assert codes == {"parse_timeout"}


def test_a_locked_sqlite_database_is_503_busy_not_500(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "screener.db"
    with running_api(f"sqlite:///{path}", lock_timeout_ms=200) as api:
        job = api.client.post("/v1/jobs", json={"title": "Before", "rules": "ml-engineer"})
        assert job.status_code == 201
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with caplog.at_level(logging.WARNING, logger="screener.api"):
                created = api.client.post(
                    "/v1/jobs", json={"title": "Secret Title", "rules": "ml-engineer"}
                )
                text = api.client.post(
                    f"/v1/jobs/{job.json()['id']}/applications/text",
                    json={"text": MARCUS.decode(), "filename": "marcus.txt"},
                )
            health = api.client.get("/healthz")
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        after = api.client.post("/v1/jobs", json={"title": "After", "rules": "ml-engineer"})
        listed = api.client.get(f"/v1/jobs/{job.json()['id']}/applications").json()
    for refused in (created, text):
        assert refused.status_code == 503, refused.text
        assert refused.json()["code"] == "busy"
        assert int(refused.headers["retry-after"]) >= 1
    assert health.status_code == 200
    assert after.status_code == 201
    assert listed["total"] == 0  # the refused application was not stored
    logged = [r.getMessage() for r in caplog.records if "database busy" in r.getMessage()]
    assert len(logged) == 2  # once per request
    assert not [m for m in logged if "Secret Title" in m or "Marcus" in m]


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(module_database_url, queue_per_worker=8) as running:
        yield running


class _Health:
    """``GET /healthz`` timed every 50 ms in a thread while the block runs."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.latencies: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._probe)

    def __enter__(self) -> _Health:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _probe(self) -> None:
        with httpx.Client(base_url=self.base) as client:
            while not self._stop.is_set():
                start = time.perf_counter()
                client.get("/healthz")
                self.latencies.append(time.perf_counter() - start)
                time.sleep(0.05)


# The failure these tests guard against is a frozen event loop: a lock holder that cannot
# get the loop back to commit, and /healthz unanswered for 30-60 s. The 250 ms
# health p99 is a figure of bench/load.py, measured against a baseline in the same run; on
# a shared CI machine a timed assertion that tight fails for reasons of its own, so the
# tests assert that health kept answering, each probe well inside a freeze.
_FROZEN_S = 2.0


def _kept_answering(health: _Health) -> None:
    assert health.latencies, "health never answered"
    assert max(health.latencies) < _FROZEN_S, sorted(health.latencies)[-5:]


def _timed(call: Callable[[], httpx.Response]) -> tuple[httpx.Response, float]:
    start = time.perf_counter()
    response = call()
    return response, time.perf_counter() - start


def _concurrently(count: int, call: Callable[[], httpx.Response]) -> list[tuple[Any, float]]:
    barrier = threading.Barrier(count)

    def one() -> tuple[httpx.Response, float]:
        barrier.wait()
        return _timed(call)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return [f.result() for f in [pool.submit(one) for _ in range(count)]]


def test_eight_concurrent_retries_of_one_application_make_one_row(api: Api) -> None:
    job = api.client.post("/v1/jobs", json={"title": "Retries", "rules": "ml-engineer"}).json()
    body = {"text": MARCUS.decode(), "filename": "marcus.txt"}
    headers = {**api.auth(), "Idempotency-Key": "retry-me"}

    def post() -> httpx.Response:
        with httpx.Client(base_url=api.base, timeout=30) as client:
            return client.post(
                f"/v1/jobs/{job['id']}/applications/text", json=body, headers=headers
            )

    with _Health(api.base) as health:
        answers = _concurrently(8, post)
    assert {r.status_code for r, _ in answers} == {201}, [r.text for r, _ in answers]
    assert len({r.json()["id"] for r, _ in answers}) == 1
    assert max(seconds for _, seconds in answers) < 5.0  # issue 10's acceptance bound
    assert api.client.get(f"/v1/jobs/{job['id']}/applications").json()["total"] == 1
    _kept_answering(health)


def test_two_concurrent_rescreens_of_one_job(api: Api) -> None:
    job = api.client.post("/v1/jobs", json={"title": "Rescreens", "rules": "ml-engineer"}).json()
    for n in range(3):
        created = api.client.post(
            f"/v1/jobs/{job['id']}/applications/text",
            json={"text": MARCUS.decode(), "filename": f"m{n}.txt"},
        )
        assert created.status_code == 201

    def post() -> httpx.Response:
        with httpx.Client(base_url=api.base, timeout=30, headers=api.auth()) as client:
            return client.post(f"/v1/jobs/{job['id']}/rescreen")

    with _Health(api.base) as health:
        answers = _concurrently(2, post)
    assert {r.status_code for r, _ in answers} == {200}, [r.text for r, _ in answers]
    assert all(r.json()["total"] == 3 for r, _ in answers)
    assert max(seconds for _, seconds in answers) < 5.0  # issue 10's acceptance bound
    listed = api.client.get(f"/v1/jobs/{job['id']}/applications").json()
    assert [item["verdict"] for item in listed["items"]] == ["meets"] * 3
    _kept_answering(health)


def test_an_erased_resume_leaves_no_copy_in_the_sqlite_files(tmp_path: Path) -> None:
    path = tmp_path / "screener.db"
    marker = "Quillfeather Zyxwvut"
    with running_api(f"sqlite:///{path}") as api:
        job = api.client.post("/v1/jobs", json={"title": "Erase", "rules": "ml-engineer"}).json()
        text = f"{marker}\n" + MARCUS.decode()
        created = api.client.post(
            f"/v1/jobs/{job['id']}/applications/text", json={"text": text, "filename": "q.txt"}
        )
        assert created.status_code == 201, created.text
        assert api.client.delete(f"/v1/applications/{created.json()['id']}").status_code == 204

        def erased() -> httpx.Response | None:  # the checkpoint runs after the answer
            files = [p for p in tmp_path.iterdir() if p.name.startswith("screener.db")]
            found = any(marker.encode() in p.read_bytes() for p in files)
            return None if found else created

        _until(erased, 5.0)
