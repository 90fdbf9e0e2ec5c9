"""The API's settings, from the environment (``SCREENER_*``), e.g.
``SCREENER_DATABASE_URL=postgresql+psycopg://user@host/screener``."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from screener.ingest.limits import Limits


class ApiSettings(BaseSettings):
    """Configuration of one API server."""

    model_config = SettingsConfigDict(
        env_prefix="SCREENER_", env_nested_delimiter="__", extra="ignore"
    )

    database_url: str = Field(default="sqlite:///screener.db", description="SQLAlchemy URL.")
    limits: Limits = Field(default_factory=Limits, description="Limits for every upload.")
    workers: int | None = Field(default=None, ge=1, description="Parse workers (default: cores).")
    max_files_per_request: int = Field(default=50, ge=1, description="Files in one upload.")
    store_original: bool = Field(default=False, description="Keep uploaded files' bytes.")
    retention_days: int | None = Field(default=None, ge=1, description="Purge older applications.")
    migrate_on_start: bool = Field(default=True, description="Run migrations at start-up.")
