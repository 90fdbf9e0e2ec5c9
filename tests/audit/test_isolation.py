"""Demographics reach the audit only: no stage imports it, and no rule can name them."""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Any

import pytest

from screener.errors import RulesError
from screener.requirements.loading import parse_rules

ROOT = Path(__file__).resolve().parents[2]
# The audit's front ends: its commands, and the API's audit route (``/v1/jobs/{id}/audit``).
FRONT_ENDS = {"screener/cli/audit.py", "screener/cli/audit_view.py",
              "screener/cli/reproduce.py", "api/routes/audit.py"}  # fmt: skip


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def _python_files() -> list[Path]:
    return sorted([*(ROOT / "screener").rglob("*.py"), *(ROOT / "api").rglob("*.py")])


def test_only_the_audit_front_ends_import_the_audit_package() -> None:
    importers = {
        str(path.relative_to(ROOT))
        for path in _python_files()
        if not path.is_relative_to(ROOT / "screener" / "audit")
        and any(name.startswith("screener.audit") for name in _imports(path))
    }
    assert importers <= FRONT_ENDS, sorted(importers - FRONT_ENDS)


def test_only_the_audit_reads_demographics() -> None:
    readers = {
        str(path.relative_to(ROOT))
        for path in _python_files()
        if "screener.audit.demographics" in _imports(path)
        or "read_demographics" in path.read_text(encoding="utf-8")
    }
    assert all(reader.startswith("screener/audit/") for reader in readers), sorted(readers)


BASE: dict[str, Any] = {
    "id": "job",
    "title": "Job",
    "version": 1,
    "required": [{"id": "code", "label": "Python", "skills": {"all_of": ["python"]}}],
}


def _refused(data: dict[str, Any]) -> list[dict[str, Any]]:
    with pytest.raises(RulesError) as caught:
        parse_rules(data, "job.yaml")
    errors: list[dict[str, Any]] = caught.value.details["errors"]
    return errors


@pytest.mark.parametrize("key", ["sex", "race", "ethnicity", "race_ethnicity", "gender"])
def test_a_criterion_naming_a_category_is_refused(key: str) -> None:
    data = copy.deepcopy(BASE)
    data["required"].append({"id": "who", "label": "Who", key: "F"})
    errors = _refused(data)
    found = [e for e in errors if e["path"] == f"required.1.{key}"]
    assert found, errors
    assert "protected trait" in found[0]["message"]
    assert found[0]["suggestion"] is None  # never "did you mean" a real test


@pytest.mark.parametrize("key", ["sex", "race_ethnicity"])
def test_a_test_naming_a_category_is_refused(key: str) -> None:
    data = copy.deepcopy(BASE)
    data["required"][0]["skills"][key] = "F"
    paths = [e["path"] for e in _refused(data)]
    assert f"required.0.skills.{key}" in paths


@pytest.mark.parametrize(
    ("where", "text"),
    [("label", "Sex: female"), ("label", "Race or ethnicity"), ("keyword", "male"),
     ("keyword", "ethnicity")],
)  # fmt: skip
def test_labels_and_keywords_naming_a_category_are_refused(where: str, text: str) -> None:
    data = copy.deepcopy(BASE)
    if where == "label":
        data["required"][0]["label"] = text
    else:
        data["required"].append({"id": "k", "label": "k", "keyword": {"any_of": [text]}})
    assert any("protected trait" in e["message"] for e in _refused(data))
