"""Engines and sessions: SQLite (the embedded default) or PostgreSQL (``postgresql+psycopg``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

DEFAULT_URL = "sqlite:///screener.db"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 (the only driver installed)."""
    for scheme in ("postgres://", "postgresql://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme) :]
    return url


def make_engine(
    url: str,
    *,
    pool_size: int = 5,
    max_overflow: int = 10,
    pool_timeout_s: float = 30.0,
    busy_timeout_ms: int = 5000,
    lock_timeout_ms: int | None = None,
    statement_timeout_ms: int | None = None,
) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys on, WAL, ``secure_delete`` and a
    busy timeout; PostgreSQL a sized pool and, if given, a lock timeout and a statement
    timeout (set per connection at connect time: a statement over it is cancelled with
    SQLSTATE 57014, which ``api.db.busy`` calls busy).

    Statement parameters never reach logs or error messages (``hide_parameters``): they
    hold résumé text.
    """
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        timeouts = {"lock_timeout": lock_timeout_ms, "statement_timeout": statement_timeout_ms}
        given = [f"-c {name}={int(ms)}" for name, ms in timeouts.items() if ms is not None]
        connect_args: dict[str, Any] = {"options": " ".join(given)} if given else {}
        return create_engine(
            url,
            pool_pre_ping=True,
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_timeout=pool_timeout_s,
            hide_parameters=True,
            connect_args=connect_args,
        )
    memory = parsed.database in (None, "", ":memory:")
    options: dict[str, Any] = {
        "connect_args": {"check_same_thread": False},
        "hide_parameters": True,
    }
    if memory:
        options["poolclass"] = StaticPool  # one shared connection, else each sees no tables
    else:
        options.update(pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout_s)
    engine = create_engine(url, **options)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA secure_delete=ON")  # erased text is overwritten, not left
            if not memory:
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    return engine


def checkpoint_wal(factory: sessionmaker[Session]) -> None:
    """After an erasure, copy SQLite's WAL into the database and empty it, so the erased
    text (zeroed there by ``secure_delete``) leaves no copy in the ``-wal`` file. A no-op
    on PostgreSQL; on a busy SQLite database the checkpoint is partial and the next one
    finishes it."""
    with factory() as session:
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; objects stay readable after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits when the block ends, rolls back on an exception, then closes."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
