"""A drafted rule set written out as YAML or JSON, byte for byte the same for the same
posting: keys in the rule language's order, lists of ids on one line, no timestamps."""

from __future__ import annotations

import json
from typing import Any

import yaml

from screener.drafting.draft import Draft

HEADER = (
    "# Drafted by `screener rules draft` from a job posting. Review every criterion before\n"
    "# use: each one's `source` quotes the posting's words it was drafted from.\n"
)


CRITERION_HEAD = ("id", "label", "weight")


class _DraftDumper(yaml.SafeDumper):
    """Block style for mappings; lists of plain values in flow style (``[python, java]``)."""


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(isinstance(item, str | int | float) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_DraftDumper.add_representer(list, _represent_list)


def rules_data(draft: Draft) -> dict[str, Any]:
    """The drafted rule set as plain data: the validated model, defaults left out."""
    data: dict[str, Any] = draft.rules.ruleset.model_dump(
        mode="json", by_alias=True, exclude_defaults=True
    )
    for kind in ("required", "preferred"):
        if kind in data:
            data[kind] = [_in_reading_order(criterion) for criterion in data[kind]]
    whole: dict[str, Any] = _whole_numbers(data)
    return whole


def _in_reading_order(criterion: dict[str, Any]) -> dict[str, Any]:
    """``id``, ``label``, ``weight``, the test, then ``source``: how people write rules."""
    first = [key for key in CRITERION_HEAD if key in criterion]
    last = [key for key in ("source",) if key in criterion]
    middle = [key for key in criterion if key not in first and key not in last]
    return {key: criterion[key] for key in (*first, *middle, *last)}


def to_yaml(draft: Draft) -> str:
    """The drafted rule set as a YAML rule file (with a header comment)."""
    body = yaml.dump(
        rules_data(draft),
        Dumper=_DraftDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return HEADER + body


def to_json(draft: Draft) -> str:
    """The drafted rule set as a JSON rule file."""
    return json.dumps(rules_data(draft), indent=2, ensure_ascii=False) + "\n"


def report_yaml(draft: Draft) -> str:
    """The draft's report as YAML."""
    data = draft.report.model_dump(mode="json")
    return yaml.dump(data, Dumper=_DraftDumper, sort_keys=False, allow_unicode=True, width=100)


def report_json(draft: Draft) -> str:
    """The draft's report as JSON."""
    return json.dumps(draft.report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def _whole_numbers(value: Any) -> Any:
    """``2.0`` written as ``2`` (the rule language reads both; people write the latter)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _whole_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_whole_numbers(item) for item in value]
    return value
