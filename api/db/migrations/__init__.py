"""Alembic migrations of the API's storage (run with ``api.db.migrate.upgrade``)."""
