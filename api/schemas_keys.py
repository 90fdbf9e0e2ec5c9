"""Bodies of ``/v1/keys`` (separate from the storage model): never a key's hash, and its
plaintext only in the answer that created it."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from api.db.models import ApiKey, utcnow
from api.schemas_jobs import StoredText

Scope = Literal["read", "write", "admin"]


class _Schema(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class KeyIn(_Schema):
    """A new key of the organisation."""

    name: StoredText | None = Field(
        default=None, max_length=200, description="A label: where the key is used."
    )
    scope: Scope = Field(
        default="read",
        description="read: GET and the stateless screen/parse; write: also every change; "
        "admin: also the keys.",
    )
    expires_at: AwareDatetime | None = Field(
        default=None, description="When the key stops working (401 from then on)."
    )

    @field_validator("expires_at")
    @classmethod
    def _in_the_future(cls, value: datetime | None) -> datetime | None:
        if value is not None and value <= utcnow():
            raise ValueError("must be in the future")
        return value


class KeyOut(_Schema):
    """A key as it may be shown: its id and first characters, never the key."""

    id: str
    name: str | None
    prefix: str = Field(description="The key's first characters, to recognise it.")
    scope: Scope
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None = Field(description="To the minute.")
    revoked_at: datetime | None


class KeyCreated(KeyOut):
    """A new key with its secret: shown here once, never again."""

    key: str = Field(description="scr_…: send it as Authorization: Bearer <key>.")


class KeyList(_Schema):
    """The organisation's keys, oldest first (revoked ones too)."""

    items: list[KeyOut]


def key_out(row: ApiKey) -> KeyOut:
    """The public view of a key's row."""
    return KeyOut(
        id=row.id,
        name=row.name,
        prefix=row.prefix,
        scope=row.scope,
        created_at=row.created_at,
        expires_at=row.expires_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )
