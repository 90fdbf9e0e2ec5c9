"""Which database errors mean "busy, try again" (503) rather than a bug (500)."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

BUSY_DETAIL = "The database is busy; retry after the time in Retry-After."
# PostgreSQL: lock_timeout, statement_timeout/cancel, deadlock, too many connections.
_BUSY_SQLSTATES = {"55P03", "57014", "40P01", "53300"}
_SQLITE_BUSY = ("database is locked", "database table is locked", "database is busy")


def database_busy(error: BaseException) -> bool:
    """True for a pool timeout, SQLite's "database is locked" or a PostgreSQL lock or
    statement timeout: the request may succeed if retried."""
    if isinstance(error, PoolTimeout):
        return True
    if not isinstance(error, OperationalError):
        return False
    original = error.orig
    if getattr(original, "sqlstate", None) in _BUSY_SQLSTATES:
        return True
    message = str(original).lower()
    return any(text in message for text in _SQLITE_BUSY)
