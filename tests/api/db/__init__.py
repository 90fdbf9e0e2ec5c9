"""Tests of the API storage: migrations and repository, on SQLite and PostgreSQL."""
