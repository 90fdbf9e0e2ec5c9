"""A results file as ``screener score --format jsonl`` writes it, read back line by line.

``scan`` reads every line once and keeps, per file (``source``), only what ranking and
resuming need: the line's byte offset, its rank key, its criterion ids, the file's sha256
and its outcome (a verdict, or ``unreadable``). A hundred thousand lines so cost a few tens
of MB however large the screenings are; ``ranked`` then reads the whole lines again one at
a time, in rank order, for the renderers. When a file has several lines (it changed and was
screened again on a resume), the last one counts.

A last line without its newline is *torn* (a run killed while writing it): ranking leaves
it out and says so, and resuming cuts the file back to the last complete line
(``drop_torn_tail``). Any other line that is not a result is refused with
``InvalidResults`` naming the line, so a wrong file is never appended to or half-ranked.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from screener.errors import InvalidResults
from screener.models.screening import ErrorInfo, Screening, ScreeningResult, Verdict
from screener.report.ranking import VERDICT_ORDER, RankKey, rank_key

UNREADABLE = "unreadable"
_HASH_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class Entry:
    """What a results file records about one file, without its screening."""

    offset: int  # byte offset of the line
    key: RankKey
    criteria: tuple[str, ...]
    sha256: str | None
    outcome: str  # a verdict, or UNREADABLE


@dataclass(slots=True)
class Scan:
    """Every file a results file answers (its last line each), and where the file ends."""

    entries: dict[str, Entry] = field(default_factory=dict)
    lines: int = 0
    end: int = 0  # byte offset just after the last complete line
    torn: bool = False  # the file ends in a line without its newline


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, read in blocks; None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while block := handle.read(_HASH_BLOCK):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def scan(path: Path) -> Scan:
    """Read a results file's lines (``InvalidResults`` for one that is not a result)."""
    found = Scan()
    shared: dict[tuple[str, ...], Any] = {}
    with path.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                found.torn = True
                break
            found.lines += 1
            if line.strip():
                source, entry = _entry(path, found.lines, found.end, line, shared)
                found.entries.pop(source, None)  # a later line moves the file to the end
                found.entries[source] = entry
            found.end += len(line)
    return found


def drop_torn_tail(path: Path, found: Scan) -> None:
    """Cut the file back to its last complete line (a torn last line is dropped)."""
    if found.torn:
        with path.open("r+b") as handle:
            handle.truncate(found.end)


def ranked(path: Path, found: Scan) -> Iterator[tuple[ScreeningResult, str | None]]:
    """Each file's result and sha256, in rank order, read one line at a time."""
    order = sorted(found.entries.values(), key=lambda entry: entry.key)
    with path.open("rb") as handle:
        for entry in order:
            yield load(handle, entry), entry.sha256


def criterion_order(found: Scan) -> list[str]:
    """Criterion ids, first seen first in rank order (the CSV columns of ``rank``)."""
    seen: dict[str, None] = {}
    for entry in sorted(found.entries.values(), key=lambda entry: entry.key):
        for criterion in entry.criteria:
            seen.setdefault(criterion, None)
    return list(seen)


def load(handle: BinaryIO, entry: Entry) -> ScreeningResult:
    """The whole result of one entry, read again from its line."""
    handle.seek(entry.offset)
    obj = json.loads(handle.readline())
    if "screening" in obj:
        return ScreeningResult(
            source=obj["source"], screening=Screening.model_validate(obj["screening"])
        )
    error = obj["error"]
    return ScreeningResult(
        source=obj["source"], error=ErrorInfo(code=error["code"], message=error["message"])
    )


def _entry(
    path: Path, number: int, offset: int, line: bytes, shared: dict[tuple[str, ...], Any]
) -> tuple[str, Entry]:
    """The entry of one line, or ``InvalidResults`` naming the line and what is wrong."""
    try:
        obj = json.loads(line)
        if not isinstance(obj, dict):
            raise TypeError("a result is a JSON object")
        return _parsed(obj, offset, shared)
    except (ValueError, KeyError, TypeError) as error:
        what = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise InvalidResults(
            f"{path}, line {number}: not a result line ({what})", file=str(path), line=number
        ) from None


def _parsed(
    obj: dict[str, Any], offset: int, shared: dict[tuple[str, ...], Any]
) -> tuple[str, Entry]:
    source = obj.get("source")
    if not isinstance(source, str):
        raise TypeError("no 'source': a --blind results file cannot be ranked or resumed")
    screening = obj.get("screening")
    if screening is None:
        code = obj["error"]["code"]
        if not isinstance(code, str):
            raise TypeError("an error's code is text")
        return source, Entry(offset, rank_key(source, None, 0.0), (), obj.get("sha256"), UNREADABLE)
    verdict: Verdict = screening["verdict"]
    if verdict not in VERDICT_ORDER:
        raise ValueError(f"unknown verdict {verdict!r}")
    score = float(screening["score"])
    criteria = tuple(str(outcome["criterion"]) for outcome in screening["outcomes"])
    criteria = shared.setdefault(criteria, criteria)  # one tuple per rule set, not per line
    sha = obj.get("sha256") or screening["candidate"]["sha256"]
    return source, Entry(offset, rank_key(source, verdict, score), criteria, sha, verdict)
