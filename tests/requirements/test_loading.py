from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from screener import resources
from screener.errors import RulesError, RulesNotFound
from screener.requirements.loading import (
    list_bundled,
    load_rules,
    parse_rules,
    rules_json_schema,
)

ROOT = Path(__file__).resolve().parents[2]
BASE: dict[str, Any] = {
    "id": "job",
    "title": "Job",
    "version": 1,
    "required": [
        {"id": "degree", "label": "Degree", "degree": {"min_level": "bachelor"}},
        {"id": "years", "label": "2 years", "experience": {"min_years": 2}},
        {"id": "code", "label": "Python and Java", "skills": {"all_of": ["python", "java"]}},
    ],
    "preferred": [
        {"id": "cert", "label": "Cert", "certification": {"any_of": ["ml-with-python"]}},
    ],
}


def _errors(data: object) -> list[dict[str, Any]]:
    with pytest.raises(RulesError) as caught:
        parse_rules(data, "job.yaml")
    assert caught.value.code == "invalid_rules"
    assert caught.value.details["file"] == "job.yaml"
    errors: list[dict[str, Any]] = caught.value.details["errors"]
    return errors


def _with(path: str, value: object) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    node: Any = data
    for part in parents:
        node = node[part]
    node[last] = value
    return data


@pytest.mark.parametrize("rules_id", ["ml-engineer", "data-analyst", "registered-nurse"])
def test_bundled_rule_sets_are_valid(rules_id: str) -> None:
    loaded = load_rules(rules_id)
    assert loaded.ruleset.id == rules_id
    assert load_rules(ROOT / "rules" / f"{rules_id}.yaml").sha256 == loaded.sha256
    assert loaded.ref().sha256 == loaded.sha256
    assert loaded.ref().version == loaded.ruleset.version


def test_base_is_valid() -> None:
    assert parse_rules(BASE, "job.yaml").ruleset.required[2].kind == "skills"


ERRORS = [
    # (what, dotted path to set, value, error path, message fragment, suggestion)
    (
        "unknown key",
        "required.1.experience",
        {"min_yeras": 2},
        "required.1.experience.min_yeras",
        "unknown key",
        "min_years",
    ),
    (
        "unknown combinator key",
        "required.2.skills",
        {"all_off": ["python"]},
        "required.2.skills.all_off",
        "unknown key",
        "all_of",
    ),
    (
        "unknown skill id",
        "required.2.skills.all_of.1",
        "jvaa",
        "required.2.skills.all_of.1",
        "unknown skill id",
        "java",
    ),
    (
        "skill name, not id",
        "required.2.skills.all_of.0",
        "Python 3",
        "required.2.skills.all_of.0",
        "is a name of skill",
        "python",
    ),
    (
        "skill alias with an id shape",
        "required.2.skills.all_of.0",
        "python3",
        "required.2.skills.all_of.0",
        "is a name of skill",
        "python",
    ),
    (
        "unknown cert id",
        "preferred.0.certification.any_of.0",
        "ml-with-pyton",
        "preferred.0.certification.any_of.0",
        "unknown certification id",
        "ml-with-python",
    ),
    (
        "unknown field id",
        "required.0.degree",
        {"min_level": "bachelor", "fields": ["mathematic"]},
        "required.0.degree.fields.0",
        "unknown field id",
        "mathematics",
    ),
    (
        "bad min_level",
        "required.0.degree.min_level",
        "bachelors",
        "required.0.degree.min_level",
        "Input should be",
        "bachelor",
    ),
    (
        "two tests",
        "required.1",
        {
            "id": "years",
            "label": "x",
            "experience": {"min_years": 2},
            "keyword": {"any_of": ["ab"]},
        },
        "required.1",
        "exactly one test",
        None,
    ),
    ("no test", "required.1", {"id": "years", "label": "x"}, "required.1", "got none", None),
    ("duplicate ids", "preferred.0.id", "code", "", "must be unique", None),
    ("empty required", "required", [], "required", "at least 1", None),
    (
        "min_count too large",
        "required.2.skills",
        {"any_of": ["python"], "min_count": 2},
        "required.2.skills",
        "min_count",
        None,
    ),
    (
        "max_years is a proxy",
        "required.1.experience",
        {"min_years": 2, "max_years": 5},
        "required.1.experience.max_years",
        "proxy for age",
        None,
    ),
    (
        "experience under not",
        "preferred.0",
        {"id": "x", "label": "x", "not": {"experience": {"min_years": 10}}},
        "preferred.0.not.experience",
        "experience maximum",
        None,
    ),
]


@pytest.mark.parametrize(
    ("set_path", "value", "path", "fragment", "suggestion"),
    [case[1:] for case in ERRORS],
    ids=[case[0] for case in ERRORS],
)
def test_errors_name_the_path_and_suggest(
    set_path: str, value: object, path: str, fragment: str, suggestion: str | None
) -> None:
    errors = _errors(_with(set_path, value))
    matching = [e for e in errors if e["path"] == path]
    assert matching, errors
    assert fragment in matching[0]["message"]
    assert matching[0]["suggestion"] == suggestion


@pytest.mark.parametrize(
    "phrase",
    [
        "native English speaker",
        "Native speaker",
        "digital native",
        "young and dynamic",
        "recent graduate",
        "graduated after 2015",
        "date of birth",
        "aged 25-35",
        "female",
        "nationality",
        "religious",
        "married",
        "not pregnant",
        "disability",
        "maternity leave",
    ],
)
def test_proxy_keywords_are_refused(phrase: str) -> None:
    value = {"id": "k", "label": "k", "keyword": {"any_of": ["fine phrase", phrase]}}
    errors = _errors(_with("preferred.0", value))
    assert [e["path"] for e in errors] == ["preferred.0.keyword.any_of.1"]
    assert "protected trait" in errors[0]["message"]


@pytest.mark.parametrize(
    "phrase", ["race conditions", "React Native", "aged care", "women's health", "management"]
)
def test_professional_terms_are_not_proxies(phrase: str) -> None:
    value = {"id": "k", "label": "k", "keyword": {"any_of": [phrase]}}
    parse_rules(_with("preferred.0", value), "job.yaml")


def test_proxy_labels_are_refused() -> None:
    errors = _errors(_with("required.1.label", "Under 30 years old"))
    assert errors[0]["path"] == "required.1.label"


def test_nested_conditions_are_checked_with_full_paths() -> None:
    nested = {
        "id": "mix",
        "label": "Mix",
        "any": [
            {"skills": {"any_of": ["python"]}},
            {
                "all": [
                    {"certification": {"any_of": ["ckaa"]}},
                    {"not": {"skills": {"all_of": ["pyhton"]}}},
                    {"experience": {"min_years": 1, "skill": "javva"}},
                ]
            },
        ],
    }
    errors = _errors(_with("preferred.0", nested))
    found = {e["path"]: e["suggestion"] for e in errors}
    assert found == {
        "preferred.0.any.1.all.0.certification.any_of.0": "cka",
        "preferred.0.any.1.all.1.not.skills.all_of.0": "python",
        "preferred.0.any.1.all.2.experience.skill": "java",
    }


def test_every_error_is_reported_at_once() -> None:
    data = _with("required.2.skills.all_of", ["pyhton", "jvaa"])
    data["required"][1]["experience"] = {"min_yeras": 2}
    paths = [e["path"] for e in _errors(data)]
    assert "required.1.experience.min_yeras" in paths
    assert {"required.2.skills.all_of.0", "required.2.skills.all_of.1"} <= set(paths)


SOURCE = """\
# a comment
id: job
title: Job
version: 1
required:
  - id: code
    label: Python
    skills: {all_of: [python]}
"""
REFORMATTED = """\
id: job
version: 1   # bumped on change
title: "Job"
required:
- skills:
    all_of:
    - python
  label: 'Python'
  id: code
"""


def test_sha256_ignores_formatting_and_follows_content(tmp_path: Path) -> None:
    one, two, three = tmp_path / "a.yaml", tmp_path / "b.yaml", tmp_path / "c.json"
    one.write_text(SOURCE, encoding="utf-8")
    two.write_text(REFORMATTED, encoding="utf-8")
    three.write_text(json.dumps(yaml.safe_load(SOURCE), indent=4), encoding="utf-8")
    digests = {load_rules(path).sha256 for path in (one, two, three)}
    assert len(digests) == 1
    changed = tmp_path / "d.yaml"
    changed.write_text(SOURCE.replace("[python]", "[python, java]"), encoding="utf-8")
    assert load_rules(changed).sha256 not in digests


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("id: [unclosed", "invalid YAML"),
        ("id: a\nid: b\n", "duplicate key 'id'"),
        ("base: &b {id: x}\nother: *b\n", "aliases are not supported"),
    ],
)
def test_unreadable_yaml_is_refused(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    assert fragment in caught.value.details["errors"][0]["message"]
    assert caught.value.details["file"] == str(path)


def test_invalid_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(RulesError, match="invalid JSON"):
        load_rules(path)


def test_deep_nesting_is_refused() -> None:
    node: dict[str, Any] = {"skills": {"all_of": ["python"]}}
    for _ in range(40):
        node = {"not": node}
    with pytest.raises(RulesError, match="nested deeper"):
        parse_rules(_with("preferred.0", {"id": "d", "label": "d", **node}), "job.yaml")


def test_unknown_ids_and_missing_files_are_not_found(tmp_path: Path) -> None:
    with pytest.raises(RulesNotFound, match="did you mean 'ml-engineer'") as caught:
        load_rules("ml-enginer")
    assert caught.value.http_status == 404
    with pytest.raises(RulesNotFound):
        load_rules(tmp_path / "missing.yaml")


def test_bundled_rules_in_an_installed_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "screener"
    (package / "_rules").mkdir(parents=True)
    (package / "_rules" / "job.yaml").write_text(SOURCE, encoding="utf-8")
    (package / "_rules" / "_draft.yaml").write_text("not: a rule set", encoding="utf-8")
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert resources.bundled_rules_dir() == package / "_rules"
    assert list_bundled() == [("job", "Job", 1)]
    assert load_rules("job").ruleset.id == "job"
    with pytest.raises(RulesNotFound):
        load_rules("_draft")


def test_bundled_file_name_must_match_its_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "_rules").mkdir()
    (tmp_path / "_rules" / "other.yaml").write_text(SOURCE, encoding="utf-8")
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path)
    with pytest.raises(RulesError, match="differs from the file name"):
        load_rules("other")


def test_json_schema_describes_the_language() -> None:
    schema = rules_json_schema()
    assert schema["$id"].startswith("https://")
    assert schema["additionalProperties"] is False
    assert {"id", "title", "version", "required", "preferred"} <= set(schema["properties"])
    assert "not" in schema["$defs"]["Criterion"]["properties"]
    json.dumps(schema)
