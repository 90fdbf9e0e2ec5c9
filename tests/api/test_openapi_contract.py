"""What integrators read in the OpenAPI document: inline rules typed as ``RuleSet``, a
``Problem`` listing every field a problem answer carries, and each route listing exactly
the error statuses it can give (``api.openapi``, ``api.route_errors``)."""

from __future__ import annotations

from typing import Any

import pytest

from api.main import create_app
from api.settings import ApiSettings

RULE_SET = "#/components/schemas/RuleSet"
PROBLEM = "#/components/schemas/Problem"
GATE = {"401", "429", "503"}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return create_app(ApiSettings()).openapi()


def _errors(schema: dict[str, Any], method: str, path: str) -> set[str]:
    responses = schema["paths"][path][method.lower()]["responses"]
    return {status for status in responses if status[:1] in ("4", "5")}


@pytest.mark.parametrize("model", ["JobIn", "JobPatch"])
def test_inline_rules_are_a_bundled_id_or_a_rule_set(schema: dict[str, Any], model: str) -> None:
    rules = schema["components"]["schemas"][model]["properties"]["rules"]
    choices = rules["oneOf"]
    assert {"$ref": RULE_SET} in choices
    assert any(choice.get("type") == "string" for choice in choices)
    assert "object" not in [choice.get("type") for choice in choices]


def test_the_rule_set_schema_and_what_it_uses_are_components(schema: dict[str, Any]) -> None:
    components = schema["components"]["schemas"]
    rule_set = components["RuleSet"]
    assert {"id", "title", "version", "required"} <= set(rule_set["required"])
    assert {"Criterion", "SkillsTest", "Condition"} <= set(components)
    form = components["ScreenResumesForm"]["properties"]["rules"]
    as_json = [c for c in form["anyOf"] if c.get("contentMediaType") == "application/json"]
    assert as_json == [{**as_json[0], "contentSchema": {"$ref": RULE_SET}}]


def test_the_problem_schema_lists_every_field_a_problem_carries(schema: dict[str, Any]) -> None:
    problem = schema["components"]["schemas"]["Problem"]
    fields = problem["properties"]
    assert set(problem["required"]) == {"type", "title", "status", "code", "detail"}
    emitted = {"errors", "limit", "size", "pages", "chars", "entries", "ratio", "detected"}
    emitted |= {"claimed", "reason", "path", "rules", "available", "report", "line"}
    assert emitted | set(problem["required"]) <= set(fields)
    assert all(field.get("description") for field in fields.values())
    item = schema["components"]["schemas"]["ProblemError"]
    assert {"path", "message", "suggestion"} <= set(item["properties"])


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        # a body, an Idempotency-Key, an unknown bundled id; no file, so never 415
        ("POST", "/v1/jobs", GATE | {"400", "403", "404", "409", "413", "422"}),
        ("GET", "/v1/jobs", GATE | {"422"}),  # read scope: no 403; no path id: no 404
        ("GET", "/v1/jobs/{job_id}", GATE | {"404"}),  # a plain string id cannot be refused
        ("DELETE", "/v1/jobs/{job_id}", GATE | {"403", "404"}),
        ("POST", "/v1/screen", GATE | {"400", "404", "413", "415", "422"}),
        ("POST", "/v1/parse", GATE | {"400", "413", "415", "422"}),
        (
            "POST",
            "/v1/jobs/{job_id}/applications",
            GATE | {"400", "403", "404", "409", "413", "415", "422"},
        ),
        ("GET", "/v1/applications/{application_id}", GATE | {"404", "409", "422"}),
        ("GET", "/v1/keys", GATE | {"403"}),  # admin only
        ("GET", "/v1/audit/settings", GATE),
        ("GET", "/v1/jobs/{job_id}/audit", GATE | {"404", "409", "422"}),
    ],
)
def test_a_route_lists_exactly_the_errors_it_can_give(
    schema: dict[str, Any], method: str, path: str, expected: set[str]
) -> None:
    assert _errors(schema, method, path) == expected


def test_every_error_answer_is_a_problem(schema: dict[str, Any]) -> None:
    for path, item in schema["paths"].items():
        if not path.startswith("/v1/"):
            continue
        for operation in item.values():
            for status, response in operation["responses"].items():
                if status[:1] in ("4", "5"):
                    content = response["content"]
                    assert content == {"application/problem+json": {"schema": {"$ref": PROBLEM}}}
                    assert response["description"]
