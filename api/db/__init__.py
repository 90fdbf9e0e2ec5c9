"""The API's storage: SQLAlchemy models, sessions, Alembic migrations, repository functions."""
