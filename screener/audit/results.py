"""Reading screening results back: what ``screener score --format jsonl|json`` wrote.

A results file is JSON Lines (one ``{"candidate", "source", "screening"|"error"}`` object a
line), a JSON array of such objects (``--format json``), or one object. An API export
(objects with ``id``, ``filename`` and ``screening``) reads the same way. Only the fields an
audit or a replay needs are validated, and unknown fields are ignored, so results written
by another engine version still read.

Each result can be named in a demographics file by any of its ``names``: the ``candidate``
and ``source`` as written, the file name (the last part of the path), the screening's
recorded file name, and the blind id ``candidate-<first 12 hex digits of the file's
SHA-256>`` (as ``screener score --blind`` and the web page's blind mode show it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from screener.errors import InvalidResults

Verdict = Literal["meets", "does_not_meet", "needs_review"]
Status = Literal["met", "not_met", "unknown"]
BLIND_PREFIX = "candidate-"
BLIND_DIGITS = 12


class _Lenient(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class RecordedOutcome(_Lenient):
    """One criterion's outcome, as recorded."""

    criterion: str
    label: str = ""
    kind: Literal["required", "preferred"]
    status: Status


class RecordedRules(_Lenient):
    """The rule set a result records."""

    id: str
    version: int
    sha256: str


class RecordedProvenance(_Lenient):
    """The provenance fields an audit and a replay read."""

    engine: str
    rules: RecordedRules
    as_of: str


class RecordedCandidate(_Lenient):
    """Which file was screened."""

    sha256: str | None = None
    filename: str | None = None


class RecordedScreening(_Lenient):
    """The parts of a Screening an audit reads."""

    verdict: Verdict
    score: float
    outcomes: tuple[RecordedOutcome, ...]
    candidate: RecordedCandidate
    provenance: RecordedProvenance


class RecordedResult(_Lenient):
    """One result object: a screening or the error that stopped the file."""

    candidate: str | None = None
    source: str | None = None
    id: str | None = None
    filename: str | None = None
    screening: RecordedScreening | None = None
    error: dict[str, Any] | None = None

    def names(self) -> frozenset[str]:
        """Every name a demographics row may give this result by."""
        names = {self.candidate, self.source, self.id, self.filename}
        names |= {PurePath(n).name for n in (self.candidate, self.source) if n}
        if self.screening is not None:
            names.add(self.screening.candidate.filename)
        names.add(self.blind_id())
        return frozenset(name for name in names if name)

    def blind_id(self) -> str:
        """``candidate-`` and the file's SHA-256 prefix (of the name when unreadable)."""
        sha = self.screening.candidate.sha256 if self.screening else None
        if sha is None:
            sha = hashlib.sha256((self.source or self.candidate or "").encode()).hexdigest()
        return f"{BLIND_PREFIX}{sha[:BLIND_DIGITS]}"

    def display(self) -> str:
        """How the result is named in messages (as the results file names it)."""
        return self.candidate or self.source or self.filename or self.blind_id()


@dataclass(frozen=True, slots=True)
class ResultLine:
    """A result, the line (or array index + 1) it was read from, and its raw screening."""

    number: int
    result: RecordedResult
    raw_screening: dict[str, Any] | None


def read_results(path: Path, *, keep_raw: bool = False) -> list[ResultLine]:
    """Every result of a results file, in file order; ``InvalidResults`` names the line.

    When several lines have the same ``source`` (a resumed run screened a changed file
    again and appended its line), the last one counts and the earlier ones are dropped.
    ``keep_raw`` keeps each screening's JSON as read (for a replay's comparison).
    """
    lines = list(_results(path, keep_raw=keep_raw))
    if not lines:
        raise InvalidResults(f"{path} holds no results", file=str(path), line=None)
    last = {line.result.source: line.number for line in lines if line.result.source}
    return [
        line for line in lines if last.get(line.result.source or "", line.number) == line.number
    ]


def _results(path: Path, *, keep_raw: bool) -> Iterator[ResultLine]:
    try:
        with path.open(encoding="utf-8-sig") as handle:
            number, first = 0, ""
            while not first.strip():
                first = handle.readline()
                number += 1
                if not first:
                    return
            if not first.lstrip().startswith("["):
                try:
                    item = json.loads(first)
                except json.JSONDecodeError:
                    item = None  # an indented object or array: read as one JSON value
                if isinstance(item, dict):  # JSON Lines, read a line at a time
                    yield _line(path, number, item, keep_raw)
                    for at, text in enumerate(handle, start=number + 1):
                        if text.strip():
                            yield _line(path, at, _decoded(path, at, text), keep_raw)
                    return
            data = _decoded(path, number, first + handle.read())
            for index, entry in enumerate(data if isinstance(data, list) else [data], start=1):
                yield _line(path, index, entry, keep_raw)
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidResults(f"cannot read {path}: {error}", file=str(path), line=None) from error


def _decoded(path: Path, number: int, text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidResults(
            f"{path}, line {number}: not JSON ({error.msg})", file=str(path), line=number
        ) from error


def _line(path: Path, number: int, item: object, keep_raw: bool) -> ResultLine:
    if not isinstance(item, dict):
        raise InvalidResults(
            f"{path}, line {number}: a result is a JSON object", file=str(path), line=number
        )
    if "screening" not in item and "error" not in item and "verdict" in item:
        item = {"screening": item}  # a bare Screening object
    if "screening" not in item and "error" not in item:
        raise InvalidResults(
            f"{path}, line {number}: a result has a 'screening' or an 'error'",
            file=str(path),
            line=number,
        )
    try:
        result = RecordedResult.model_validate(item)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InvalidResults(
            f"{path}, line {number}: {where}: {first['msg']}", file=str(path), line=number
        ) from error
    raw = item.get("screening") if keep_raw else None
    return ResultLine(number, result, raw if isinstance(raw, dict) else None)
