"""The authoring aids over HTTP, against a real server on SQLite and PostgreSQL:
``GET /v1/skills``, ``GET /v1/certifications``, ``POST /v1/rules/draft`` and a job
created from a posting (``POST /v1/jobs`` with ``posting``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.db.keys import create_api_key
from api.db.session import make_engine, make_session_factory, session_scope
from screener.drafting import draft_bytes, rules_data
from screener.taxonomy.search import search_certifications
from tests import factory
from tests.api.routes_helpers import Api, running_api

POSTINGS = Path(__file__).resolve().parents[2] / "drafting" / "postings"
SAMPLES = Path(__file__).resolve().parents[3] / "sample_resumes"
ML_POSTING = POSTINGS / "ml-engineer-posting.txt"
JOB_POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Financial Analyst",
    "educationRequirements": {"credentialCategory": "bachelor degree"},
    "experienceRequirements": {"monthsOfExperience": 24},
    "skills": ["Excel"],
}
NURSE = "Registered Nurse\n\nRequirements\n- Active RN license\n- BLS certification\n"


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    with running_api(module_database_url) as running:
        yield running


@pytest.fixture(scope="module")
def read_key(api: Api, module_database_url: str) -> str:
    engine = make_engine(module_database_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            return create_api_key(session, "acme", scope="read")
    finally:
        engine.dispose()


def _problem(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.json()["code"] == code


# ------------------------------------------------------------------------ taxonomy search


@pytest.mark.parametrize(
    ("path", "q", "first"),
    [
        ("/v1/skills", "golang", {"id": "go", "category": "programming-language"}),
        ("/v1/skills", "k8s", {"id": "kubernetes", "match": "alias"}),
        ("/v1/skills", "sckit learn", {"id": "scikit-learn", "match": "fuzzy"}),
        (
            "/v1/certifications",
            "AWS Certified Developer",
            {"id": "aws-developer-associate", "issuer": "Amazon Web Services", "match": "alias"},
        ),
        ("/v1/certifications", "cka", {"id": "cka", "match": "exact"}),
    ],
)
def test_search(api: Api, read_key: str, path: str, q: str, first: dict[str, str]) -> None:
    response = api.client.get(path, params={"q": q}, headers=api.auth(read_key))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["query"] == q
    assert first.items() <= body["items"][0].items()


def test_certification_search_is_the_library_search(api: Api) -> None:
    q = "AWS Certified Developer"
    body = api.client.get("/v1/certifications", params={"q": q, "limit": 25}).json()
    expected = [hit.id for hit in search_certifications(q, limit=25)]
    assert [item["id"] for item in body["items"]] == expected
    assert {item["issuer"] for item in body["items"]} <= {
        "Amazon Web Services",
        "American Welding Society (AWS)",
    }


@pytest.mark.parametrize(
    "params", [{}, {"q": ""}, {"q": "x" * 201}, {"q": "go", "limit": 0}, {"q": "go", "limit": 101}]
)
def test_search_refuses_bad_queries(api: Api, params: dict[str, str | int]) -> None:
    _problem(api.client.get("/v1/skills", params=params), 422, "invalid_request")


def test_nothing_found_is_an_empty_list(api: Api) -> None:
    body = api.client.get("/v1/skills", params={"q": "zzqxqzzqx"}).json()
    assert body == {"query": "zzqxqzzqx", "items": []}


# ------------------------------------------------------------------------------ drafting


def test_draft_from_text_is_the_library_draft(api: Api, read_key: str) -> None:
    text = ML_POSTING.read_text(encoding="utf-8")
    response = api.client.post(
        "/v1/rules/draft", json={"text": text, "id": "ml-engineer"}, headers=api.auth(read_key)
    )
    assert response.status_code == 200, response.text
    body = response.json()
    # Read like a file named posting.txt: same rules, same sources, same hash.
    expected = draft_bytes(text.encode("utf-8"), "posting.txt", rules_id="ml-engineer")
    assert body["rules"] == json.loads(json.dumps(rules_data(expected)))
    assert body["sha256"] == expected.rules.sha256
    assert all(criterion["source"] for criterion in body["rules"]["required"])
    not_screened = " ".join(entry["text"] for entry in body["report"]["not_screened"])
    assert "Integrity and drive" in not_screened
    assert body["report"]["posting"]["read_from"] == "text"


def test_the_drafted_rules_are_accepted_as_inline_rules(api: Api) -> None:
    drafted = api.client.post("/v1/rules/draft", json={"text": NURSE}).json()["rules"]
    job = api.client.post("/v1/jobs", json={"title": "Nurse", "rules": drafted})
    assert job.status_code == 201, job.text


def test_draft_from_a_job_posting_object(api: Api) -> None:
    response = api.client.post("/v1/rules/draft", json={"posting": JOB_POSTING})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["report"]["posting"]["read_from"] == "jobposting"
    assert body["rules"]["id"] == "financial-analyst"
    keys = {key for criterion in body["rules"]["required"] for key in criterion}
    assert {"degree", "experience", "skills"} <= keys


@pytest.mark.parametrize(
    ("filename", "data", "read_from"),
    [
        ("posting.txt", NURSE.encode(), "text"),
        ("posting.md", (POSTINGS / "backend-engineer.md").read_bytes(), "text"),
        ("posting.html", (POSTINGS / "frontend-developer.html").read_bytes(), "html"),
        ("posting.json", json.dumps(JOB_POSTING).encode(), "jobposting"),
        ("posting.pdf", factory.pdf_pages([NURSE.splitlines()]), "pdf"),
    ],
)
def test_draft_from_a_file(api: Api, filename: str, data: bytes, read_from: str) -> None:
    response = api.client.post(
        "/v1/rules/draft", files={"file": (filename, data)}, data={"id": "from-file"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["rules"]["id"], body["report"]["posting"]["read_from"]) == (
        "from-file",
        read_from,
    )


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        ({"json": {}}, 422, "invalid_request"),  # neither text nor posting
        ({"json": {"text": NURSE, "posting": JOB_POSTING}}, 422, "invalid_request"),
        ({"json": {"text": NURSE, "id": "Not An Id"}}, 422, "invalid_request"),
        ({"json": {"text": NURSE, "rules": "x"}}, 422, "invalid_request"),  # unknown field
        (
            {"content": b"not json", "headers": {"content-type": "application/json"}},
            422,
            "invalid_request",
        ),
        ({"json": {"text": "We are a friendly team. Free snacks."}}, 422, "nothing_to_draft"),
        ({"json": {"posting": {"@type": "Organization"}}}, 415, "unsupported_format"),
        ({"files": {"other": ("a.txt", b"x")}}, 422, "invalid_request"),
        (
            {"files": {"file": ("a.txt", NURSE.encode())}, "data": {"id": "BAD"}},
            422,
            "invalid_request",
        ),
        ({"files": {"file": ("a.pdf", b"%PDF-1.4 broken")}}, 422, "corrupt"),
        ({"json": {"text": "x" * (2 * 1024 * 1024 + 1)}}, 413, "too_large"),  # the reader's
        ({"json": {"text": "x" * (3 * 1024 * 1024)}}, 413, "too_large"),  # the body cap's
    ],
)
def test_draft_refusals(api: Api, kwargs: dict[str, object], status: int, code: str) -> None:
    _problem(api.client.post("/v1/rules/draft", **kwargs), status, code)  # type: ignore[arg-type]


def test_a_draft_needs_a_key(api: Api) -> None:
    with httpx.Client(base_url=api.base) as anonymous:
        _problem(anonymous.post("/v1/rules/draft", json={"text": NURSE}), 401, "unauthorized")
        _problem(anonymous.get("/v1/skills", params={"q": "go"}), 401, "unauthorized")


# ------------------------------------------------------------------ a job from a posting


def _titles(api: Api, title: str) -> int:
    items = api.client.get("/v1/jobs", params={"limit": 200}).json()["items"]
    return [job["title"] for job in items].count(title)


def test_a_job_is_created_from_a_posting_with_its_draft(api: Api) -> None:
    text = ML_POSTING.read_text(encoding="utf-8")
    response = api.client.post("/v1/jobs", json={"title": "ML from posting", "posting": text})
    assert response.status_code == 201, response.text
    job = response.json()
    assert response.headers["location"] == f"/v1/jobs/{job['id']}"
    expected = draft_bytes(text.encode("utf-8"), "posting.txt")
    # The job holds the drafted rule set: the same rules, hashed as the library hashes them.
    assert job["draft"]["rules"] == json.loads(json.dumps(rules_data(expected)))
    assert job["rules"]["sha256"] == job["draft"]["sha256"] == expected.rules.sha256
    assert job["rules"]["rules_id"] == expected.rules.ruleset.id
    not_screened = " ".join(entry["text"] for entry in job["draft"]["report"]["not_screened"])
    assert "Integrity and drive" in not_screened
    # The draft is not stored: the job itself is a job like any other.
    stored = api.client.get(f"/v1/jobs/{job['id']}").json()
    assert stored == {key: value for key, value in job.items() if key != "draft"}
    version = api.client.get(f"/v1/jobs/{job['id']}/rules/versions/1").json()
    kept = [criterion["source"] for criterion in version["body"]["required"]]
    assert kept == [criterion["source"] for criterion in job["draft"]["rules"]["required"]]
    upload = api.client.post(
        f"/v1/jobs/{job['id']}/applications/text",
        json={"text": (SAMPLES / "marcus_bell.txt").read_text(encoding="utf-8")},
    )
    assert upload.status_code == 201, upload.text
    assert upload.json()["verdict"] in {"meets", "needs_review", "does_not_meet"}


def test_a_job_from_a_job_posting_object(api: Api) -> None:
    response = api.client.post("/v1/jobs", json={"title": "Analyst", "posting": JOB_POSTING})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["draft"]["report"]["posting"]["read_from"] == "jobposting"
    assert body["rules"]["rules_id"] == "financial-analyst"


def test_a_job_from_rules_carries_no_draft(api: Api) -> None:
    response = api.client.post("/v1/jobs", json={"title": "Bundled", "rules": "ml-engineer"})
    assert response.status_code == 201, response.text
    assert "draft" not in response.json()


def test_a_posting_job_replays_under_its_idempotency_key(api: Api) -> None:
    headers = {"Idempotency-Key": "posting-job-1"}
    body = {"title": "Nurse from posting", "posting": NURSE}
    first = api.client.post("/v1/jobs", json=body, headers=headers)
    again = api.client.post("/v1/jobs", json=body, headers=headers)
    assert first.status_code == again.status_code == 201, first.text
    assert first.json() == again.json()  # the draft's report included
    assert first.json()["draft"]["report"]
    assert again.headers["idempotent-replayed"] == "true"
    assert first.headers["location"] == again.headers["location"]
    assert _titles(api, "Nurse from posting") == 1
    other = {**body, "posting": NURSE + "- ACLS certification\n"}
    conflict = api.client.post("/v1/jobs", json=other, headers=headers)
    assert conflict.status_code == 409, conflict.text


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"title": "Both", "rules": "ml-engineer", "posting": NURSE}, 422, "invalid_request"),
        ({"title": "Neither"}, 422, "invalid_request"),
        ({"title": "Empty", "posting": ""}, 422, "invalid_request"),
        (
            {"title": "Nothing", "posting": "We are a friendly team. Free snacks."},
            422,
            "nothing_to_draft",
        ),
        (
            {"title": "Organization", "posting": {"@type": "Organization"}},
            415,
            "unsupported_format",
        ),
    ],
)
def test_a_posting_job_refusals_create_nothing(
    api: Api, body: dict[str, object], status: int, code: str
) -> None:
    _problem(api.client.post("/v1/jobs", json=body), status, code)
    assert _titles(api, str(body["title"])) == 0


def test_a_posting_job_needs_a_write_key(api: Api, read_key: str) -> None:
    response = api.client.post(
        "/v1/jobs", json={"title": "Read only", "posting": NURSE}, headers=api.auth(read_key)
    )
    _problem(response, 403, "insufficient_scope")
