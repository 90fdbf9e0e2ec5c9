"""Skills a posting names as examples of another skill, not as requirements of their own.

"Advanced Excel skills (pivot tables, lookups, Power Query)" asks for Excel; "cash
handling or customer service experience (retail, restaurant, banking all count)" for cash
handling or customer service; "about a year in a customer-facing job — support, a
restaurant, retail" for customer service. A skill followed, within ``MAX_WORDS_BEFORE``
words, by a bracket, a dash or a colon is the umbrella: the skills up to the closing
bracket (or the clause's end) are its examples, and only the umbrella is drafted. A bracket
naming the employer's tools or an accepted alternative ("(we use PostgreSQL)", "(R is fine
too)") holds no examples: :mod:`screener.drafting.skill_lists` reads those. Examples after
"such as" stay alternatives to the umbrella ("SIEM tools such as Splunk": SIEM or Splunk,
which is never stricter than the posting), and "including" is no cue: "project
management, including Agile and Waterfall" asks for each. Processes a designer must
understand ("Understanding of manufacturing processes: machining, casting, welding") are
knowledge, not the operator's skills the taxonomy's ids stand for: none is drafted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from screener.drafting.phrases import phrase_pattern
from screener.drafting.vocabulary import load_vocabulary

MAX_WORDS_BEFORE = 3
"""Words between the umbrella and its cue ("customer service experience (…)")."""
_CUES = re.compile(r"\(|\s[-–—]\s|:")


class _Named(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def umbrella_examples(clause: str, mentions: Sequence[_Named]) -> set[int]:
    """The indexes of ``mentions`` (in text order) that are examples of one before them,
    or of processes a designer must know (``process_knowledge``)."""
    known = phrase_pattern(load_vocabulary().process_knowledge).search(clause)
    examples = {i for i, m in enumerate(mentions) if known and m.start >= known.start()}
    for index, umbrella in enumerate(mentions):
        if index in examples:
            continue
        region = _examples_region(clause, umbrella.end)
        if region is None:
            continue
        start, end = region
        inside = {i for i, m in enumerate(mentions) if i > index and start <= m.start < end}
        examples |= inside
    return examples


def _examples_region(clause: str, after: int) -> tuple[int, int] | None:
    """Where the examples after an umbrella ending at ``after`` are, or ``None``."""
    cue = _CUES.search(clause, after)
    if cue is None or len(clause[after : cue.start()].split()) > MAX_WORDS_BEFORE:
        return None
    if re.search(r"[,;()]", clause[after : cue.start()]):
        return None  # the umbrella's own list goes on: "Python, SQL (…)"
    end = len(clause)
    if cue.group() == "(":
        close = clause.find(")", cue.end())
        end = close if close >= 0 else end
    vocabulary = load_vocabulary()
    region = clause[cue.end() : end]
    for name in ("stack_words", "accepted_alternatives"):
        if vocabulary.pattern(name).search(region):
            return None
    return cue.end(), end
