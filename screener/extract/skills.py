"""Skills of a Profile, from the ``screener_skills`` mentions of a Doc.

Rules:

* One :class:`~screener.models.profile.Skill` per skill id found, sorted by id: a skill
  written 1,000 times is still one Skill. Its evidence is its mentions in text order,
  capped at :data:`MAX_EVIDENCE` (the first ones).
* Implied skills (``implies`` in ``skills.yaml``, transitively) are added when not found
  themselves: ``implied_by`` lists the found skills implying them (sorted) and their
  evidence is those skills' mentions (text order, same cap). A skill found directly
  keeps its own evidence and also lists the found skills implying it in ``implied_by``.
* ``months``: each dated position owns a *block* of text, from its evidence line to the
  next position's evidence line (positions ordered by evidence start) or the end of the
  section holding it, whichever comes first. A skill's months are the merged months of
  the positions whose block holds one of its mentions — for an implied skill, a mention
  of a skill implying it; a directly found skill also counts those. ``None`` when no
  mention sits in a dated position's block. An ongoing position covers ``months``
  months from its start (its ``months`` is computed as of the as-of date).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc

from screener.extract.evidence import quote
from screener.extract.intervals import Interval, months_in
from screener.models.profile import Evidence, Position, Skill
from screener.months import YearMonth
from screener.nlp.annotations import sections_of, text_of
from screener.nlp.sections import Section, find_sections
from screener.nlp.skills import skill_spans
from screener.provenance import register_extractor
from screener.taxonomy import load_skills

# 4: "the Java platform team"; 5: recruited lists, team clauses, "our X contractors"
EXTRACTOR = register_extractor("skills", "6")
MAX_EVIDENCE = 5
"""Quotes kept per skill (the first ones in text order)."""


def extract_skills(
    doc: Doc, positions: Sequence[Position], page_at: Callable[[int], int]
) -> tuple[Skill, ...]:
    """One Skill per skill found or implied, sorted by id (see the module docstring)."""
    text = text_of(doc)
    sections = _sections(doc)
    mentions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for span in skill_spans(doc):
        mentions[span.label_].append((span.start_char, span.end_char))
    if not mentions:
        return ()
    blocks = _blocks(positions, sections, len(text))

    quotes: dict[tuple[int, int], Evidence] = {}  # an implied skill quotes its implier's

    def evidence(spans: list[tuple[int, int]]) -> tuple[Evidence, ...]:
        ordered = sorted(set(spans))[:MAX_EVIDENCE]
        for start, end in ordered:
            if (start, end) not in quotes:
                quotes[(start, end)] = quote(
                    text, start, end, page_at=page_at, sections=sections, extractor=EXTRACTOR
                )
        return tuple(quotes[span] for span in ordered)

    def months(spans: list[tuple[int, int]]) -> int | None:
        intervals = [
            interval
            for block_start, block_end, interval in blocks
            if any(block_start <= start < block_end for start, _ in spans)
        ]
        return months_in(intervals) if intervals else None

    found = sorted(mentions)
    implied, names = _index()
    implies = {skill_id: implied[skill_id] for skill_id in found}
    skills: list[Skill] = []
    for skill_id in sorted(set(found).union(*implies.values())):
        implying = [f for f in found if skill_id in implies[f]]
        implying_spans = [span for f in implying for span in mentions[f]]
        own = mentions.get(skill_id, [])
        skills.append(
            Skill(
                id=skill_id,
                name=names.get(skill_id, skill_id),
                months=months(own + implying_spans),
                mentioned=bool(own),
                implied_by=tuple(implying),
                evidence=evidence(own or implying_spans),
            )
        )
    return tuple(skills)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Each skill's implied ids and its name, as plain dicts (the taxonomy keeps them as
    private attributes, slow to reach through pydantic on every skill of every résumé)."""
    taxonomy = load_skills()
    implied = {skill.id: taxonomy.implied(skill.id) for skill in taxonomy.skills}
    return implied, {skill.id: skill.name for skill in taxonomy.skills}


def _sections(doc: Doc) -> list[Section]:
    try:
        return sections_of(doc)
    except KeyError:  # the layout component did not run
        return find_sections(text_of(doc))


def _blocks(
    positions: Sequence[Position], sections: Sequence[Section], text_end: int
) -> list[tuple[int, int, Interval]]:
    """``(start, end, interval)`` of the text block each dated position owns."""
    ordered = sorted(positions, key=lambda position: position.evidence[0].start)
    starts = [position.evidence[0].start for position in ordered]
    blocks: list[tuple[int, int, Interval]] = []
    for position, start in zip(ordered, starts, strict=True):
        interval = _interval(position)
        if interval is None:
            continue
        end = next((s for s in starts if s > start), text_end)
        section_end = next((s.end for s in sections if s.start <= start < s.end), text_end)
        blocks.append((start, min(end, section_end), interval))
    return blocks


def _interval(position: Position) -> Interval | None:
    first = _month(position.start)
    if position.end is not None:
        return first, _month(position.end)
    if position.months <= 0:
        return None
    return first, YearMonth.from_index(first.index() + position.months - 1)


def _month(value: str) -> YearMonth:
    year, month = value.split("-")
    return YearMonth(int(year), int(month))
