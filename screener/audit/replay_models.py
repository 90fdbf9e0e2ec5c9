"""What ``screener reproduce --format json`` writes: one replay per file, and the totals."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

ReplayStatus = Literal["identical", "different", "unreadable"]
MAX_DIFFERENCES = 50
"""Differences listed per file at most (``difference_count`` has them all)."""


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FieldDifference(_Out):
    """A field whose replayed value is not the recorded one."""

    path: str = Field(description="Dotted path in the Screening: 'outcomes.1.status'.")
    recorded: Any = Field(default=None, description="Null when not shown or absent.")
    replayed: Any = Field(default=None, description="Null when not shown or absent.")
    shown: bool = Field(description="False for values quoting the résumé (reason, text).")


class RulesReplayed(_Out):
    """The rule set a file was replayed with, and whether it is the recorded one."""

    id: str
    version: int
    sha256: str
    recorded_sha256: str
    source: str = Field(description="The bundled rule file or the --rules file.")


class Replay(_Out):
    """One file screened again with the rules and as-of month its result records."""

    file: str = Field(description="The file as given.")
    sha256: str = Field(description="SHA-256 of the file's bytes.")
    result_line: int = Field(description="The line (or array position) of its result.")
    status: ReplayStatus
    as_of: str
    engine_recorded: str
    engine: str
    rules: RulesReplayed
    first_difference: str | None = Field(description="Path of the first differing field.")
    difference_count: int = Field(ge=0)
    differences: list[FieldDifference] = Field(default_factory=list)
    error: dict[str, str] | None = Field(
        default=None, description="{code, message} when the file could not be read again."
    )


class ReproduceReport(_Out):
    """Every file's replay, and how many came out each way."""

    identical: int
    different: int
    unreadable: int
    replays: list[Replay]

    def to_json(self) -> str:
        """Indented JSON."""
        return self.model_dump_json(indent=2) + "\n"
