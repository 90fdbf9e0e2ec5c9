"""Skill mentions that are someone else's skill, not the candidate's (the words are in
``screener/taxonomy/skill_context.yaml``): the skills component drops them.

* **Recruited**: a recruiting word (recruit, hire, source, staff, …) before the mention
  and a role noun (engineers, developers, candidates, …) after it within
  :data:`ROLE_WINDOW` tokens, the list's other mentions and its commas and "and"s not
  counted, over the line break of a wrapped sentence: "hire 85 Python, Java and Go" /
  "engineers". Or a possessive before the list and a role noun after it: "built by our
  Java contractors".
* **Another team's**: "services owned by the Java team", "the Java team's APIs", "the
  teams of data science", and a relative clause about a team: "the data-science team,
  who build their models in Python", "el equipo de TI, que mantiene los sistemas en Java".
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from screener.taxonomy.loader import load_skill_context
from screener.taxonomy.skill_context import SkillContext

ROLE_WINDOW = 4
"""Tokens after a mention searched for a role noun."""
WINDOW = 6
"""Tokens before a mention (in its clause) searched for a recruiting word."""
CLAUSE_WINDOW = 14
"""Tokens before a mention searched for a team's relative clause."""

_CONTEXT = load_skill_context()
_RECRUITING = SkillContext.matcher(_CONTEXT.recruiting_words)
_ROLE_NOUN = SkillContext.matcher(_CONTEXT.role_nouns)
_TEAM_NOUN = SkillContext.matcher(_CONTEXT.team_nouns)
_TEAM_PREPOSITION = SkillContext.matcher(_CONTEXT.team_prepositions)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_TEAM_OF_NOUN = SkillContext.matcher(_CONTEXT.team_of_nouns)
_TEAM_OF_WORD = SkillContext.matcher(_CONTEXT.team_of_words)
_RELATIVE = SkillContext.matcher(_CONTEXT.relative_words)
_OWNER = SkillContext.matcher(_CONTEXT.possessive_words)


def others_skill(
    doc: Doc, span: Span, window: tuple[int, int], listed: frozenset[int] = frozenset()
) -> bool:
    """Whether the mention reads as someone else's skill (words in skill_context.yaml).

    "recruit Java engineers" (a recruiting word before, a role noun after, or right
    before in languages that put it first: "reclutó desarrolladores Java"), "services
    owned by the Java team" / "the Java team's APIs" ("the" right before, a team noun
    right after, and "by"/"with"… before "the" or the team in the possessive), and "close
    to the teams of data science" / "equipos de ciencia de datos" (a team and "of" right
    before). :class:`Owners` answers the same for every mention of one Doc.
    """
    return Owners(doc).others_skill(span, window, listed)


class Owners:
    """:func:`others_skill` for the mentions of one Doc, with what every mention would
    look up again (where a relative clause may start) found once."""

    def __init__(self, doc: Doc) -> None:
        """Find the Doc's relative words after a comma, the only starts of a team clause."""
        self.doc = doc
        commas = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[","]).tolist()
        self._listed: frozenset[int] | None = None
        self._after: dict[tuple[int, int], bool] = {}
        self._relatives = [
            i + 1 for i in commas if i + 1 < len(doc) and _RELATIVE(doc[i + 1].lower_)
        ]

    def others_skill(
        self, span: Span, window: tuple[int, int], listed: frozenset[int] = frozenset()
    ) -> bool:
        """Whether the mention reads as someone else's skill (see :func:`others_skill`)."""
        doc = self.doc
        end = min(span.end + ROLE_WINDOW, window[1])
        team = _team_after(doc, span.end, end)
        if (
            span.start - 2 >= window[0]
            and team is not None
            and doc[span.start - 1].lower_ == "the"
            and (
                _TEAM_PREPOSITION(doc[span.start - 2].lower_)
                or (team + 1 < end and doc[team + 1].lower_ in _POSSESSIVE)
            )
        ):
            return True
        if (
            span.start - 2 >= window[0]
            and _TEAM_OF_WORD(doc[span.start - 1].lower_)
            and _TEAM_OF_NOUN(doc[span.start - 2].lower_)
        ):
            return True
        if self._in_team_clause(span.start):
            return True
        before = span.start - 1  # "reclutó desarrolladores Java": the noun first
        noun_before = before > window[0] and _ROLE_NOUN(doc[before].lower_)
        if not noun_before and not self._role_noun_after(span.end, listed):
            return False
        first = _first_of_list(doc, span.start, listed)
        if first > 0 and _OWNER(doc[first - 1].lower_):
            return True  # "built by our Java contractors"
        low = _list_start(doc, span.start, listed)
        return any(_RECRUITING(token.lower_) for token in doc[low : span.start])

    def _role_noun_after(self, start: int, listed: frozenset[int]) -> bool:
        """:func:`_role_noun_after`, remembering the answer of each (token, count) state
        it passes: every mention of a list would scan the rest of the list again."""
        if listed is not self._listed:
            self._listed, self._after = listed, {}
        doc, memo, path = self.doc, self._after, []
        counted, i, result = 0, start, False
        while i < len(doc):
            if (i, counted) in memo:
                result = memo[(i, counted)]
                break
            path.append((i, counted))
            token = doc[i]
            if token.is_space:
                following = doc[i + 1] if i + 1 < len(doc) else None
                if token.text.count("\n") > 1 or following is None or not following.is_lower:
                    break
                i += 1
                continue
            if _ROLE_NOUN(token.lower_):
                result = True
                break
            if i not in listed and token.lower_ not in _LIST_WORDS:
                counted += 1
                if counted >= ROLE_WINDOW:
                    break
            i += 1
        memo.update(dict.fromkeys(path, result))
        return result

    def _in_team_clause(self, start: int) -> bool:
        """:func:`_team_clause`, asked only when a relative word after a comma stands
        within its window before the mention (in most résumés there is none)."""
        if not any(start - CLAUSE_WINDOW < i < start for i in self._relatives):
            return False
        return _team_clause(self.doc, start)


def _team_clause(doc: Doc, start: int) -> bool:
    """Whether the mention at ``start`` stands in a relative clause about a team: a team
    noun, at most three words, a comma and a relative word ("the data-science team, who
    build …", "el equipo de TI, que mantiene …"), all in the mention's sentence."""
    low = start
    while low > 0 and start - low < CLAUSE_WINDOW and not _ends_sentence(doc, low - 1):
        low -= 1
    for i in range(start - 1, low, -1):
        if _RELATIVE(doc[i].lower_) and doc[i - 1].text == ",":
            words = [t for t in doc[max(low, i - 5) : i - 1] if not t.is_space]
            return any(_TEAM_NOUN(t.lower_) or _TEAM_OF_NOUN(t.lower_) for t in words[-4:])
    return False


def _ends_sentence(doc: Doc, i: int) -> bool:
    """A stop, a blank line or a bullet; a single line break inside a sentence is none."""
    token = doc[i]
    return token.text in {";", ".", "!", "?", "•", "▪", "–"} or token.text.count("\n") > 1


# Between the mentions of a list ("Python, Java and Go engineers") only these stand.
_LIST_WORDS = frozenset({",", "and", "or", "&", "/", "und", "oder", "et", "ou", "y", "o", "e"})


def _role_noun_after(doc: Doc, start: int, listed: frozenset[int]) -> bool:
    """Whether a role noun follows within ``ROLE_WINDOW`` tokens of ``start``, the other
    mentions of a list and its connectors not counted, over a line break inside a
    wrapped sentence ("hire 85 Python, Java and Go" / "engineers in 2025")."""
    counted = 0
    for i in range(start, len(doc)):
        token = doc[i]
        if token.is_space:
            following = doc[i + 1] if i + 1 < len(doc) else None
            if token.text.count("\n") > 1 or following is None or not following.is_lower:
                return False
            continue
        if _ROLE_NOUN(token.lower_):
            return True
        if i not in listed and token.lower_ not in _LIST_WORDS:
            counted += 1
            if counted >= ROLE_WINDOW:
                return False
    return False


def _first_of_list(doc: Doc, start: int, listed: frozenset[int]) -> int:
    """The first token of the list that holds the mention at ``start``."""
    i = start
    while i > 0 and (i - 1 in listed or doc[i - 1].lower_ in _LIST_WORDS):
        i -= 1
    return i


def _list_start(doc: Doc, start: int, listed: frozenset[int]) -> int:
    """Where the recruiting word is looked for: ``WINDOW`` tokens before the list that
    holds the mention at ``start`` ("hire 85 Python, Java and Go"), in its clause."""
    i = _first_of_list(doc, start, listed)
    low = i
    while low > 0 and i - low < WINDOW and not _ends_clause(doc[low - 1]):
        low -= 1
    return low


def _ends_clause(token: Token) -> bool:
    """A line break or a stop: "Hired two engineers; wrote Python tools" hires no Python."""
    return "\n" in token.text or token.text in {";", ".", "!", "?"}


def _team_after(doc: Doc, start: int, end: int) -> int | None:
    """The index of a team noun right after a mention, or after one lower-case word
    between ("the Java platform team"), else None."""
    if start < end and _TEAM_NOUN(doc[start].lower_):
        return start
    if start + 1 < end and doc[start].is_alpha and doc[start].is_lower:
        return start + 1 if _TEAM_NOUN(doc[start + 1].lower_) else None
    return None
