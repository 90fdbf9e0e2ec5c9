"""Deeply nested input is refused with a stable code before anything recurses over it:
JSON bodies (``api.json_nesting``), inline rule sets in a form field and in a body."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from api.json_nesting import MAX_BODY_NESTING
from tests.api.routes_helpers import Api, running_api

DEEP = 150_000  # issue 10: this many nested objects in `rules` answered 500 (RecursionError)
JSON = {"Content-Type": "application/json"}


def _nested(levels: int) -> str:
    return '{"a":' * levels + "1" + "}" * levels


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    path = tmp_path_factory.mktemp("nesting") / "screener.db"
    with running_api(f"sqlite:///{path}") as running:
        yield running


def test_150k_nested_objects_in_a_job_body_are_422_unparsed(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    body = '{"title": "Deep", "rules": ' + _nested(DEEP) + "}"
    assert len(body) < 1024 * 1024  # under the JSON cap: the nesting is what refuses it
    job = api.client.post("/v1/jobs", json={"title": "Flat", "rules": "ml-engineer"}).json()
    with caplog.at_level(logging.WARNING):
        created = api.client.post("/v1/jobs", content=body, headers=JSON)
        patched = api.client.patch(f"/v1/jobs/{job['id']}", content=body, headers=JSON)
        text = api.client.post(
            f"/v1/jobs/{job['id']}/applications/text",
            content='{"text": "x", "filename": ' + _nested(DEEP) + "}",
            headers=JSON,
        )
    for refused in (created, patched, text):
        assert refused.status_code == 422, refused.text
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert refused.json()["code"] == "invalid_request"
        assert f"nested deeper than {MAX_BODY_NESTING} levels" in refused.json()["detail"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert api.client.get("/healthz").status_code == 200


def test_a_rule_set_nested_past_its_own_limit_is_invalid_rules(api: Api) -> None:
    rules = {"id": "d", "title": "D", "version": 1, "required": json.loads(_nested(40))}
    response = api.client.post("/v1/jobs", json={"title": "Deep", "rules": rules})
    assert (response.status_code, response.json()["code"]) == (422, "invalid_rules")
    assert response.json()["errors"][0]["message"] == "nested deeper than 32 levels"


def test_deep_inline_rules_in_a_form_are_refused_before_parsing(api: Api) -> None:
    files = {"file": ("m.txt", b"Python")}
    fits = '{"id": "d", "required": ' + _nested(20_000) + "}"  # under the 128 KiB cap
    deep = api.client.post("/v1/screen", files=files, data={"rules": fits})
    assert (deep.status_code, deep.json()["code"]) == (422, "invalid_rules"), deep.text
    assert deep.json()["errors"][0]["message"] == "nested deeper than 32 levels"
    huge = '{"id": "d", "required": ' + _nested(DEEP) + "}"
    too_large = api.client.post("/v1/screen", files=files, data={"rules": huge})
    assert (too_large.status_code, too_large.json()["code"]) == (413, "too_large")


def test_a_body_at_the_nesting_limit_is_parsed_as_usual(api: Api) -> None:
    inner = MAX_BODY_NESTING - 1  # the body's own object is the first level
    body = '{"title": "Ok", "rules": ' + "[" * inner + "]" * inner + "}"
    response = api.client.post("/v1/jobs", content=body, headers=JSON)
    assert response.status_code == 422  # not a rule set, but validated like any body
    assert response.json()["code"] in ("invalid_request", "invalid_rules")
    assert "nested deeper than 64" not in response.text
