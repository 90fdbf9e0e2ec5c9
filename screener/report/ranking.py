"""Ranking of a batch, and the small helpers every renderer shares.

Screened files come first, best verdict first (meets, needs_review, does_not_meet), then by
score descending, then by ``source`` ascending so that ties are broken the same way on every
run. Files that could not be screened come last, ordered by ``source``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from screener.models.screening import Screening, ScreeningResult, Verdict

VERDICT_ORDER: dict[Verdict, int] = {"meets": 0, "needs_review": 1, "does_not_meet": 2}


RankKey = tuple[int, int, float, str]


def rank_key(source: str, verdict: Verdict | None, score: float) -> RankKey:
    """The sort key of one result (``verdict`` None: it could not be screened).

    ``screener rank`` sorts a results file by this key without loading whole screenings,
    so its order is the order of ``rank`` by construction.
    """
    if verdict is None:
        return (1, 0, 0.0, source)
    return (0, VERDICT_ORDER[verdict], -score, source)


def _key(result: ScreeningResult) -> RankKey:
    screening = result.screening
    if screening is None:
        return rank_key(result.source, None, 0.0)
    return rank_key(result.source, screening.verdict, screening.score)


def rank(results: Iterable[ScreeningResult]) -> list[ScreeningResult]:
    """The results in report order: screened by verdict, score, source; then unreadable ones."""
    return sorted(results, key=_key)


def missing_labels(screening: Screening) -> list[str]:
    """Labels of the required criteria that were not met or could not be decided."""
    return [
        outcome.label
        for outcome in screening.outcomes
        if outcome.kind == "required" and outcome.status != "met"
    ]


def criterion_ids(results: Iterable[ScreeningResult]) -> list[str]:
    """Criterion ids in rule-set order (first seen first) over every screened result."""
    seen: dict[str, None] = {}
    for result in results:
        if result.screening is not None:
            for outcome in result.screening.outcomes:
                seen.setdefault(outcome.criterion, None)
    return list(seen)


def format_score(score: float) -> str:
    """A score as people read it: at most two decimals, no trailing zeros ("87.5", "100")."""
    text = f"{score:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def error_message(result: ScreeningResult, *, blind: bool) -> str:
    """The error's message; in blind output with the file's path, name and stem redacted."""
    if result.error is None:
        return ""
    message = result.error.message
    if not blind:
        return message
    path = PurePath(result.source)
    tokens = {result.source, path.name, path.stem} - {""}
    pattern = "|".join(re.escape(token) for token in sorted(tokens, key=len, reverse=True))
    return re.sub(pattern, result.display_name(blind=True), message) if pattern else message


def error_code(result: ScreeningResult) -> str:
    """The error's stable code ("unknown" when a result has neither screening nor error)."""
    return result.error.code if result.error is not None else "unknown"
