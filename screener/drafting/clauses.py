"""A posting's lines cut into clauses, and the kind each clause asks for.

A line is cut at semicolons, at in-line bullets and at the end of a sentence (a full stop
after a lowercase word or a number, before a capital: "… experience. Strong …", never
inside "B.S. Computer Science" or "e.g. Python"). A clause holding both a preferred and a
required cue is cut after the first cue ("Bachelor's degree required, Master's
preferred").

The kind: an in-line cue ("… preferred", "ideally", "… required", "must") overrides the
section; under a requirements or preferred heading the section decides; under duties, an
unnamed heading or in the introduction a clause is a requirement only when it is written
as a qualification ("Programming experience in Python and Java").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from screener.drafting.mentions import find_mentions, written_as_qualification
from screener.drafting.sections import Line, Section
from screener.drafting.vocabulary import load_vocabulary

CriterionKind = Literal["required", "preferred"]
KindSource = Literal["section", "inline", "promoted"]

_CUTS = re.compile(r";\s+|\s+[•●▪]\s+|(?<=[a-z0-9)”\"]{2}[.!?])\s+(?=[A-Z(“\"])")
_TRIM = " \t.,;:!"
_PROMOTING = frozenset({"duties", "unknown", "intro"})


@dataclass(frozen=True, slots=True)
class Clause:
    """One requirement-sized piece of a line: ``posting[start:end] == text``."""

    text: str
    start: int
    end: int
    section: Section


@dataclass(frozen=True, slots=True)
class ClauseKind:
    """What a clause asks for and what decided it (``None``: it asks for nothing)."""

    kind: CriterionKind | None
    source: KindSource | None


def line_clauses(section: Section, line: Line) -> Iterator[Clause]:
    """The clauses of one line, each trimmed of spaces and trailing punctuation."""
    for start, end in _pieces(line.text):
        for piece_start, piece_end in _split_mixed_cues(line.text, start, end):
            text = line.text[piece_start:piece_end]
            lead = len(text) - len(text.lstrip(_TRIM))
            body = text.strip(_TRIM)
            if len(body) > 1:
                at = line.start + piece_start + lead
                yield Clause(body, at, at + len(body), section)


def _pieces(text: str) -> list[tuple[int, int]]:
    pieces, start = [], 0
    for cut in _CUTS.finditer(text):
        pieces.append((start, cut.start()))
        start = cut.end()
    pieces.append((start, len(text)))
    return pieces


def _split_mixed_cues(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut after its first cue when it holds both a preferred and a
    required cue ("… required, … preferred"); else unchanged."""
    vocabulary = load_vocabulary()
    preferred = vocabulary.inline_preferred.search(text, start, end)
    required = vocabulary.inline_required.search(text, start, end)
    if preferred is None or required is None:
        return [(start, end)]
    first = min(preferred, required, key=lambda m: m.start())
    comma = re.compile(r"[,;]|\bbut\b|\band\b").search(text, first.end(), end)
    if comma is None:
        return [(start, end)]
    return [(start, comma.start()), (comma.end(), end)]


def clause_kind(clause: Clause) -> ClauseKind:
    """Whether the clause asks for a required or a preferred qualification, and why."""
    vocabulary = load_vocabulary()
    inline: CriterionKind | None = None
    if vocabulary.inline_preferred.search(clause.text):
        inline = "preferred"
    elif vocabulary.inline_required.search(clause.text):
        inline = "required"
    section = clause.section.kind
    if section in ("required", "preferred"):
        if inline is not None:
            return ClauseKind(inline, "inline")
        return ClauseKind("required" if section == "required" else "preferred", "section")
    if section not in _PROMOTING:
        return ClauseKind(None, None)
    if written_as_qualification(clause.text):
        return ClauseKind(inline or "required", "promoted")
    if inline is not None and find_mentions(clause.text).qualifying:
        return ClauseKind(inline, "inline")
    return ClauseKind(None, None)
