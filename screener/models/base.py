"""The base of every shared model: frozen, and strict about unknown fields."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Immutable and ``extra="forbid"``: what a stage hands on cannot be changed later."""

    model_config = ConfigDict(frozen=True, extra="forbid")
