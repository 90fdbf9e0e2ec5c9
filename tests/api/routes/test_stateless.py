"""POST /v1/parse and /v1/screen against a real uvicorn server, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests import factory
from tests.api.routes_helpers import Api, running_api

SAMPLES = Path(__file__).resolve().parents[3] / "sample_resumes"
MARCUS = (SAMPLES / "marcus_bell.txt").read_bytes()
JORDAN = (SAMPLES / "jordan_ellis.pdf").read_bytes()
PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(module_database_url) as running:
        yield running


def _problem(response: httpx.Response, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, object] = response.json()
    assert (body["status"], body["code"]) == (status, code)
    return body


def test_health_and_readiness(api: Api) -> None:
    assert api.client.get("/healthz").json() == {"status": "ok", "checks": {}}
    assert api.client.get("/readyz").json()["checks"] == {"database": "ok"}


@pytest.mark.parametrize("header", [None, "Bearer scr_not-a-real-key", "Basic abc"])
def test_every_v1_route_needs_a_valid_key(api: Api, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    with httpx.Client(base_url=api.base) as anonymous:
        response = anonymous.post("/v1/parse", files={"file": ("cv.txt", MARCUS)}, headers=headers)
    _problem(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


def test_parse_returns_the_profile_with_evidence(api: Api) -> None:
    response = api.client.post(
        "/v1/parse", files={"file": ("marcus.txt", MARCUS)}, data={"as_of": "2026-11"}
    )
    assert response.status_code == 200, response.text
    profile = response.json()["profile"]
    assert profile["highest_degree"]["level"] == "bachelor"
    assert profile["experience"]["as_of"] == "2026-11"
    assert {"python", "java"} <= {skill["id"] for skill in profile["skills"]}


def test_screen_one_file(api: Api) -> None:
    response = api.client.post(
        "/v1/screen",
        files={"file": ("marcus.txt", MARCUS)},
        data={"rules": "ml-engineer", "as_of": "2026-11"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["rules"]["id"] == "ml-engineer"
    [result] = body["results"]
    assert result["screening"]["verdict"] == "meets"


def test_screen_a_json_resume_and_refuse_other_json(api: Api) -> None:
    resume = {
        "work": [{"name": "Acme", "position": "ML Engineer", "startDate": "2019-01"}],
        "education": [{"studyType": "Master", "area": "Computer Science",
                       "institution": "ETH Zürich", "endDate": "2018"}],
        "skills": [{"name": "Programming", "keywords": ["Python", "Java"]}],
    }  # fmt: skip
    files = [
        ("files", ("ats-42.json", json.dumps(resume).encode())),
        ("files", ("manifest.json", b'{"batch": 7}')),
    ]
    response = api.client.post(
        "/v1/screen", files=files, data={"rules": "ml-engineer", "as_of": "2026-11"}
    )
    assert response.status_code == 200, response.text
    screened, refused = response.json()["results"]
    assert screened["screening"]["verdict"] == "meets"
    assert refused["error"]["code"] == "invalid_json_resume"


def test_screen_many_files_ranks_them_and_reports_bad_ones(api: Api) -> None:
    files = [
        ("files", ("jordan.pdf", JORDAN)),
        ("files", ("marcus.txt", MARCUS)),
        ("files", ("broken.pdf", b"%PDF-1.7 broken")),
        ("files", ("photo.png", b"\x89PNG\r\n\x1a\n")),
    ]
    response = api.client.post(
        "/v1/screen", files=files, data={"rules": "ml-engineer", "as_of": "2026-11"}
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["source"] for r in results[:2]] == ["marcus.txt", "jordan.pdf"]
    assert {r["source"]: r["error"]["code"] for r in results[2:]} == {
        "broken.pdf": "corrupt",
        "photo.png": "unsupported_format",
    }


def test_inline_rules(api: Api) -> None:
    rules = (
        '{"id": "py", "title": "Python", "version": 1, "required": '
        '[{"id": "py", "label": "Python", "skills": {"all_of": ["python"]}}]}'
    )
    response = api.client.post(
        "/v1/screen", files={"file": ("m.txt", MARCUS)}, data={"rules": rules}
    )
    assert response.json()["results"][0]["screening"]["verdict"] == "meets"


@pytest.mark.parametrize(
    ("rules", "status", "code"),
    [
        ("no-such-rules", 404, "rules_not_found"),
        ("../../etc/passwd", 404, "rules_not_found"),
        ("rules/ml-engineer.yaml", 404, "rules_not_found"),
        ("{not json", 404, "rules_not_found"),
        (
            '{"id": "x", "title": "X", "version": 1, "required": '
            '[{"id": "a", "label": "A", "skills": {"all_of": ["pyhton"]}}]}',
            422,
            "invalid_rules",
        ),
    ],
)
def test_bad_rules(api: Api, rules: str, status: int, code: str) -> None:
    response = api.client.post(
        "/v1/screen", files={"file": ("m.txt", MARCUS)}, data={"rules": rules}
    )
    body = _problem(response, status, code)
    if code == "invalid_rules":
        assert "python" in str(body["errors"])


@pytest.mark.parametrize(
    ("name", "data", "status", "code"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, 415, "unsupported_format"),
        ("cv.pdf", b"plain text named as a PDF", 415, "type_mismatch"),
        ("cv.txt", b"", 422, "empty_file"),
        ("cv.pdf", b"%PDF-1.7 truncated", 422, "corrupt"),
        ("cv.txt", b"x" * (2 * 1024 * 1024 + 1), 413, "too_large"),
    ],
)
def test_a_single_bad_file_is_answered_with_its_code(
    api: Api, name: str, data: bytes, status: int, code: str
) -> None:
    response = api.client.post("/v1/parse", files={"file": (name, data)})
    _problem(response, status, code)


def test_an_oversize_body_is_cut_off_while_streaming(api: Api) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        for _ in range(128):  # 32 MiB, over the 10 files × 2 MiB the server accepts
            yield b"x" * (256 * 1024)

    response = api.client.post(
        "/v1/parse", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=b"}
    )
    _problem(response, 413, "too_large")


def test_a_huge_declared_content_length_is_refused_at_once(api: Api) -> None:
    host, port = api.base.removeprefix("http://").split(":")
    request = (
        f"POST /v1/parse HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {api.key}\r\n"
        "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000000\r\n\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request.encode() + b"--b\r\n")  # 1 GB announced, 5 bytes sent
        reply = b""
        while chunk := connection.recv(4096):  # the server closes after its answer
            reply += chunk
        text = reply.decode()
    assert text.startswith("HTTP/1.1 413")
    assert '"code": "too_large"' in text


def test_a_hostile_file_times_out_while_others_are_served(api: Api) -> None:
    latencies: list[float] = []
    stop = threading.Event()

    def probe() -> None:
        with httpx.Client(base_url=api.base) as client:
            while not stop.is_set():
                start = time.perf_counter()
                client.get("/healthz")
                latencies.append(time.perf_counter() - start)
                time.sleep(0.05)

    thread = threading.Thread(target=probe)
    thread.start()
    try:
        hostile = api.client.post(
            "/v1/parse", files={"file": ("loop.pdf", factory.pdf_self_reference())}
        )
        normal = api.client.post("/v1/parse", files={"file": ("m.txt", MARCUS)})
    finally:
        stop.set()
        thread.join()
    _problem(hostile, 422, "parse_timeout")
    assert normal.status_code == 200
    assert len(latencies) > 10
    assert max(latencies) < 1.0


def test_openapi_documents_every_route_and_problem(api: Api) -> None:
    spec = api.client.get("/openapi.json").json()
    assert {"/v1/parse", "/v1/screen", "/healthz", "/readyz"} <= set(spec["paths"])
    responses = spec["paths"]["/v1/screen"]["post"]["responses"]
    assert {"200", "401", "413", "415", "422"} <= set(responses)
