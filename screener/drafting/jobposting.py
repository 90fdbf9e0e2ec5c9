"""A schema.org ``JobPosting`` (JSON-LD, alone or inside a page) written out as posting text.

The structured properties a screening can use — ``qualifications``,
``educationRequirements`` (text or ``credentialCategory``),
``experienceRequirements`` (text or ``monthsOfExperience``), ``skills`` — become headed
sections ahead of the HTML ``description``, so the one section reader drafts from both
and every criterion's ``source`` quotes this text (the choice the JSON Resume reader
made: one reading path, evidence in the rendered text).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from screener.drafting.html import html_to_text
from screener.drafting.vocabulary import load_vocabulary
from screener.errors import Corrupt
from screener.requirements.reading import MAX_DEPTH, json_nesting

JOB_POSTING = "JobPosting"


def parse_json(text: str) -> object:
    """JSON text parsed once its nesting is known to be shallow; ``Corrupt`` otherwise."""
    if json_nesting(text) > MAX_DEPTH:
        raise Corrupt(f"The JSON is nested deeper than {MAX_DEPTH} levels.")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise Corrupt(f"The JSON could not be read ({error.msg}, line {error.lineno}).") from None


def find_job_posting(data: object) -> dict[str, Any] | None:
    """The first object typed ``JobPosting`` in JSON-LD data (top level, a list, ``@graph``)."""
    for node in _nodes(data):
        kinds = node.get("@type")
        names = kinds if isinstance(kinds, list) else [kinds]
        if JOB_POSTING in names:
            return node
    return None


def _nodes(data: object) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _nodes(graph)


def render_job_posting(posting: dict[str, Any]) -> str:
    """The posting as text: its title, one headed section per property, the description."""
    parts = [_text(posting.get("title")) or "Job posting", ""]
    sections = (
        ("Qualifications", _lines(posting.get("qualifications"))),
        ("Education requirements", _education(posting.get("educationRequirements"))),
        ("Experience requirements", _experience(posting.get("experienceRequirements"))),
        ("Skills", _lines(posting.get("skills"))),
        ("Responsibilities", _lines(posting.get("responsibilities"))),
    )
    for heading, lines in sections:
        if lines:
            parts += [f"## {heading}", *(f"• {line}" for line in lines), ""]
    description = _text(posting.get("description"))
    if description:
        parts += ["## Description", html_to_text(description).text]
    return "\n".join(parts).rstrip("\n") + "\n"


def _text(value: object) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("description"))
    return ""


def _lines(value: object) -> list[str]:
    """Text values as lines: a string split on its lines (HTML taken apart), a list, names."""
    values = value if isinstance(value, list) else [value]
    lines: list[str] = []
    for item in values:
        text = _text(item)
        if "<" in text:
            text = html_to_text(text).text
        lines += [line.strip(" •-*\t") for line in text.splitlines() if line.strip(" •-*\t")]
    return lines


def _education(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    categories = {k.casefold(): v for k, v in load_vocabulary().credential_categories.items()}
    lines: list[str] = []
    for item in values:
        category = item.get("credentialCategory") if isinstance(item, dict) else None
        if isinstance(category, str):
            lines.append(categories.get(category.strip().casefold(), category.strip()))
        else:
            lines += _lines(item)
    return lines


def _experience(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    lines: list[str] = []
    for item in values:
        months = _number(item.get("monthsOfExperience")) if isinstance(item, dict) else None
        if months is not None and months > 0:
            lines.append(f"{months:g} months of experience")
        else:
            lines += _lines(item)
    return lines


def _number(value: object) -> float | None:
    """A number, or a string holding one ("24"); ``None`` otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(value) if isinstance(value, str) else None
    except ValueError:
        return None
