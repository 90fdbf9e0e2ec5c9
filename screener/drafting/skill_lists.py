"""How the skills a clause names are joined: "Python and Java" (every one) or "Go or Java"
(one of them), and mixtures ("SQL and Python or R": SQL, and one of Python or R).

The words between two consecutive names decide: "or", a slash or an example cue ("SIEM
tools such as Splunk") make them alternatives,
"and", "&", "plus", "as well as" (or other words) make both needed, and a bare comma
takes the kind of the next joining word of the list ("Python, Java, or Go" are
alternatives); a name in brackets the posting accepts as well is an alternative to the
one before ("SQL and Python (R is fine too)": SQL, and Python or R). An example cue
before the names ("such as", "e.g.", "one of") makes the whole list alternatives: "a BI
tool such as Tableau or Looker". The employer's own tools
after a requirement ("a cloud data warehouse. We use BigQuery; Snowflake is just as
welcome") are alternatives to it; with no requirement before them they are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from screener.drafting.vocabulary import load_vocabulary

_OR = re.compile(r"(?:\bor\b|/|\beither\b)", re.IGNORECASE)
_COMMA_ONLY = re.compile(r"^[\s,;]*$")


@dataclass(frozen=True, slots=True)
class SkillList:
    """Skills that are all needed, and lists of which one is enough."""

    all_of: tuple[str, ...]
    any_of: tuple[tuple[str, ...], ...]


def join_skills(clause: str, names: list[tuple[int, int, tuple[str, ...]]]) -> SkillList:
    """Read ``names`` (``(start, end, ids)`` in text order; a kind of tool names several
    ids) as one list of requirements."""
    if not names:
        return SkillList((), ())
    stack = load_vocabulary().pattern("stack_words").search(clause, 0, names[-1][0])
    if stack is not None:
        return _with_stack(clause, names, stack.start())
    if _examples_before(clause, names[0][0]):
        return SkillList((), (_unique(i for *_, ids in names for i in ids),))
    links = [
        "or" if _bracketed_alternative(clause, a[1], b) else _link(clause[a[1] : b[0]])
        for a, b in pairwise(names)
    ]
    links = _resolve_commas(links)
    groups: list[list[tuple[str, ...]]] = [[names[0][2]]]
    for link, name in zip(links, names[1:], strict=True):
        if link == "or":
            groups[-1].append(name[2])
        else:
            groups.append([name[2]])
    return _from_groups(groups)


def _with_stack(clause: str, names: list[tuple[int, int, tuple[str, ...]]], at: int) -> SkillList:
    """Names before the employer's own tools (``at``): the last of them is the generic
    requirement, one of it or the tools after; with none before, the tools describe the
    stack and are left out."""
    before = [name for name in names if name[1] <= at]
    after = [name for name in names if name[1] > at]
    if not before:
        return SkillList((), ())
    listed = join_skills(clause[:at], before)
    generic = before[-1][2]
    options = _unique([*generic, *(i for *_, ids in after for i in ids)])
    all_of = tuple(i for i in listed.all_of if i not in generic)
    any_of = tuple(g for g in listed.any_of if not set(g) & set(generic))
    return SkillList(all_of, (*any_of, options))


def _from_groups(groups: list[list[tuple[str, ...]]]) -> SkillList:
    all_of: list[str] = []
    any_of: list[tuple[str, ...]] = []
    for group in groups:
        ids = _unique(i for ids in group for i in ids)
        if len(group) == 1 and len(group[0]) == 1:
            all_of.append(group[0][0])
        else:
            any_of.append(ids)
    return SkillList(_unique(all_of), tuple(dict.fromkeys(any_of)))


def _link(between: str) -> str:
    """``or``, ``and`` or ``comma`` for the text between two names."""
    if _COMMA_ONLY.match(between):
        return "comma"
    examples = load_vocabulary().pattern("example_words").search(between)
    return "or" if _OR.search(between) or examples else "and"


def _bracketed_alternative(clause: str, end: int, name: tuple[int, int, tuple[str, ...]]) -> bool:
    """A name in brackets the posting accepts instead of the one before: "Python (R is fine
    too)"."""
    if clause[end : name[0]].strip() != "(":
        return False
    close = clause.find(")", name[1])
    inside = clause[name[1] : close if close >= 0 else len(clause)]
    return load_vocabulary().pattern("accepted_alternatives").search(inside) is not None


def _resolve_commas(links: list[str]) -> list[str]:
    """A bare comma takes the kind of the next link that is not one (else "and")."""
    resolved = list(links)
    following = "and"
    for index in range(len(resolved) - 1, -1, -1):
        if resolved[index] == "comma":
            resolved[index] = following
        else:
            following = resolved[index]
    return resolved


def _examples_before(clause: str, start: int) -> bool:
    """An example cue ("such as", "e.g.") or an open bracket right before the first name."""
    before = clause[max(0, start - 40) : start]
    cue = load_vocabulary().pattern("example_words").search(before)
    return cue is not None or before.rstrip().endswith("(")


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))
