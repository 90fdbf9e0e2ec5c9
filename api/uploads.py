"""Reading uploads under the limits, and naming the rule set a request asks for."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from fastapi import HTTPException
from starlette.datastructures import UploadFile  # FastAPI's is a subclass; forms give this

from screener.errors import RulesNotFound, TooLarge
from screener.ingest.limits import Limits
from screener.months import parse_as_of
from screener.requirements.loading import LoadedRules, list_bundled, load_rules, parse_rules
from screener.requirements.reading import check_json_nesting

_BUNDLED_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# An inline rule set's largest JSON: the bundled ones are under 10 KiB; checking a 600 KB
# set of near-miss ids ("did you mean") took 10 s of CPU.
MAX_INLINE_RULES = 128 * 1024


def check_inline_size(size: int) -> None:
    """``too_large`` for an inline rule set over ``MAX_INLINE_RULES`` bytes."""
    if size > MAX_INLINE_RULES:
        raise TooLarge(
            f"An inline rule set may hold at most {MAX_INLINE_RULES:,} bytes of JSON.",
            limit=MAX_INLINE_RULES,
        )


async def read_upload(upload: UploadFile, limits: Limits) -> bytes:
    """The upload's bytes; ``too_large`` past ``limits.max_bytes`` (read no further)."""
    data = await upload.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise TooLarge(
            f"The file is larger than {limits.max_bytes:,} bytes.", limit=limits.max_bytes
        )
    return data


def rules_from_form(value: str) -> LoadedRules:
    """A bundled rule set id, or an inline rule set as JSON — never a server-side path."""
    text = value.strip()
    if text.startswith("{"):
        check_inline_size(len(text.encode("utf-8")))
        check_json_nesting(text, "inline")  # json.loads recurses once per level
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise RulesNotFound(
                "The rules field is neither a bundled id nor valid JSON.", rules="inline"
            ) from error
        return parse_rules(data, "inline")
    bundled = _bundled()
    if not _BUNDLED_ID.match(text) or text not in bundled:
        raise RulesNotFound(
            f"No bundled rule set is called {text[:80]!r}.",
            rules=text[:80],
            available=sorted(bundled),
        )
    return bundled[text]


@lru_cache(maxsize=1)
def _bundled() -> dict[str, LoadedRules]:
    """Every bundled rule set, loaded once per server (reading them took ~13 ms a request)."""
    return {rule_id: load_rules(rule_id) for rule_id, _, _ in list_bundled()}


def as_of_month(value: str | None) -> str:
    """The as-of month of a request as YYYY-MM; 422 when it is not a date."""
    try:
        return str(parse_as_of(value))
    except ValueError as error:
        raise HTTPException(422, f"as_of: {error}") from error
