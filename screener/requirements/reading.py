"""Reading rule text safely: YAML and JSON whose cost stays linear in their size.

    from screener.requirements.reading import read_rule_file, loads_rules_json

    data = read_rule_file(Path("my-job.yaml"))     # dicts and lists, not yet validated
    data = loads_rules_json('{"id": "x", ...}', "inline")

Both parsers recurse once per level of nesting (a file of 150,000 nested ``[`` ended in a
``RecursionError`` and a 3,000-line traceback), so nesting is measured *before* parsing,
without recursion: for YAML on the flat stream of parser events, for JSON on the brackets
of the text. Duplicate YAML keys are found with a set (the list it replaced made a
60,000-key file take 145 s). Anything refused raises :class:`~screener.errors.RulesError`
naming the file.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from pathlib import Path
from typing import Any, NoReturn

import yaml

from screener.errors import RulesError
from screener.requirements.checks import Problem

MAX_BYTES = 1_000_000
MAX_DEPTH = 32
"""Deepest nesting of a rule set: the root is level 1, each value one deeper."""

_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_OPENING = frozenset("[{")
_TOO_DEEP = f"nested deeper than {MAX_DEPTH} levels"


def fail(source: str, problems: list[Problem]) -> NoReturn:
    """Raise ``RulesError`` for ``source`` listing ``problems`` (the first in its message)."""
    first = problems[0] if problems else Problem("", "invalid rule set")
    where = f"{first.path}: " if first.path else ""
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    raise RulesError(
        f"invalid rule set {source}: {where}{first.message}{more}",
        file=source,
        errors=[problem.to_dict() for problem in problems],
    )


def read_rule_file(path: Path) -> object:
    """The parsed content of a ``.json`` or YAML rule file, refused when it is over
    ``MAX_BYTES``, not UTF-8, malformed, nested deeper than ``MAX_DEPTH``, or (YAML) has
    a duplicate key or an alias."""
    source = str(path)
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        fail(source, [Problem("", f"the file is larger than {MAX_BYTES} bytes")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        fail(source, [Problem("", "the file is not UTF-8 text")])
    if path.suffix == ".json":
        return loads_rules_json(text, source)
    return loads_rules_yaml(text, source)


def check_json_nesting(text: str, source: str) -> None:
    """Refuse JSON ``text`` whose brackets nest deeper than ``MAX_DEPTH``, unparsed."""
    if json_nesting(text) > MAX_DEPTH:  # its data is deeper still (parse_rules refuses it)
        fail(source, [Problem("", _TOO_DEEP)])


def loads_rules_json(text: str, source: str) -> object:
    """JSON text parsed, once its nesting is known to be at most ``MAX_DEPTH`` levels."""
    check_json_nesting(text, source)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        fail(source, [Problem("", f"invalid JSON: {error}")])


def loads_rules_yaml(text: str, source: str) -> object:
    """Safe YAML parsed, once its events show no alias and no nesting past ``MAX_DEPTH``;
    a duplicate key is refused (it would silently drop criteria)."""
    try:
        _check_events(text)
        return yaml.load(text, Loader=_StrictLoader)  # a SafeLoader subclass
    except _Refused as error:
        fail(source, [Problem("", f"{error.message} ({_line(error.mark)})")])
    except yaml.MarkedYAMLError as error:
        if "maximum nesting depth" in str(error.problem):  # libyaml's own limit, met first
            fail(source, [Problem("", f"{_TOO_DEEP} ({_line(error.problem_mark)})")])
        fail(source, [Problem("", f"invalid YAML: {error}")])
    except yaml.YAMLError as error:
        fail(source, [Problem("", f"invalid YAML: {error}")])


def json_nesting(text: str) -> int:
    """How deeply arrays and objects nest in JSON ``text``, counted on its brackets
    outside strings, without parsing (linear: 70 ms for 1 MB of brackets). Malformed
    text gets a count too; ``json.loads`` refuses it afterwards."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    steps = (1 if char in _OPENING else -1 for char in brackets)
    return max(accumulate(steps, initial=0))


def data_depth(data: object) -> int:
    """How deeply parsed ``data`` nests (a scalar at the root is 1), without recursion;
    counting stops one level past ``MAX_DEPTH``."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth <= MAX_DEPTH and isinstance(node, dict):
            stack += [(child, depth + 1) for child in node.values()]
        elif depth <= MAX_DEPTH and isinstance(node, list | tuple):
            stack += [(child, depth + 1) for child in node]
    return deepest


# ------------------------------------------------------------------------------ helpers


class _Refused(Exception):
    """YAML refused on its events: an alias, or nesting deeper than ``MAX_DEPTH``."""

    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


def _check_events(text: str) -> None:
    """Walk the parser's events (a flat stream, whatever the nesting): refuse an alias,
    or a node deeper than ``MAX_DEPTH``, before anything recursive sees the text."""
    loader = _EventLoader(text)
    try:
        open_collections = 0
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                raise _Refused("anchors and aliases are not supported", event.start_mark)
            if isinstance(event, yaml.CollectionEndEvent):
                open_collections -= 1
                continue
            if isinstance(event, yaml.CollectionStartEvent):
                open_collections += 1
                depth = open_collections
            else:
                depth = open_collections + 1
            if depth > MAX_DEPTH and isinstance(event, yaml.NodeEvent):
                raise _Refused(_TOO_DEEP, event.start_mark)
    finally:
        loader.dispose()


class _UniqueKeys(yaml.constructor.SafeConstructor):
    """Refuses duplicate keys in a mapping, checked with a set (linear in the keys)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, str):
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r}", key_node.start_mark
                    )
                seen.add(key)
        return super().construct_mapping(node, deep=deep)


class _PyStrictLoader(_UniqueKeys, yaml.SafeLoader):
    """Safe YAML without duplicate keys (aliases and nesting: ``_check_events``)."""


_EventLoader: type[yaml.SafeLoader | yaml.CSafeLoader] = yaml.SafeLoader
_StrictLoader: type[yaml.SafeLoader | yaml.CSafeLoader] = _PyStrictLoader
if yaml.__with_libyaml__:  # libyaml: 60,000 keys in ~1.5 s, ~8 s on PyYAML's own parser

    class _CStrictLoader(_UniqueKeys, yaml.CSafeLoader):
        """``_PyStrictLoader`` on libyaml's scanner and parser."""

    _EventLoader, _StrictLoader = yaml.CSafeLoader, _CStrictLoader


def _line(mark: Any) -> str:
    return "somewhere" if mark is None else f"line {mark.line + 1}, column {mark.column + 1}"
