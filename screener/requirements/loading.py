"""Load rule sets: bundled ids or files (YAML/JSON) or parsed data, validated and linted.

    from screener.requirements.loading import load_rules

    rules = load_rules("ml-engineer")          # or a path: load_rules("my-job.yaml")
    rules.ruleset.required[0].label
    rules.ref()                                 # RuleSetRef(id, version, sha256)

Anything wrong raises :class:`~screener.errors.RulesError` (code ``invalid_rules``) listing
every problem with its path inside the file and a "did you mean" where one is close; an
unknown id or missing file raises :class:`~screener.errors.RulesNotFound`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

import rfc8785
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from screener.errors import RulesNotFound
from screener.models.screening import RuleSetRef
from screener.requirements.checks import (
    Problem,
    catalog,
    check_data,
    nearest,
    proxies,
    reference_kind,
)
from screener.requirements.models import RuleSet
from screener.requirements.reading import MAX_DEPTH, data_depth, read_rule_file
from screener.requirements.reading import fail as _fail
from screener.resources import bundled_rules_dir

SUFFIXES = (".yaml", ".yml", ".json")
SCHEMA_ID = "https://screener.example.org/schemas/ruleset.json"


@dataclass(frozen=True)
class LoadedRules:
    """A validated rule set, the SHA-256 of its canonical JSON, and where it came from."""

    ruleset: RuleSet
    sha256: str
    source: str

    def ref(self) -> RuleSetRef:
        """What a Screening records about its rules."""
        return RuleSetRef(id=self.ruleset.id, version=self.ruleset.version, sha256=self.sha256)


def canonical_json(ruleset: RuleSet) -> bytes:
    """The rule set's RFC 8785 (JSON Canonicalization Scheme) bytes: the validated model
    with its defaults filled in (``model_dump(mode="json", by_alias=True)``, the body the
    API stores), keys sorted by UTF-16 code units, numbers as ECMAScript writes them
    (``1.0`` → ``1``), no whitespace, UTF-8. Any JCS implementation gives the same bytes
    from the same JSON, so an auditor can recompute the hash elsewhere."""
    return rfc8785.dumps(ruleset.model_dump(mode="json", by_alias=True))


def canonical_sha256(ruleset: RuleSet) -> str:
    """SHA-256 (hex) of the rule set's RFC 8785 canonical JSON (``canonical_json``):
    formatting, comments and key order do not change it; any change of content does."""
    return hashlib.sha256(canonical_json(ruleset)).hexdigest()


def load_rules(id_or_path: str | Path) -> LoadedRules:
    """A bundled rule set by id ("ml-engineer") or a ``.yaml``/``.yml``/``.json`` file."""
    path = Path(id_or_path)
    if isinstance(id_or_path, Path) or path.suffix in SUFFIXES or len(path.parts) > 1:
        if not path.is_file():
            raise RulesNotFound(f"no rule file {str(path)!r}", rules=str(path))
        return parse_rules(read_rule_file(path), str(path))
    return _load_bundled(str(id_or_path))


def parse_rules(data: object, source: str) -> LoadedRules:
    """Validate already-parsed data (e.g. inline JSON sent to the API) into LoadedRules."""
    if data_depth(data) > MAX_DEPTH:
        _fail(source, [Problem("", f"nested deeper than {MAX_DEPTH} levels")])
    problems: list[Problem] = []
    ruleset: RuleSet | None = None
    try:
        ruleset = RuleSet.model_validate(data)
    except ValidationError as error:
        details = [d for d in error.errors(include_url=False) if not _spurious(d)]
        problems += [_from_pydantic(detail) for detail in details]
    seen = {(problem.path, problem.message) for problem in problems}
    problems += [p for p in check_data(data) if (p.path, p.message) not in seen]
    if problems or ruleset is None:
        _fail(source, sorted(problems, key=_document_order))
    return LoadedRules(ruleset, canonical_sha256(ruleset), source)


def list_bundled() -> list[tuple[str, str, int]]:
    """``(id, title, version)`` of each bundled rule set, by id; ``_*`` files are skipped."""
    found = []
    for path in _bundled_files():
        ruleset = parse_rules(read_rule_file(path), str(path)).ruleset
        found.append((ruleset.id, ruleset.title, ruleset.version))
    return sorted(found)


def rules_json_schema() -> dict[str, Any]:
    """The JSON Schema of rule files, for editors (``screener rules schema``)."""
    schema = RuleSet.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": "Screener rule set",
    }


# ------------------------------------------------------------------------------ helpers


def _bundled_files() -> list[Path]:
    folder = bundled_rules_dir()
    files = [p for p in folder.iterdir() if p.suffix in SUFFIXES] if folder.is_dir() else []
    return sorted(p for p in files if not p.name.startswith("_") and p.is_file())


def _load_bundled(rules_id: str) -> LoadedRules:
    files = {path.stem: path for path in _bundled_files()}
    if rules_id not in files:
        hint = nearest(rules_id, files)
        suffix = f" (did you mean {hint!r}?)" if hint else ""
        raise RulesNotFound(
            f"no bundled rule set {rules_id!r}{suffix}", rules=rules_id, available=sorted(files)
        )
    path = files[rules_id]
    loaded = parse_rules(read_rule_file(path), str(path))
    if loaded.ruleset.id != rules_id:
        _fail(str(path), [Problem("id", f"id {loaded.ruleset.id!r} differs from the file name")])
    return loaded


def _spurious(detail: ErrorDetails) -> bool:
    """A "too short" reported only because every item of a long enough list failed."""
    value, ctx = detail["input"], detail.get("ctx", {})
    return detail["type"] == "too_short" and len(value) >= ctx.get("min_length", 0)


def _document_order(problem: Problem) -> tuple[int, int]:
    """Top-level keys first, then required and preferred criteria in file order."""
    head, _, rest = problem.path.partition(".")
    index = rest.partition(".")[0]
    rank = {"required": 1, "preferred": 2}.get(head, 0)
    return rank, int(index) if index.isdigit() else -1


def _from_pydantic(detail: ErrorDetails) -> Problem:
    loc = tuple(detail["loc"])
    path = ".".join(str(part) for part in loc)
    message = detail["msg"].removeprefix("Value error, ")
    if detail["type"] == "extra_forbidden" and loc:
        key = str(loc[-1])
        reason = proxies().keys.get(key)
        if reason:
            return Problem(path, f"unknown key {key!r}: {reason}")
        return Problem(path, f"unknown key {key!r}", nearest(key, _allowed_keys(loc[:-1])))
    if detail["type"] == "literal_error":
        expected = str(detail.get("ctx", {}).get("expected", ""))
        choices = [part.strip(" '") for part in expected.replace(" or ", ", ").split(",")]
        value = detail["input"]
        return Problem(path, message, nearest(value, choices) if isinstance(value, str) else None)
    kind = reference_kind(loc) if loc else None
    if kind and isinstance(detail["input"], str):
        value = detail["input"]
        known = catalog(kind)
        named = known.lookup(value)
        if named is not None:
            return Problem(path, f"{value!r} is a name of {kind} {named!r}; rules use ids", named)
        return Problem(path, f"{message} (a {kind} id)", nearest(value, known.ids))
    return Problem(path, message)


def _allowed_keys(loc: tuple[str | int, ...]) -> list[str]:
    model: type[BaseModel] | None = RuleSet
    for part in loc:
        if model is None:
            break
        if isinstance(part, str):
            field = _field(model, part)
            model = None if field is None else _model_in(field.annotation)
    if model is None:
        return []
    return [info.alias or name for name, info in model.model_fields.items()]


def _field(model: type[BaseModel], key: str) -> FieldInfo | None:
    return next(
        (info for name, info in model.model_fields.items() if (info.alias or name) == key), None
    )


def _model_in(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
