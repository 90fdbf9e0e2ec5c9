"""A line that opens with "Or" offers another path to the requirement of the line above it.

    - One year or more of experience supervising housekeeping staff
    - Or: three years as a room attendant with some lead or trainer duties

Read alone, each line would be a requirement of its own, and the role would ask for both
(three years, not one). The two criteria are joined into one ``any`` of their tests, with
the posting's words of both lines as its source. Only degrees and years are joined: they
are what such lines offer, and skills lines joined by chance would hide a requirement.
"""

from __future__ import annotations

import re

from screener.drafting.readings import DraftedCriterion, criterion_label

_OR_LINE = re.compile(r"^[\W_]*or\b", re.IGNORECASE)
PATH_KEYS = frozenset({"degree", "experience", "any", "all"})
"""Keys of the criteria a line opening with "Or" may join: degrees and years."""


def opens_with_or(line: str) -> bool:
    """Whether ``line`` opens with "Or" ("Or: three years …", "**OR** a bachelor's …")."""
    return _OR_LINE.match(line) is not None


def joined_paths(
    above: list[DraftedCriterion], below: list[DraftedCriterion], posting: str
) -> tuple[DraftedCriterion, DraftedCriterion] | None:
    """The criterion of the line above and the one criterion joined to it, when each line
    gave exactly one degree or years criterion of the same kind (required, preferred)."""
    upper = [c for c in above if c.key in PATH_KEYS]
    lower = [c for c in below if c.key in PATH_KEYS]
    if len(upper) != 1 or len(lower) != 1 or upper[0].kind != lower[0].kind:
        return None
    first, second = upper[0], lower[0]
    text = posting[first.start : second.end]
    joined = DraftedCriterion(
        kind=first.kind,
        key="any",
        test=[*_paths(first), *_paths(second)],
        name=first.name,
        label=criterion_label(text),
        text=text,
        start=first.start,
        end=second.end,
        notes=(
            *first.notes,
            *second.notes,
            "alternative paths: the line opening with “Or” offers another way in",
        ),
    )
    return first, joined


def _paths(criterion: DraftedCriterion) -> list[object]:
    if criterion.key == "any" and isinstance(criterion.test, list):
        return list(criterion.test)
    return [{criterion.key: criterion.test}]
