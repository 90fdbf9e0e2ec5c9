"""Skills a posting names in its own words rather than by a taxonomy name or alias.

Two kinds, both from ``posting_words.yaml``:

* **Phrases** (``skill_phrases``): how postings paraphrase a skill — "can explain a
  confidence interval to a product manager" is communication, "able to multitask and
  prioritize" time management, "closing B2B deals" sales. A phrase is in the word syntax of
  the vocabulary, and ``…`` in it stands for up to ``GAP_WORDS`` other words ("explain …
  to").
* **Roles** (``role_nouns``): the trade written as the role held — "4 years as a data
  engineer", "in a data analyst or similar role". The role's noun is turned into its
  activity ("engineer" → "engineering") and the words read by the résumé skill matcher:
  "data engineering" is ``data-engineering``.

Each is found where no taxonomy name stands, or over a shorter one it holds
(:func:`screener.drafting.mentions.find_mentions` decides).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from screener.drafting.vocabulary import load_vocabulary
from screener.nlp.pipeline import analyse
from screener.nlp.skills import skill_spans
from screener.taxonomy.words import words_alternation

GAP_WORDS = 6
"""How many words ``…`` in a phrase stands for, at most."""
_GAP = rf"[,;]?(?:\s+\S+){{0,{GAP_WORDS}}}?\s+"
_ROLE_WORDS = 3
"""Words before a role's noun read with it ("as a senior data engineer")."""


@dataclass(frozen=True, slots=True)
class PhraseMention:
    """A skill written in the posting's own words: ``clause[start:end]`` means ``id``."""

    start: int
    end: int
    id: str


def phrase_mentions(clause: str) -> list[PhraseMention]:
    """The skills ``clause`` names by a phrase or a role, in text order."""
    found = [
        PhraseMention(match.start(), match.end(), skill)
        for skill, pattern in _phrase_patterns()
        for match in pattern.finditer(clause)
    ]
    found += _role_mentions(clause)
    return sorted(found, key=lambda m: (m.start, m.end, m.id))


def _role_mentions(clause: str) -> list[PhraseMention]:
    found: list[PhraseMention] = []
    for match in _role_pattern().finditer(clause):
        activity = load_vocabulary().role_nouns[match.group("noun").casefold()]
        words = f"{match.group('words')}{activity}"
        ids = _skill_ids(words)
        if len(ids) == 1:
            found.append(PhraseMention(match.start("words"), match.end("noun"), ids[0]))
    return found


@lru_cache(maxsize=1024)
def _skill_ids(words: str) -> tuple[str, ...]:
    """The skill ids the résumé matcher finds in ``words`` read as a skills line."""
    doc = analyse("SKILLS\n" + words)
    return tuple(dict.fromkeys(span.label_ for span in skill_spans(doc)))


def phrase_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive regex of ``words`` in the phrase syntax (``…``: a few words)."""
    parts = [_GAP.join(_part(p) for p in phrase.split("…")) for phrase in words]
    joined = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{joined})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _phrase_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((p.skill, phrase_pattern(p.words)) for p in load_vocabulary().skill_phrases)


def _part(words: str) -> str:
    return words_alternation({"en": (words.strip(),)})


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, load_vocabulary().role_nouns), key=len, reverse=True))
    return re.compile(
        rf"\b(?:as|in)\s+(?:an?\s+)?(?P<words>(?:[\w-]+\s+){{0,{_ROLE_WORDS}}}?)"
        rf"(?P<noun>{nouns})s?\b",
        re.IGNORECASE,
    )
