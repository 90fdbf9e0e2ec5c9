"""The API's settings, from the environment (``SCREENER_*``), e.g.
``SCREENER_DATABASE_URL=postgresql+psycopg://user@host/screener``."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from screener.ingest.limits import MIB, Limits


class ApiSettings(BaseSettings):
    """Configuration of one API server."""

    model_config = SettingsConfigDict(
        env_prefix="SCREENER_", env_nested_delimiter="__", extra="ignore"
    )

    database_url: str = Field(default="sqlite:///screener.db", description="SQLAlchemy URL.")
    limits: Limits = Field(default_factory=Limits, description="Limits for every upload.")
    workers: int | None = Field(default=None, ge=1, description="Parse workers (default: cores).")
    max_files_per_request: int = Field(default=50, ge=1, description="Files in one upload.")
    max_json_bytes: int = Field(
        default=MIB, ge=1024, description="Largest body of a JSON route (bytes)."
    )
    queue_per_worker: int = Field(
        default=4, ge=1, description="Requests admitted per parse worker before 503 busy."
    )
    max_queued_per_org: int | None = Field(
        default=None,
        ge=1,
        description="Requests one organisation may have admitted (default: half the queue).",
    )
    retry_after_s: int = Field(default=1, ge=1, description="Retry-After of a 503/429 busy.")
    rate_limit: str | None = Field(
        default="6000/minute",
        pattern=r"^(|\d+\s*(/|per)\s*\d*\s*(second|minute|hour|day)s?)$",
        description="Requests one API key may make ('6000/minute'; empty: no limit).",
    )
    pool_size: int | None = Field(
        default=None, ge=1, description="PostgreSQL connections kept (default: workers + 4)."
    )
    pool_overflow: int = Field(default=8, ge=0, description="PostgreSQL connections over it.")
    pool_timeout_s: float = Field(
        default=5.0, gt=0, description="Wait for a connection before 503 busy."
    )
    lock_timeout_ms: int = Field(
        default=5000,
        ge=1,
        description="Wait on a lock (SQLite busy_timeout, PostgreSQL lock_timeout) before 503.",
    )
    statement_timeout_ms: int = Field(
        default=30_000,
        ge=0,
        description="PostgreSQL statement_timeout: a longer statement is cancelled, 503 busy "
        "(0: no limit; SQLite has none).",
    )
    store_original: bool = Field(default=False, description="Keep uploaded files' bytes.")
    retention_days: int | None = Field(default=None, ge=1, description="Purge older applications.")
    migrate_on_start: bool = Field(default=True, description="Run migrations at start-up.")
    webhooks_allow_private_networks: bool = Field(
        default=False,
        description="Let webhooks go to loopback, private, link-local and other non-public "
        "addresses (development and tests only: refused by default against SSRF).",
    )
    webhooks_timeout_s: float = Field(
        default=10.0, gt=0, le=120, description="Time one webhook attempt may take."
    )
    webhooks_backoff_base_s: float = Field(
        default=15.0,
        gt=0,
        description="Wait before a webhook's first retry; each next wait is 4 times longer "
        "(at most 6 h), with jitter.",
    )
    webhooks_max_attempts: int = Field(
        default=10, ge=1, le=50, description="Attempts per webhook delivery (10: about 24 h)."
    )
    webhooks_disable_after: int = Field(
        default=5,
        ge=1,
        description="Deliveries in a row that fail every attempt before an endpoint is disabled.",
    )
    webhooks_poll_s: float = Field(
        default=1.0, gt=0, le=60, description="How often the delivery loop looks for due webhooks."
    )
    server_id: str | None = Field(
        default=None,
        max_length=100,
        description="This server's name in the claims it makes on shared work (default: "
        "host, process id and a random part; unique per process).",
    )
    claim_lease_s: float = Field(
        default=120.0,
        gt=0,
        description="How long a server holds pending applications or webhook deliveries it "
        "claimed; another server takes them over once the lease has expired.",
    )
    background_poll_s: float = Field(
        default=5.0,
        gt=0,
        le=300,
        description="How often the background loop looks for pending applications (an "
        "upload to this server wakes it at once; other servers find the work by polling).",
    )
