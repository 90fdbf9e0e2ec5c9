"""Reading rule text: cost linear in the size, nesting refused before anything recurses."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

from screener.errors import RulesError
from screener.requirements import reading
from screener.requirements.loading import load_rules
from screener.requirements.reading import (
    MAX_DEPTH,
    json_nesting,
    loads_rules_json,
    loads_rules_yaml,
)

DEEP = 150_000  # issue 10: this many nested objects ended in a RecursionError


@pytest.fixture(params=["libyaml", "python"])
def yaml_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each case on libyaml (when installed) and on PyYAML's pure-Python parser."""
    if request.param == "libyaml" and not yaml.__with_libyaml__:
        pytest.skip("PyYAML was built without libyaml")
    if request.param == "python":
        monkeypatch.setattr(reading, "_EventLoader", yaml.SafeLoader)
        monkeypatch.setattr(reading, "_StrictLoader", reading._PyStrictLoader)
    return str(request.param)


def _refused(text: str) -> str:
    with pytest.raises(RulesError) as caught:
        loads_rules_yaml(text, "job.yaml")
    assert caught.value.details["file"] == "job.yaml"
    message: str = caught.value.details["errors"][0]["message"]
    return message


def test_a_60000_key_mapping_loads_and_a_duplicate_among_them_is_named() -> None:
    # issue 10: 145 s with the quadratic check; ~1.5 s on libyaml now (PyYAML's own
    # parser takes ~8 s for the size, which is why libyaml is used when installed)
    keys = [f"  k{n}: {n}" for n in range(60_000)]
    data = loads_rules_yaml("id: x\nextra:\n" + "\n".join(keys) + "\n", "job.yaml")
    assert isinstance(data, dict)
    assert len(data["extra"]) == 60_000
    assert data["extra"]["k59999"] == 59_999
    duplicated = "id: x\nextra:\n" + "\n".join([*keys, "  k5: again"]) + "\n"
    message = _refused(duplicated)
    assert "duplicate key 'k5'" in message
    assert "line 60003" in message  # where the second one is


def test_duplicate_keys_are_found_at_every_level(yaml_backend: str) -> None:
    assert "duplicate key 'id'" in _refused("id: a\nid: b\n")
    assert "duplicate key 'label'" in _refused("required:\n  - {label: a, label: b}\n")
    assert loads_rules_yaml("a: {x: 1}\nb: {x: 1}\n", "job.yaml") == {
        "a": {"x": 1},
        "b": {"x": 1},
    }


@pytest.mark.parametrize(
    "text",
    [
        "required: " + "[" * DEEP + "]" * DEEP + "\n",  # flow sequences
        "required: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n",  # flow mappings
        "required:\n  " + "- " * DEEP + "x\n",  # block sequences on one line
        "required:\n" + "".join(" " * n + "a:\n" for n in range(1, 1_300)),  # indentation
    ],
    ids=["flow-sequences", "flow-mappings", "block-sequences", "block-mappings"],
)
def test_deep_yaml_is_refused_before_recursion(yaml_backend: str, text: str) -> None:
    message = _refused(text)
    assert message.startswith(f"nested deeper than {MAX_DEPTH} levels (line ")


def test_yaml_at_the_depth_limit_loads_and_one_more_level_is_refused(yaml_backend: str) -> None:
    def nested(levels: int) -> str:  # the root mapping is level 1, the scalar the last
        return "a: " + "[" * (levels - 2) + "1" + "]" * (levels - 2) + "\n"

    assert loads_rules_yaml(nested(MAX_DEPTH), "job.yaml") is not None
    assert _refused(nested(MAX_DEPTH + 1)).startswith("nested deeper than")


def test_aliases_are_refused_from_the_events(yaml_backend: str) -> None:
    message = _refused("base: &b {id: x}\nother: *b\n")
    assert message.startswith("anchors and aliases are not supported (line 2")


def test_json_nesting_counts_brackets_outside_strings() -> None:
    assert json_nesting('{"a": [1, {"b": []}]}') == 4
    assert json_nesting('{"a": "[[[{{{", "b": "\\"[[["}') == 1
    assert json_nesting("1") == 0
    assert json_nesting("[" * DEEP) == DEEP  # malformed text gets a count too


def test_deep_json_is_refused_before_recursion() -> None:
    text = '{"id": "x", "required": ' + '{"a": ' * DEEP + "1" + "}" * DEEP + "}"
    assert sys.getrecursionlimit() < DEEP  # json.loads would raise RecursionError
    with pytest.raises(RulesError, match="nested deeper than 32 levels"):
        loads_rules_json(text, "inline")
    at_limit = "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1)
    assert loads_rules_json(at_limit, "inline") is not None
    with pytest.raises(RulesError, match="invalid JSON"):
        loads_rules_json('{"id": ', "inline")


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_deep_rule_files_are_one_rules_error(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"deep{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps({"id": "x"})[:-1] + ', "r": ' + "[" * DEEP + "]" * DEEP + "}")
    else:
        path.write_text("id: x\nr: " + "[" * DEEP + "]" * DEEP + "\n")
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    assert [e["message"][:28] for e in caught.value.details["errors"]] == [
        "nested deeper than 32 levels"
    ]
