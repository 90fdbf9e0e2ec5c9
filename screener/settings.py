"""Settings read from the environment (``SCREENER_*``), shared by the CLI and the API.

Limits nest under ``SCREENER_LIMITS__``: ``SCREENER_LIMITS__MAX_PAGES=10``. The PDF engine
is ``SCREENER_PDF_ENGINE=pdfminer|pdfium`` (it overrides ``SCREENER_LIMITS__PDF_ENGINE``).
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from screener.ingest.limits import Limits, PdfEngine


class Settings(BaseSettings):
    """Process-wide configuration; command-line flags override it."""

    model_config = SettingsConfigDict(
        env_prefix="SCREENER_", env_nested_delimiter="__", extra="ignore"
    )

    limits: Limits = Field(default_factory=Limits, description="Limits for reading files.")
    workers: int | None = Field(default=None, ge=1, description="Parse workers (default: cores).")
    dask_scheduler: str | None = Field(
        default=None,
        description="Address of a Dask scheduler (tcp://HOST:PORT) that `screener score` "
        "sends its work to.",
    )
    pdf_engine: PdfEngine | None = Field(
        default=None,
        description="The library that reads PDF text, pdfminer or pdfium (default: the limits').",
    )

    def read_limits(self) -> Limits:
        """The limits, with ``pdf_engine`` laid over them when it is set."""
        if self.pdf_engine is None:
            return self.limits
        return self.limits.model_copy(update={"pdf_engine": self.pdf_engine})


def load_settings() -> Settings:
    """Settings from the environment."""
    return Settings()
