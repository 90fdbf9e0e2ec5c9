"""A job's rules as a form gives them: a bundled rule set's id, an uploaded YAML/JSON rule
file, or YAML typed in a text area; every problem as a line to show beside the field."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml
from fastapi import UploadFile

from api.uploads import rules_from_form
from screener.errors import RulesError, RulesNotFound
from screener.requirements.loading import LoadedRules, list_bundled, parse_rules
from screener.requirements.reading import MAX_BYTES, loads_rules_json, loads_rules_yaml


@dataclass(frozen=True)
class RulesProblem:
    """Why the rules given are refused: one line per problem, paths inside the file."""

    lines: list[str]


@lru_cache(maxsize=1)
def bundled_choices() -> list[tuple[str, str, int]]:
    """``(id, title, version)`` of every bundled rule set, for the form's choice."""
    return list_bundled()


def from_text(text: str, source: str) -> LoadedRules | RulesProblem:
    """Rules from YAML (or JSON) text."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        return RulesProblem([f"The rules may hold at most {MAX_BYTES:,} bytes."])
    try:
        stripped = text.lstrip()
        if stripped.startswith("{"):
            data = loads_rules_json(text, source)
        else:
            data = loads_rules_yaml(text, source)
        return parse_rules(data, source)
    except RulesError as error:
        return RulesProblem(problem_lines(error))


async def from_form(bundled: str, upload: UploadFile | None) -> LoadedRules | RulesProblem:
    """The rules a job form chose: an uploaded file when one was sent, else a bundled id."""
    if upload is not None and upload.filename:
        data = await upload.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            return RulesProblem([f"The rule file is larger than {MAX_BYTES:,} bytes."])
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return RulesProblem(["The rule file is not UTF-8 text."])
        return from_text(text, upload.filename[:200])
    if not bundled:
        return RulesProblem(["Choose a rule set or upload a rule file."])
    if bundled.lstrip().startswith("{"):  # an inline JSON rule set, as the API takes
        return from_text(bundled, "inline")
    try:
        return rules_from_form(bundled)
    except RulesNotFound:
        return RulesProblem([f"There is no bundled rule set called {bundled[:80]!r}."])


def problem_lines(error: RulesError) -> list[str]:
    """Each problem of a refused rule set as "path: message (did you mean …?)"."""
    lines = []
    for problem in error.details.get("errors") or []:
        path = problem.get("path") or "(the whole file)"
        line = f"{path}: {problem.get('message', '')}"
        if problem.get("suggestion"):
            line += f" (did you mean {problem['suggestion']!r}?)"
        lines.append(line)
    return lines or [error.message]


def as_yaml(body: dict[str, object]) -> str:
    """A stored rule set as YAML for the editor."""
    return yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100)
