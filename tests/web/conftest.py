"""One application for the web tests (SQLite, one parse worker), accounts in two
organisations, and a client that signs in; the PostgreSQL fixtures of ``tests/api``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import ApiSettings
from screener.cli.users import create_user_account
from screener.ingest.limits import MIB, Limits
from tests.api.conftest import database_url, postgresql_server

__all__ = ["database_url", "postgresql_server"]

PASSWORD = "correct horse battery"
SAMPLES = Path(__file__).resolve().parents[2] / "sample_resumes"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token of the first form of a page."""
    found = CSRF.search(html)
    assert found is not None, "the page has no form with a CSRF token"
    return found.group(1)


@dataclass
class Web:
    """A running application, its database URL, and a way to sign people in."""

    app: FastAPI
    url: str

    def user(self, org: str, email: str) -> str:
        """A new account (its organisation created if new)."""
        return create_user_account(self.url, org, email, PASSWORD)

    def client(self) -> TestClient:
        """A browser-like client with its own cookies, not signed in."""
        return TestClient(self.app, base_url="http://testserver")

    def signed_in(self, email: str) -> tuple[TestClient, str]:
        """A client signed in as ``email``, and its session's CSRF token."""
        client = self.client()
        form = client.get("/sign-in")
        answer = client.post(
            "/sign-in",
            data={"email": email, "password": PASSWORD, "csrf_token": csrf_of(form.text)},
            follow_redirects=False,
        )
        assert answer.status_code == 303, answer.text
        return client, csrf_of(client.get("/jobs").text)


@pytest.fixture(scope="session")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """The application with its lifespan running (migrated SQLite, warm worker)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'screener.db'}"
    settings = ApiSettings(
        database_url=url,
        workers=1,
        limits=Limits(timeout_s=10, max_bytes=2 * MIB),
        max_files_per_request=20,
    )
    app = create_app(settings)
    with TestClient(app):
        yield Web(app, url)


_counter = iter(range(1_000_000))


@pytest.fixture
def org() -> str:
    """A fresh organisation name per test."""
    return f"org-{next(_counter)}"


def new_job(client: TestClient, token: str, title: str = "ML engineer") -> str:
    """Create a job with the bundled ``ml-engineer`` rules; its page's path."""
    answer = client.post(
        "/jobs",
        data={"title": title, "rules": "ml-engineer", "csrf_token": token},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    return str(answer.headers["location"])
