"""The flow's stages never reach back (docs/architecture.md): each package imports only
from the stages before it and from what sits below them all."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "screener"
BELOW = {"screener.models", "screener.taxonomy", "screener.months", "screener.lines",
         "screener.provenance", "screener.errors", "screener.version",
         "screener.resources"}  # fmt: skip
# What each stage may import besides what sits below all of them.
ALLOWED: dict[str, set[str]] = {
    "screener.ingest": set(),
    "screener.nlp": set(),
    "screener.extract": {"screener.nlp"},
    "screener.requirements": set(),
    "screener.report": {"screener.requirements"},
    "screener.drafting": {"screener.ingest", "screener.nlp", "screener.requirements"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.startswith("screener.")}


def _package_of(module: str) -> str:
    return ".".join(module.split(".")[:2])


@pytest.mark.parametrize("stage", sorted(ALLOWED))
def test_a_stage_imports_only_earlier_stages_and_what_is_below(stage: str) -> None:
    folder = ROOT / stage.split(".")[1]
    wrong = {
        f"{path.relative_to(ROOT.parent)} imports {module}"
        for path in folder.rglob("*.py")
        for module in _imports(path)
        if _package_of(module) not in {stage, *BELOW, *ALLOWED[stage]}
    }
    assert not wrong, sorted(wrong)
