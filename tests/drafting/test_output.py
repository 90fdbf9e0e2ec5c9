"""The drafted rule set as YAML and JSON: readable, valid, the same bytes every time."""

from __future__ import annotations

import json

import yaml

from screener.drafting import (
    draft_posting,
    read_posting_text,
    report_json,
    report_yaml,
    to_json,
    to_yaml,
)
from screener.requirements.loading import parse_rules

POSTING = "Data Analyst\n\nRequirements\n- 2+ years of experience\n- SQL and Python or R\n"


def test_yaml_is_a_rule_file_with_ids_on_one_line() -> None:
    draft = draft_posting(read_posting_text(POSTING), rules_id="analyst")
    text = to_yaml(draft)
    assert text.startswith("# Drafted by `screener rules draft`")
    assert "min_years: 2\n" in text  # whole numbers as integers
    assert "all_of: [sql]" in text
    assert "any_of: [python, r]" in text
    data = yaml.safe_load(text)
    assert list(data["required"][0]) == ["id", "label", "experience", "source"]
    assert parse_rules(data, "yaml").sha256 == draft.rules.sha256


def test_json_is_the_same_rule_set() -> None:
    draft = draft_posting(read_posting_text(POSTING), rules_id="analyst")
    assert parse_rules(json.loads(to_json(draft)), "json").sha256 == draft.rules.sha256


def test_the_report_as_data() -> None:
    draft = draft_posting(read_posting_text(POSTING), rules_id="analyst")
    assert yaml.safe_load(report_yaml(draft)) == json.loads(report_json(draft))
    assert json.loads(report_json(draft))["posting"]["read_from"] == "text"
