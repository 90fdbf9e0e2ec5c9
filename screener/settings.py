"""Settings read from the environment (``SCREENER_*``), shared by the CLI and the API.

Limits nest under ``SCREENER_LIMITS__``: ``SCREENER_LIMITS__MAX_PAGES=10``.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from screener.ingest.limits import Limits


class Settings(BaseSettings):
    """Process-wide configuration; command-line flags override it."""

    model_config = SettingsConfigDict(
        env_prefix="SCREENER_", env_nested_delimiter="__", extra="ignore"
    )

    limits: Limits = Field(default_factory=Limits, description="Limits for reading files.")
    workers: int | None = Field(default=None, ge=1, description="Parse workers (default: cores).")


def load_settings() -> Settings:
    """Settings from the environment."""
    return Settings()
