"""A criterion's optional ``source``: validated, carried into the outcome, and invisible
(hash, dumps, Screening JSON) when a rule set has none."""

from __future__ import annotations

import json
from typing import Any

import pytest

from screener.errors import RulesError
from screener.models.screening import RuleSetRef
from screener.requirements.evaluate import screen_profile
from screener.requirements.loading import load_rules, parse_rules, rules_json_schema
from tests.builders import profile

SOURCE = {"text": "Python and Java", "start": 10, "end": 25}
ML_SHA256 = "390addb89a4d359742d368d740deaeafb2c91ce0a624138f0b3005174b1f0c97"
"""The bundled ml-engineer rule set's sha256 (RFC 8785 JSON; engine 0.2.0 on)."""


def _data(**extra: Any) -> dict[str, Any]:
    criterion = {"id": "code", "label": "Python and Java", "skills": {"all_of": ["python", "java"]}}
    return {"id": "job", "title": "Job", "version": 1, "required": [{**criterion, **extra}]}


def test_a_source_is_validated_and_kept() -> None:
    loaded = parse_rules(_data(source=SOURCE), "job.yaml")
    source = loaded.ruleset.required[0].source
    assert source is not None
    assert (source.text, source.start, source.end) == ("Python and Java", 10, 25)


@pytest.mark.parametrize(
    ("source", "path"),
    [
        ({"text": "x", "start": 5, "end": 5}, "required.0.source"),
        ({"text": "", "start": 0, "end": 1}, "required.0.source.text"),
        ({"text": "x", "start": -1, "end": 1}, "required.0.source.start"),
        ({"text": "x", "start": 0, "end": 1, "page": 2}, "required.0.source.page"),
        ("Python and Java", "required.0.source"),
    ],
)
def test_a_bad_source_is_refused_at_its_path(source: object, path: str) -> None:
    with pytest.raises(RulesError) as raised:
        parse_rules(_data(source=source), "job.yaml")
    assert path in [error["path"] for error in raised.value.details["errors"]]


def test_rule_sets_without_sources_keep_their_sha256_and_dumps() -> None:
    assert load_rules("ml-engineer").sha256 == ML_SHA256
    plain = parse_rules(_data(), "a")
    assert "source" not in plain.ruleset.required[0].model_dump()
    with_source = parse_rules(_data(source=SOURCE), "b")
    assert with_source.sha256 != plain.sha256
    assert with_source.ruleset.model_dump(mode="json")["required"][0]["source"] == SOURCE


def test_the_outcome_carries_the_source_and_only_when_there_is_one() -> None:
    ref = RuleSetRef(id="job", version=1, sha256="0" * 64)
    candidate = profile()
    cited = screen_profile(candidate, parse_rules(_data(source=SOURCE), "b").ruleset, ref)
    assert cited.outcomes[0].source is not None
    assert json.loads(cited.model_dump_json())["outcomes"][0]["source"] == SOURCE
    plain = screen_profile(candidate, parse_rules(_data(), "a").ruleset, ref)
    assert "source" not in json.loads(plain.model_dump_json())["outcomes"][0]


def test_the_schema_documents_the_source() -> None:
    schema = rules_json_schema()
    assert "source" in schema["$defs"]["Criterion"]["properties"]
    assert set(schema["$defs"]["CriterionSource"]["properties"]) == {"text", "start", "end"}
