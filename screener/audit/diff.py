"""Where two JSON values differ, as dotted paths ("outcomes.1.status"), in reading order.

Paths are written like rule-file error paths: keys and list indexes joined by dots.
Objects are walked in the order of the replayed value's keys (a Screening's field order:
verdict, score, …, outcomes, …, provenance), so the first difference is the one that
matters most to a reader; keys only the recorded value has come after.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

HIDDEN_KEYS = frozenset({"reason", "text"})
"""Keys whose values quote the résumé: a difference there is named, its values not shown."""


@dataclass(frozen=True, slots=True)
class Difference:
    """One path whose recorded and replayed values differ (``MISSING`` where absent)."""

    path: str
    recorded: object
    replayed: object

    @property
    def shown(self) -> bool:
        """Whether the values may be printed (not quotes of the résumé)."""
        leaf = self.path.rsplit(".", 1)[-1]
        return leaf not in HIDDEN_KEYS and not any(
            isinstance(value, dict | list) for value in (self.recorded, self.replayed)
        )


class _Missing:
    """Stands for a key or list item one side does not have."""

    def __repr__(self) -> str:
        return "<missing>"


MISSING = _Missing()


def differences(recorded: object, replayed: object, path: str = "") -> Iterator[Difference]:
    """Every differing leaf between ``recorded`` and ``replayed``, first difference first."""
    if isinstance(recorded, dict) and isinstance(replayed, dict):
        keys = list(replayed) + [key for key in recorded if key not in replayed]
        for key in keys:
            yield from differences(
                recorded.get(key, MISSING), replayed.get(key, MISSING), _join(path, key)
            )
    elif isinstance(recorded, list) and isinstance(replayed, list):
        for index in range(max(len(recorded), len(replayed))):
            yield from differences(
                recorded[index] if index < len(recorded) else MISSING,
                replayed[index] if index < len(replayed) else MISSING,
                _join(path, str(index)),
            )
    elif not _same(recorded, replayed):
        yield Difference(path, recorded, replayed)


def _same(recorded: object, replayed: object) -> bool:
    # JSON does not tell 1 from 1.0 (nor does a score); a bool is no number.
    if isinstance(recorded, bool) or isinstance(replayed, bool):
        return recorded is replayed
    if isinstance(recorded, int | float) and isinstance(replayed, int | float):
        return recorded == replayed
    return type(recorded) is type(replayed) and recorded == replayed


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
