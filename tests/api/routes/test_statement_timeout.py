"""On PostgreSQL, a statement that runs past ``statement_timeout`` is cancelled by the
server (SQLSTATE 57014) and answered ``503 busy`` with ``Retry-After``, logged once with
the request id — never a 500, never a client left waiting."""

from __future__ import annotations

import logging
import time

import pytest
from sqlalchemy import create_engine, text

from tests.api.routes_helpers import running_api


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_statement_past_the_timeout_is_503_busy(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # lock_timeout is set far above statement_timeout, so what cancels the waiting
    # statement is the statement timeout: the server's real 57014, no fault injected.
    with running_api(database_url, statement_timeout_ms=300, lock_timeout_ms=20_000) as api:
        created = api.client.post("/v1/jobs", json={"title": "Slow", "rules": "ml-engineer"})
        assert created.status_code == 201, created.text
        holder = create_engine(database_url)
        try:
            with holder.connect() as connection, caplog.at_level(logging.WARNING, "screener.api"):
                connection.execute(text("LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE"))
                start = time.perf_counter()
                listed = api.client.get("/v1/jobs", headers={"X-Request-ID": "slow-1"})
                waited = time.perf_counter() - start
                health = api.client.get("/healthz")
                connection.rollback()
        finally:
            holder.dispose()
        after = api.client.get("/v1/jobs")
    assert (listed.status_code, listed.json()["code"]) == (503, "busy"), listed.text
    assert int(listed.headers["retry-after"]) >= 1
    assert listed.headers["x-request-id"] == "slow-1"
    assert waited < 5.0
    assert health.status_code == 200
    assert (after.status_code, after.json()["total"]) == (200, 1)
    lines = [r.getMessage() for r in caplog.records if "database busy" in r.getMessage()]
    assert lines == ["database busy (QueryCanceled) on GET /v1/jobs: answered 503 [request slow-1]"]
