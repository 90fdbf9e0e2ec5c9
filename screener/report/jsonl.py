"""A ranked batch as JSON Lines (one object per file) or as one JSON array.

Each object is ``{"candidate", "source", "screening"}`` for a screened file and
``{"candidate", "source", "error"}`` for one that could not be screened. In blind output
``source`` is left out, ``screening.candidate.filename`` is null, and file names are
redacted from error messages. Keys are sorted and text is written as UTF-8, not escaped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from screener.models.screening import ScreeningResult
from screener.report.ranking import error_code, error_message, rank


def result_object(result: ScreeningResult, *, blind: bool) -> dict[str, Any]:
    """The JSON-ready object for one result."""
    obj: dict[str, Any] = {"candidate": result.display_name(blind=blind)}
    if not blind:
        obj["source"] = result.source
    if result.screening is not None:
        screening: dict[str, Any] = result.screening.model_dump(mode="json")
        if blind:
            screening["candidate"]["filename"] = None
        obj["screening"] = screening
    else:
        obj["error"] = {
            "code": error_code(result),
            "message": error_message(result, blind=blind),
        }
    return obj


def write_jsonl(results: Iterable[ScreeningResult], stream: TextIO, *, blind: bool) -> None:
    """Write one JSON object per line, ranked."""
    for result in rank(results):
        obj = result_object(result, blind=blind)
        stream.write(json.dumps(obj, sort_keys=True, ensure_ascii=False) + "\n")


def write_json(results: Iterable[ScreeningResult], stream: TextIO, *, blind: bool) -> None:
    """Write one JSON array of the ranked objects, indented by two spaces."""
    objects = [result_object(result, blind=blind) for result in rank(results)]
    stream.write(json.dumps(objects, sort_keys=True, ensure_ascii=False, indent=2) + "\n")
