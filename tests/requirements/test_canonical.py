"""The rules sha256 is over RFC 8785 (JCS) canonical JSON, so it can be recomputed with
any JCS implementation from the stored body."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import rfc8785

from screener.requirements.loading import canonical_json, parse_rules

RULES: dict[str, Any] = {
    "id": "cafe",
    "title": "Développeur",
    "version": 1,
    "required": [{"id": "py", "label": "Python", "weight": 1.0, "skills": {"all_of": ["python"]}}],
}


def test_the_rfc_8785_example_canonicalises_as_the_rfc_says() -> None:
    # RFC 8785, section 3.2.2 (input) and 3.2.3 (output)
    data = json.loads(
        '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],'
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",'
        ' "literals": [null, true, false]}'
    )
    expected = (
        '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],'
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )
    assert rfc8785.dumps(data) == expected.encode("utf-8")


def test_canonical_json_is_jcs_of_the_validated_body() -> None:
    loaded = parse_rules(RULES, "inline")
    body = loaded.ruleset.model_dump(mode="json", by_alias=True)
    canonical = canonical_json(loaded.ruleset)
    assert json.loads(canonical) == body
    text = canonical.decode("utf-8")
    assert '"weight":1,' in text or '"weight":1}' in text  # 1.0 is written as ECMAScript does
    assert '"title":"Développeur"' in text  # UTF-8, not \u escapes
    assert ": " not in text
    assert ", " not in text.replace("Python, ", "")
    keys = list(json.loads(canonical))
    assert keys == sorted(keys)
    assert loaded.sha256 == hashlib.sha256(canonical).hexdigest()


def test_key_order_and_formatting_do_not_change_the_sha256() -> None:
    shuffled = {key: RULES[key] for key in reversed(list(RULES))}
    reordered = parse_rules(shuffled, "a").sha256
    yaml_like = parse_rules(json.loads(json.dumps(RULES, indent=4)), "b").sha256
    assert reordered == yaml_like == parse_rules(RULES, "c").sha256
    changed = {**RULES, "title": "Développeuse"}
    assert parse_rules(changed, "d").sha256 != reordered
