"""The API's storage: SQLAlchemy models, sessions, Alembic migrations, repository functions."""

# Every table on the declarative Base is registered whenever the storage is used: the
# history tables of issue 14 live in their own module.
from api.db import models_history as models_history
