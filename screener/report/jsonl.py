"""A ranked batch as JSON Lines (one object per file) or as one JSON array.

Each object is ``{"candidate", "source", "sha256", "screening"}`` for a screened file and
``{"candidate", "source", "sha256", "error"}`` for one that could not be screened.
``sha256`` is the SHA-256 of the file's bytes (the screening's ``candidate.sha256``; for
an unreadable file what the caller hashed, or null), so that a results file says exactly
which file each line answers (``screener score --resume`` relies on it). In blind output
``source`` is left out, ``screening.candidate.filename`` is null, and file names are
redacted from error messages. Keys are sorted and text is written as UTF-8, not escaped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from screener.models.screening import ScreeningResult
from screener.report.ranking import error_code, error_message, rank


def result_object(
    result: ScreeningResult, *, blind: bool, sha256: str | None = None
) -> dict[str, Any]:
    """The JSON-ready object for one result; ``sha256`` names an unreadable file's bytes."""
    obj: dict[str, Any] = {"candidate": result.display_name(blind=blind)}
    if not blind:
        obj["source"] = result.source
    if result.screening is not None:
        screening: dict[str, Any] = result.screening.model_dump(mode="json")
        if blind:
            screening["candidate"]["filename"] = None
        obj["screening"] = screening
        obj["sha256"] = result.screening.candidate.sha256
    else:
        obj["error"] = {
            "code": error_code(result),
            "message": error_message(result, blind=blind),
        }
        obj["sha256"] = sha256
    return obj


def json_line(result: ScreeningResult, *, blind: bool, sha256: str | None = None) -> str:
    """One result as a line of JSON Lines, newline included."""
    obj = result_object(result, blind=blind, sha256=sha256)
    return json.dumps(obj, sort_keys=True, ensure_ascii=False) + "\n"


def write_lines(
    results: Iterable[ScreeningResult],
    stream: TextIO,
    *,
    blind: bool,
    hashes: dict[str, str | None] | None = None,
) -> None:
    """Write one line per result in the order given (``hashes``: unreadable files' sha256)."""
    known = hashes or {}
    for result in results:
        stream.write(json_line(result, blind=blind, sha256=known.get(result.source)))


def write_jsonl(
    results: Iterable[ScreeningResult],
    stream: TextIO,
    *,
    blind: bool,
    hashes: dict[str, str | None] | None = None,
) -> None:
    """Write one JSON object per line, ranked."""
    write_lines(rank(results), stream, blind=blind, hashes=hashes)


def write_json(
    results: Iterable[ScreeningResult],
    stream: TextIO,
    *,
    blind: bool,
    hashes: dict[str, str | None] | None = None,
) -> None:
    """Write one JSON array of the ranked objects, indented by two spaces."""
    known = hashes or {}
    objects = [
        result_object(result, blind=blind, sha256=known.get(result.source))
        for result in rank(results)
    ]
    stream.write(json.dumps(objects, sort_keys=True, ensure_ascii=False, indent=2) + "\n")
