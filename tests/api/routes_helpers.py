"""Starting a live API server with an API key, shared by the route tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from api.db.migrate import upgrade
from api.db.repository import create_api_key
from api.db.session import make_engine, make_session_factory, session_scope
from api.settings import ApiSettings
from screener.ingest.limits import MIB, Limits
from tests.api.live import live_server


@dataclass(frozen=True)
class Api:
    """A running server and a client for one organisation."""

    base: str
    key: str
    client: httpx.Client

    def auth(self, key: str | None = None) -> dict[str, str]:
        """Authorization header for ``key`` (default: this organisation's)."""
        return {"Authorization": f"Bearer {key or self.key}"}


def new_key(database_url: str, org: str) -> str:
    """A fresh API key for ``org`` in the database."""
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            return create_api_key(session, org)
    finally:
        engine.dispose()


@contextmanager
def running_api(database_url: str, **overrides: object) -> Iterator[Api]:
    """A live server on ``database_url`` with short limits, and a keyed client;
    ``overrides`` replace any setting (``workers=1``, ``queue_per_worker=1``, …)."""
    defaults: dict[str, object] = {
        "workers": 2,
        "limits": Limits(timeout_s=3, max_bytes=2 * MIB),
        "max_files_per_request": 10,
    }
    settings = ApiSettings(database_url=database_url, **{**defaults, **overrides})  # type: ignore[arg-type]
    key = new_key(database_url, "acme")
    with live_server(settings) as base, httpx.Client(base_url=base, timeout=30) as client:
        client.headers["Authorization"] = f"Bearer {key}"
        yield Api(base=base, key=key, client=client)
