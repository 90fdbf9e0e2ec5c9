"""Reading hostile rule text (issue 10): a 60,000-key YAML mapping, and 150,000 levels of
nesting in YAML and JSON, on libyaml and on PyYAML's pure-Python parser.

Before: the 60,000-key file took 145 s (a quadratic duplicate-key check) and the nested
ones ended in a ``RecursionError``. Prints the seconds each takes to load or be refused,
and the first line of the refusal.

Run: ``.venv/bin/python bench/rules_reading.py``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml

from screener.errors import RulesError
from screener.requirements import reading

DEEP = 150_000
CASES: dict[str, Callable[[], object]] = {
    "YAML, 60,000 keys": lambda: reading.loads_rules_yaml(
        "id: x\nextra:\n" + "".join(f"  k{n}: {n}\n" for n in range(60_000)), "keys.yaml"
    ),
    "YAML, 60,000 keys + a duplicate": lambda: reading.loads_rules_yaml(
        "id: x\nextra:\n" + "".join(f"  k{n}: {n}\n" for n in range(60_000)) + "  k5: 0\n",
        "keys.yaml",
    ),
    "YAML, 150,000 nested [": lambda: reading.loads_rules_yaml(
        "r: " + "[" * DEEP + "]" * DEEP, "deep.yaml"
    ),
    "JSON, 150,000 nested objects": lambda: reading.loads_rules_json(
        '{"a":' * DEEP + "1" + "}" * DEEP, "deep.json"
    ),
}


def measure(label: str, load: Callable[[], object]) -> None:
    """Print how long ``load`` takes and what it answers."""
    start = time.perf_counter()
    try:
        data = load()
        outcome = f"loaded ({len(data['extra']) if isinstance(data, dict) else '?'} keys)"
    except RulesError as error:
        outcome = "refused: " + error.details["errors"][0]["message"].splitlines()[0]
    print(f"  {label}: {time.perf_counter() - start:.2f} s, {outcome}")


def main() -> None:
    """Every case on each YAML backend available."""
    backends = [("libyaml", yaml.__with_libyaml__), ("pure Python", True)]
    for name, available in backends:
        if not available:
            continue
        if name == "pure Python":
            reading._EventLoader = yaml.SafeLoader
            reading._StrictLoader = reading._PyStrictLoader
        print(f"{name}:")
        for label, load in CASES.items():
            measure(label, load)


if __name__ == "__main__":
    main()
