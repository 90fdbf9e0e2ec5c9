"""Helpers of the drafting tests: one clause read under a heading of some kind."""

from __future__ import annotations

from screener.drafting.clauses import Clause
from screener.drafting.readings import ClauseReading, read_clause
from screener.drafting.sections import Kind, Line, Section

Drafted = tuple[str, str, object]
"""``(kind, test key, test)`` of one drafted criterion."""


def section(kind: Kind = "required", heading: str = "Requirements") -> Section:
    """A section of ``kind`` with no lines (clauses name it themselves)."""
    return Section(kind, Line(0, len(heading), heading, False), ())


def reading(phrase: str, kind: Kind = "required") -> ClauseReading:
    """How one phrase reads as a clause under a heading of ``kind``."""
    return read_clause(Clause(phrase, 0, len(phrase), section(kind)))


def drafted(phrase: str, kind: Kind = "required") -> list[Drafted]:
    """The criteria one phrase drafts under a heading of ``kind``."""
    return [(c.kind, c.key, c.test) for c in reading(phrase, kind).criteria]
