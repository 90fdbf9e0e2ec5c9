"""Short, unique names for the rows of a table: a file's stem, or the blind id.

A table column is narrow, and a path cut to fit (``/data/bucket/2026/ap…``) names nobody.
Each row is named by its file's stem (``jane_doe``); where two files of the batch share a
stem, by the name with its extension (``jane_doe.pdf``), then with as many parent folders
as it takes (``march/jane_doe.pdf``) — the full path only when nothing shorter is unique.
In blind output rows are named by their neutral id. Machine-readable outputs (JSONL, CSV)
keep the full path.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath

from screener.models.screening import ScreeningResult


def _tails(source: str) -> list[str]:
    """The names a file could be shown by, shortest first, the full source last."""
    path = PurePath(source)
    tails = [path.stem, path.name]
    parts = path.parts
    tails += [str(PurePath(*parts[-depth:])) for depth in range(2, len(parts) + 1)]
    return [*(tail for tail in tails if tail), source]


def short_names(sources: Iterable[str]) -> dict[str, str]:
    """Each distinct source → the shortest of its names that no other source shares."""
    tails = {source: _tails(source) for source in dict.fromkeys(sources)}
    chosen: dict[str, str] = {}
    level = 0
    while len(chosen) < len(tails):
        at_level = {source: names[min(level, len(names) - 1)] for source, names in tails.items()}
        counts = Counter(at_level.values())
        for source, name in at_level.items():
            if source not in chosen and (counts[name] == 1 or name == source):
                chosen[source] = name
        level += 1
    clashes = Counter(chosen.values())
    return {source: name if clashes[name] == 1 else source for source, name in chosen.items()}


def row_names(results: Iterable[ScreeningResult], *, blind: bool) -> dict[str, str]:
    """Each result's source → the name its row is shown by (the blind id when ``blind``)."""
    listed = list(results)
    if blind:
        return {result.source: result.display_name(blind=True) for result in listed}
    return short_names(result.source for result in listed)
