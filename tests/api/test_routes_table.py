"""``api.routes_table``: scope, admission and body cap of the authoring-aid routes beside
the routes they are modelled on."""

from __future__ import annotations

import pytest

from api.routes_table import MULTIPART_OVERHEAD, body_cap, required_scope, uses_workers
from api.settings import ApiSettings

SETTINGS = ApiSettings(database_url="sqlite://")


@pytest.mark.parametrize(
    ("method", "path", "scope", "workers"),
    [
        ("POST", "/v1/parse", "read", True),
        ("POST", "/v1/rules/draft", "read", True),  # stores nothing, parses like /v1/parse
        ("GET", "/v1/skills", "read", False),
        ("GET", "/v1/certifications", "read", False),
        ("POST", "/v1/jobs", "write", False),
    ],
)
def test_scope_and_admission(method: str, path: str, scope: str, workers: bool) -> None:
    assert required_scope(method, path) == scope
    assert uses_workers(method, path) is workers


@pytest.mark.parametrize(
    ("method", "path", "cap"),
    [
        ("POST", "/v1/parse", SETTINGS.limits.max_bytes + MULTIPART_OVERHEAD),
        ("POST", "/v1/rules/draft", SETTINGS.limits.max_bytes + MULTIPART_OVERHEAD),
        ("GET", "/v1/skills", SETTINGS.max_json_bytes),
    ],
)
def test_body_caps(method: str, path: str, cap: int) -> None:
    assert body_cap(method, path, SETTINGS) == cap
