"""A degree requirement from a clause: the lowest level it names and the fields after it.

"BS/MS in CS or equivalent experience" is a bachelor's in computer science whose
alternative a degree test cannot weigh: the criterion is drafted as preferred, with a
note. "High school diploma or equivalent" names an equivalent credential, which the
secondary level already holds. "Bachelor's degree in computer science, machine learning,
mathematics, engineering, or related field" is a bachelor's in four fields with
``related: true``. Fields are read with the résumé reader's field finder
(``fields.yaml``); a field the taxonomy does not know is left out and noted. A form that
names its field (BSN, MBA) gives it; "Computer Science degree" gives the field written
before the form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from screener.drafting.degree_forms import DegreeMention
from screener.drafting.vocabulary import load_vocabulary
from screener.nlp.fields import field_finder
from screener.taxonomy import LEVEL_ORDER, DegreeLevelId

_PIECES = re.compile(
    r"\s*(?:,|;|/|\(|\)|\bor\b|\band\b|&|\bsuch as\b|\bincluding\b|\be\.g\.)\s*", re.I
)
_LEADING = re.compile(
    r"^(?:(?:a|an|the|any|one|other|in|of|degree|degrees|field|fields|discipline|area|"
    r"subject|major|technical|quantitative|relevant|related|similar|closely|"
    r"preferably|ideally|equivalent|from|accredited|an?\s+accredited)\b[\s.,:-]*)+",
    re.I,
)
_TRAILING = re.compile(
    r"[\s.,;:)\]-]*\b(?:field|fields|discipline|area|subject|major)s?\b\.?$", re.I
)
_FIELD_END = re.compile(
    r"\b(?:with|plus|required|preferred|is\s+required|is\s+preferred|from|at)\b|[;.!?]\s|\bwho\b",
    re.I,
)
_BEFORE_WORDS = 4


@dataclass(frozen=True, slots=True)
class DegreeRequirement:
    """What a clause asks of a degree, the end of its words, and what to tell the reader."""

    min_level: DegreeLevelId
    fields: tuple[str, ...]
    related: bool
    equivalent_experience: bool
    end: int
    notes: tuple[str, ...] = field(default=())

    def test(self) -> dict[str, object]:
        """The ``degree`` test of the rule language (defaults left out)."""
        test: dict[str, object] = {"min_level": self.min_level}
        if self.fields:
            test["fields"] = list(self.fields)
        if self.related and self.fields:
            test["related"] = True
        return test


def read_degree(clause: str, degrees: list[DegreeMention], limit: int) -> DegreeRequirement:
    """The requirement of ``clause`` whose degree forms are ``degrees`` (text order);
    its field words end before ``limit`` (where a years figure or a credential starts)."""
    level = min((d.level for d in degrees), key=LEVEL_ORDER.index)
    last = degrees[-1]
    segment_end = _segment_end(clause, last.end, limit)
    segment = clause[last.end : segment_end]
    vocabulary = load_vocabulary()
    equivalent = vocabulary.pattern("equivalent_experience").search(segment)
    if equivalent is not None:
        segment, segment_end = segment[: equivalent.start()], last.end + equivalent.start()
        if level == "secondary" and "experience" not in equivalent.group().casefold():
            equivalent = None  # "High school diploma or equivalent": a GED, no experience
    related = vocabulary.pattern("related_fields").search(segment) is not None
    fields, unknown = _fields(segment)
    named = [d.field for d in degrees if d.field]
    before = _field_before(clause, degrees[0].start)
    ordered = tuple(dict.fromkeys([*named, *([before] if before else []), *fields]))
    notes = tuple(f"“{words}” is no field of study in fields.yaml: left out" for words in unknown)
    return DegreeRequirement(
        min_level=level,
        fields=ordered,
        related=related,
        equivalent_experience=equivalent is not None,
        end=segment_end,
        notes=notes,
    )


def _segment_end(clause: str, start: int, limit: int) -> int:
    """Where the field words after a degree form end."""
    vocabulary = load_vocabulary()
    stops = [
        found.start()
        for pattern in (_FIELD_END, vocabulary.inline_preferred, vocabulary.inline_required)
        if (found := pattern.search(clause, start, limit)) is not None
    ]
    end = min(stops, default=limit)
    return len(clause[:end].rstrip(" ,;:-"))


def _fields(segment: str) -> tuple[list[str], list[str]]:
    """Field ids named in ``segment``, and the pieces that name none."""
    finder = field_finder()
    found: list[str] = []
    unknown: list[str] = []
    related = load_vocabulary().pattern("related_fields")
    for piece in _PIECES.split(segment):
        words = _TRAILING.sub("", _LEADING.sub("", piece.strip())).strip(" .-")
        if not words or related.fullmatch(words) or related.search(piece):
            continue
        field_id = finder.lookup(words) or finder.longest_within(words)
        if field_id is not None:
            found.append(field_id)
        elif len(words) > 2:
            unknown.append(words)
    return found, unknown


def _field_before(clause: str, start: int) -> str | None:
    """The field written right before a degree form ("Computer Science degree"): the
    longest run of up to ``_BEFORE_WORDS`` words ending there that names one."""
    words = clause[:start].split()[-_BEFORE_WORDS:]
    finder = field_finder()
    for first in range(len(words)):
        found = finder.lookup(" ".join(words[first:]).strip(" ,;:("))
        if found is not None:
            return found
    return None
