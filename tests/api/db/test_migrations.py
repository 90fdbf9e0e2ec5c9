"""The migrations create exactly the models' tables, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from api.db.migrate import downgrade, upgrade
from api.db.models import Base
from api.db.session import make_engine

TABLES = {
    "organisations",
    "api_keys",
    "jobs",
    "rule_sets",
    "applications",
    "idempotency_keys",
    "users",
    "web_sessions",
    "webhook_endpoints",
    "webhook_deliveries",
    "webhook_attempts",
    # 0005: history, decisions, the decision log, audit settings
    "screenings",
    "decisions",
    "audit_events",
    "audit_settings",
    "application_demographics",
}


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_creates_every_table_and_twice_is_a_no_op(database_url: str) -> None:
    upgrade(database_url)
    assert _tables(database_url) == TABLES
    upgrade(database_url)
    assert _tables(database_url) == TABLES


def test_migration_matches_the_models(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_downgrade_removes_everything(database_url: str) -> None:
    upgrade(database_url)
    downgrade(database_url)
    assert _tables(database_url) == set()
    upgrade(database_url)
    assert _tables(database_url) == TABLES


def test_key_columns_and_indexes(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        inspector = inspect(engine)
        indexes = {index["name"] for index in inspector.get_indexes("applications")}
        assert "ix_applications_job_id_verdict_score" in indexes
        assert inspector.get_pk_constraint("idempotency_keys")["constrained_columns"] == [
            "org_id",
            "key",
        ]
        columns = {column["name"] for column in inspector.get_columns("api_keys")}
        assert "key_hash" in columns
        assert not {"key", "secret", "plaintext"} & columns
        uniques = inspector.get_unique_constraints("rule_sets")
        assert any(set(u["column_names"]) == {"job_id", "sha256"} for u in uniques)
    finally:
        engine.dispose()
