"""Property test of every operation in the app's OpenAPI schema, against a real server.

Schemathesis generates requests from ``/openapi.json`` (valid and invalid ones, multipart
uploads with arbitrary bytes), sends them with an API key to a live uvicorn on SQLite, and
checks that no answer is a 5xx, that every status code is documented and that every body
conforms to its documented schema. Bounded and seeded, so CI runs the same cases each time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from api.main import create_app
from api.settings import ApiSettings
from tests.api.routes_helpers import Api, running_api

SEED = 20261126
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """A live server on a fresh SQLite database."""
    path: Path = tmp_path_factory.mktemp("schemathesis") / "screener.db"
    with running_api(f"sqlite:///{path}") as running:
        yield running


# The app's own schema, built without serving it (``from_fixture`` breaks on pytest 9).
schema = schemathesis.openapi.from_dict(
    create_app(ApiSettings()).openapi(), config=schemathesis.Config(seed=SEED)
)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_every_answer_is_documented(case: schemathesis.Case[Any], api: Api) -> None:
    case.call_and_validate(base_url=api.base, headers=api.auth(), checks=CHECKS, timeout=30)
