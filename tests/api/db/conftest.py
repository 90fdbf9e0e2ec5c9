"""A migrated database per test (on each backend), a session on it, and rule sets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from api.db.migrate import upgrade
from api.db.session import make_engine, make_session_factory
from screener.requirements.loading import LoadedRules, load_rules, parse_rules


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a freshly migrated database."""
    upgrade(database_url)
    created = make_engine(database_url)
    yield created
    created.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session; tests commit when they need to prove something is persisted."""
    factory = make_session_factory(engine)
    with factory() as opened:
        yield opened
        opened.rollback()


@pytest.fixture(scope="session")
def rules() -> LoadedRules:
    """The bundled ML-engineer rule set."""
    return load_rules("ml-engineer")


@pytest.fixture(scope="session")
def other_rules(rules: LoadedRules) -> LoadedRules:
    """The same rule set with another title: different canonical JSON, so another version."""
    data = rules.ruleset.model_dump(mode="json", by_alias=True)
    data["title"] = "Senior Machine Learning Engineer"
    return parse_rules(data, "inline")
