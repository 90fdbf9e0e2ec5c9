"""Which database errors are "busy, retry" (503) and which are bugs (500), on real errors."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from api.db.busy import database_busy
from api.db.session import make_engine


def test_a_locked_sqlite_database_and_a_pool_timeout_are_busy(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    engine = make_engine(f"sqlite:///{path}", busy_timeout_ms=50, pool_size=1, max_overflow=0,
                         pool_timeout_s=0.05)  # fmt: skip
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(OperationalError) as locked, engine.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert database_busy(locked.value)
    with engine.connect(), pytest.raises(PoolTimeout) as timeout, engine.connect():
        pass  # the pool's one connection is taken
    assert database_busy(timeout.value)
    with pytest.raises(OperationalError) as missing, engine.connect() as connection:
        connection.execute(text("SELECT * FROM no_such_table"))
    assert not database_busy(missing.value)
    engine.dispose()


def test_statement_parameters_never_reach_the_error_message(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with pytest.raises(OperationalError) as error, engine.connect() as connection:
        connection.execute(text("INSERT INTO nowhere VALUES (:cv)"), {"cv": "Jane Doe, CV"})
    assert "Jane Doe" not in str(error.value)
    engine.dispose()


def test_a_statement_over_the_postgresql_timeout_is_busy(postgresql_server: str) -> None:
    engine = make_engine(postgresql_server, statement_timeout_ms=200, lock_timeout_ms=5000)
    try:
        with engine.connect() as connection:  # set on every connection of the pool
            assert connection.execute(text("SHOW statement_timeout")).scalar() == "200ms"
            assert connection.execute(text("SHOW lock_timeout")).scalar() == "5s"
        start = time.perf_counter()
        with pytest.raises(OperationalError) as cancelled, engine.connect() as connection:
            connection.execute(text("SELECT pg_sleep(:seconds)"), {"seconds": 5})
        assert time.perf_counter() - start < 2.5  # cancelled, not slept through
        assert getattr(cancelled.value.orig, "sqlstate", None) == "57014"  # query_canceled
        assert database_busy(cancelled.value)
    finally:
        engine.dispose()
