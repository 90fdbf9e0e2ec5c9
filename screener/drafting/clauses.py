"""A posting's lines cut into clauses, and the kind each clause asks for.

A line is cut at semicolons (not before "or": "…; OR an associate degree plus two
years" is an alternative path of the same clause), at in-line bullets and at the end of a
sentence (a full stop after a lowercase word, a number or a capitalised acronym of three
letters, before a capital: "… experience. Strong …", "… modern CSS. We …", never inside
"B.S. Computer Science" or "e.g. Python"), except before a sentence naming the employer's tools ("…
warehouse. We use BigQuery; Snowflake is just as welcome" stays one clause). A clause
holding both a preferred and a required cue is cut after the first cue ("Bachelor's
degree required, Master's preferred"); a preferred tail after a comma, a dash or a bracket
is cut off ("4 years of HR experience, preferably in manufacturing": the years are
required, the tail preferred), and so is a short preferred item after a comma ("4 years of
plumbing experience, commercial preferred"), or in brackets ("Bachelor of Science in
agronomy (Master's preferred)").

A clause the posting says is not required ("No degree required", "great but not something
we require") asks for nothing. The kind: an in-line cue ("… preferred", "ideally", "…
required", "must") overrides the section; under a requirements or preferred heading the
section decides; under duties, an unnamed heading or in the introduction a clause is a
requirement only when it is written as a qualification ("Programming experience in Python
and Java"), or when it goes on a bullet whose earlier clause is ("- 2 yrs min. MIG and TIG
welding").
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
KindSource = Literal["section", "inline", "promoted", "negated"]

_CUTS = re.compile(
    r";\s+(?![Oo][Rr]\b)|\s+[•●▪]\s+|(?:(?<=[a-z0-9)”\"]{2}[.!?])|(?<=[A-Z]{3}[.!?])|(?<=\w\)[.!?]))"
    r"\s+(?=[A-Z(“\"])"
)
_TRIM = " \t.,;:!"
_PROMOTING = frozenset({"duties", "unknown", "intro"})
_SHORT_ITEM_WORDS = 3
"""A preferred item after a comma of at most this many words is cut off its clause."""


@dataclass(frozen=True, slots=True)
class Clause:
    """One requirement-sized piece of a line: ``posting[start:end] == text``."""

    text: str
    start: int
    end: int
    section: Section
    continues: bool = False
    """The clause goes on a bullet whose earlier clause is written as a qualification
    ("- 2 yrs min. MIG and TIG welding": the second clause is part of the requirement)."""


@dataclass(frozen=True, slots=True)
class ClauseKind:
    """What a clause asks for and what decided it (``None``: it asks for nothing)."""

    kind: CriterionKind | None
    source: KindSource | None


def line_clauses(section: Section, line: Line) -> Iterator[Clause]:
    """The clauses of one line, each trimmed of spaces and trailing punctuation."""
    promoted = False
    for piece_start, piece_end in _split(line.text):
        text = line.text[piece_start:piece_end]
        lead = len(text) - len(text.lstrip(_TRIM))
        body = text.strip(_TRIM)
        if len(body) > 1:
            at = line.start + piece_start + lead
            clause = Clause(body, at, at + len(body), section, continues=promoted)
            yield clause
            if line.bullet and section.kind in _PROMOTING:
                promoted = promoted or clause_kind(clause).source == "promoted"


def _split(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s clauses: its pieces, cut between mixed cues and before a
    preferred tail."""
    return [
        tail
        for start, end in _pieces(text)
        for mixed in _split_mixed_cues(text, start, end)
        for tail in _split_preferred_tail(text, *mixed)
    ]


def _split_preferred_tail(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut before a preferred tail after a comma, dash or bracket ("3+
    years of accounting, ideally at an audit firm"); else unchanged."""
    tails = load_vocabulary().pattern("preferred_tails")
    for cue in tails.finditer(text, start, end):
        head = text[start : cue.start()].rstrip()
        if head and head[-1] in ",(–—-" and text[cue.end() : end].strip(_TRIM + ")"):
            return [(start, start + len(head) - 1), (cue.start(), end)]
    return _split_short_preferred(text, start, end)


def _split_short_preferred(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut before a short preferred item after a comma ("4 years of
    plumbing experience, commercial preferred"); else unchanged."""
    vocabulary = load_vocabulary()
    for cue in vocabulary.inline_preferred.finditer(text, start, end):
        comma = max(text.rfind(",", start, cue.start()), text.rfind("(", start, cue.start()))
        item = text[comma + 1 : cue.start()].split() if comma >= 0 else []
        head = text[start:comma] if comma >= 0 else ""
        unpreferred = vocabulary.inline_preferred.search(head) is None
        if 0 < len(item) <= _SHORT_ITEM_WORDS and head.strip(_TRIM) and unpreferred:
            return [(start, comma), (comma + 1, end)]
    return [(start, end)]


def _pieces(text: str) -> list[tuple[int, int]]:
    pieces, start = [], 0
    for cut in _CUTS.finditer(text):
        pieces.append((start, cut.start()))
        start = cut.end()
    pieces.append((start, len(text)))
    return _with_stack_notes(text, pieces)


def _with_stack_notes(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces where one that names the employer's tools ("We use BigQuery") or accepts
    another ("Snowflake is just as welcome") is joined to the requirement before it, and
    one of years that may stand in for a degree to the degree before it."""
    vocabulary = load_vocabulary()
    stack, accepted = vocabulary.pattern("stack_words"), vocabulary.pattern("accepted_alternatives")
    substitutes = vocabulary.pattern("degree_substitutes")
    joined: list[tuple[int, int]] = []
    for start, end in pieces:
        piece = text[start:end]
        follows = stack.match(piece) is not None or accepted.search(piece) is not None
        in_lieu = substitutes.search(piece) is not None and _names_a_degree(text, joined[-1:])
        if joined and (in_lieu or (follows and not _names_nothing(text[slice(*joined[-1])]))):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _names_a_degree(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Whether the (last) piece names a degree."""
    return any(find_mentions(text[start:end]).degrees for start, end in pieces)


def _names_nothing(text: str) -> bool:
    return not find_mentions(text, as_skills_section=True).skills


def _split_mixed_cues(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut after its first cue when it holds both a preferred and a
    required cue ("… required, … preferred"); else unchanged."""
    vocabulary = load_vocabulary()
    preferred = vocabulary.inline_preferred.search(text, start, end)
    required = vocabulary.inline_required.search(text, start, end)
    if preferred is None or required is None:
        return [(start, end)]
    first = min(preferred, required, key=lambda m: m.start())
    comma = re.compile(r"[,;(]|\bbut\b|\band\b").search(text, first.end(), end)
    if comma is None:
        return [(start, end)]
    return [(start, comma.start()), (comma.end() if comma.group() != "(" else comma.start(), end)]


def clause_kind(clause: Clause) -> ClauseKind:
    """Whether the clause asks for a required or a preferred qualification, and why."""
    vocabulary = load_vocabulary()
    inline: CriterionKind | None = None
    preferred = vocabulary.inline_preferred.search(clause.text)
    if not preferred and vocabulary.pattern("not_required").search(clause.text):
        return ClauseKind(None, "negated")
    if preferred:
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
    if clause.continues and find_mentions(clause.text, as_skills_section=True).qualifying:
        return ClauseKind(inline or "required", "promoted")
    if inline is not None and find_mentions(clause.text).qualifying:
        return ClauseKind(inline, "inline")
    return ClauseKind(None, None)
