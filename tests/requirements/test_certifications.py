"""The certification test by issuer or topic: validation, evaluation, and what stays as before."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from screener.errors import RulesError
from screener.models import Profile
from screener.models.screening import RuleSetRef
from screener.requirements.certifications import issuer_names, selected_ids
from screener.requirements.evaluate import screen_profile
from screener.requirements.loading import canonical_json, parse_rules, rules_json_schema
from screener.requirements.models import CertificationTest
from tests.builders import profile

REF = RuleSetRef(id="t", version=1, sha256="0" * 64)


def _data(test_yaml: str) -> dict[str, Any]:
    return {
        "id": "t",
        "title": "T",
        "version": 1,
        "required": [{"id": "c", "label": "c", "certification": yaml.safe_load(test_yaml)}],
    }


def _screen(test_yaml: str, candidate: Profile) -> tuple[str, float, str, str | None]:
    ruleset = parse_rules(_data(test_yaml), "t.yaml").ruleset
    outcome = screen_profile(candidate, ruleset, REF).outcomes[0]
    return outcome.status, outcome.credit, outcome.reason, outcome.to_meet


AWS = "{issuer: Amazon Web Services}"
ML = "{topic: machine-learning}"
AWS_ML = "{issuer: Amazon Web Services, topic: machine-learning}"
UNKNOWN_ISSUER = "unknown certification issuer"


@pytest.mark.parametrize(
    ("test_yaml", "certs", "status", "credit", "reason"),
    [
        # by issuer: any credential of Amazon Web Services
        (AWS, (("aws-developer-associate", "completed"),), "met", 1.0, "aws-developer-associate —"),
        (AWS, (("gcp-ml-engineer", "completed"),), "not_met", 0.0, "Not found: a certification"),
        (AWS, (), "not_met", 0.0, "Not found: a certification from Amazon Web Services."),
        # the name before a trailing bracket covers the issuer ("IBM (Coursera)")
        ("{issuer: IBM}", (("ibm-ml-professional", "completed"),), "met", 1.0, "ibm-ml"),
        ("{issuer: IBM (Coursera)}", (("ibm-ml-professional", "completed"),), "met", 1.0, "ibm"),
        # by topic, the catalog's topics with what they imply (deep learning ⇒ machine learning)
        (ML, (("gcp-ml-engineer", "completed"),), "met", 1.0, "gcp-ml-engineer —"),
        (ML, (("tensorflow-developer", "completed"),), "met", 1.0, "tensorflow-developer —"),
        (ML, (("aws-developer-associate", "completed"),), "not_met", 0.0, "Not found"),
        (ML, (), "not_met", 0.0, "Not found: a certification about Machine learning."),
        # both: a credential of the issuer about the topic
        (AWS_ML, (("aws-ml-specialty", "completed"),), "met", 1.0, "aws-ml-specialty —"),
        (AWS_ML, (("aws-developer-associate", "completed"),), "not_met", 0.0, "Not found"),
        (AWS_ML, (("gcp-ml-engineer", "completed"),), "not_met", 0.0, "Not found"),
        # in progress and expired, exactly as any_of handles them
        (AWS, (("aws-developer-associate", "in_progress"),), "not_met", 0.5, "is in progress"),
        (
            "{issuer: Amazon Web Services, include_in_progress: true}",
            (("aws-developer-associate", "in_progress"),),
            "met",
            1.0,
            "aws-developer-associate —",
        ),
        (ML, (("aws-ml-specialty", "expired"),), "not_met", 0.0, "has expired"),
        # a completed one wins over an expired one
        (
            ML,
            (("aws-ml-specialty", "expired"), ("gcp-ml-engineer", "completed")),
            "met",
            1.0,
            "gcp-ml-engineer —",
        ),
    ],
)
def test_a_selection_is_met_by_a_completed_credential_of_it(
    test_yaml: str, certs: tuple[tuple[str, str], ...], status: str, credit: float, reason: str
) -> None:
    got = _screen(test_yaml, profile(certs=certs))
    assert got[:2] == (status, credit)
    assert reason in got[2], got[2]
    assert (got[3] is None) == (status == "met")


@pytest.mark.parametrize("selection", [AWS, ML, AWS_ML, "{issuer: IBM}"])
@pytest.mark.parametrize(
    "certs",
    [
        (),
        (("aws-developer-associate", "in_progress"),),
        (("aws-ml-specialty", "expired"),),
        (("aws-ml-specialty", "in_progress"), ("gcp-ml-engineer", "expired")),
        (("gcp-ml-engineer", "completed"),),
        (("cka", "completed"),),
    ],
)
def test_a_selection_fares_as_any_of_its_ids(
    selection: str, certs: tuple[tuple[str, str], ...]
) -> None:
    """Status, credit and evidence are any_of's over the ids the selection stands for."""
    candidate = profile(certs=certs)
    ids = selected_ids(CertificationTest.model_validate(yaml.safe_load(selection)))
    assert ids
    chosen = _screen(selection, candidate)
    listed = _screen("{any_of: [" + ", ".join(ids) + "]}", candidate)
    assert chosen[:2] == listed[:2]
    if chosen[0] != "not_met" or chosen[1]:
        assert chosen[2] == listed[2]


@pytest.mark.parametrize("test_yaml", [AWS, ML, "{any_of: [aws-ml-specialty]}"])
def test_an_unreadable_resume_stays_unknown(test_yaml: str) -> None:
    status, credit, _, to_meet = _screen(test_yaml, profile(warnings=("no_text_layer",)))
    assert (status, credit) == ("unknown", 0.0)
    assert to_meet


@pytest.mark.parametrize(
    ("test_yaml", "path", "fragment", "suggestion"),
    [
        ("{issuer: AWS}", "certification.issuer", UNKNOWN_ISSUER + " 'AWS'", "Amazon Web Services"),
        (
            "{issuer: amazon web services}",
            "certification.issuer",
            UNKNOWN_ISSUER,
            "Amazon Web Services",
        ),
        (
            "{issuer: Amazn Web Services}",
            "certification.issuer",
            UNKNOWN_ISSUER,
            "Amazon Web Services",
        ),
        ("{issuer: GCP}", "certification.issuer", UNKNOWN_ISSUER, "Google Cloud"),
        ("{issuer: various}", "certification.issuer", UNKNOWN_ISSUER, None),
        ("{topic: machine-lerning}", "certification.topic", "unknown skill id", "machine-learning"),
        (
            "{topic: Machine Learning}",
            "certification.topic",
            "is a name of skill 'machine-learning'",
            "machine-learning",
        ),
        (
            "{topic: ab-testing}",
            "certification.topic",
            "no certification in the catalog is about",
            None,
        ),
        (
            "{issuer: Microsoft, topic: aws}",
            "certification",
            "no certification of 'Microsoft' is about 'aws'",
            None,
        ),
        ("{any_of: [cka], issuer: Microsoft}", "certification", "not both", None),
        ("{include_in_progress: true}", "certification", "give any_of, issuer or topic", None),
        (
            "{issuer: Microsoft, topics: [azure]}",
            "certification.topics",
            "unknown key 'topics'",
            "topic",
        ),
    ],
)
def test_an_unknown_issuer_or_topic_is_a_clear_error(
    test_yaml: str, path: str, fragment: str, suggestion: str | None
) -> None:
    with pytest.raises(RulesError) as caught:
        parse_rules(_data(test_yaml), "t.yaml")
    errors = caught.value.details["errors"]
    matching = [e for e in errors if e["path"] == f"required.0.{path}"]
    assert matching, errors
    assert fragment in matching[0]["message"]
    assert matching[0]["suggestion"] == suggestion


def test_nested_selections_are_checked_with_full_paths() -> None:
    data = _data("{issuer: AWS}")
    data["required"][0] = {
        "id": "c",
        "label": "c",
        "any": [{"skills": {"all_of": ["python"]}}, {"certification": {"topic": "ml"}}],
    }
    with pytest.raises(RulesError) as caught:
        parse_rules(data, "t.yaml")
    paths = [e["path"] for e in caught.value.details["errors"]]
    assert paths == ["required.0.any.1.certification.topic"]


def test_any_of_rule_sets_keep_their_canonical_form() -> None:
    """The new keys are additive: an any_of test dumps exactly as before (same sha256)."""
    listed = parse_rules(_data("{any_of: [cka]}"), "t.yaml").ruleset
    assert b'"certification":{"any_of":["cka"],"include_in_progress":false}' in canonical_json(
        listed
    )
    chosen = parse_rules(_data(AWS), "t.yaml").ruleset
    assert b'"certification":{"include_in_progress":false,"issuer":"Amazon Web Services"}' in (
        canonical_json(chosen)
    )


def test_issuer_names_and_schema() -> None:
    assert issuer_names("IBM (Coursera)") == ("IBM (Coursera)", "IBM")
    assert issuer_names("Microsoft") == ("Microsoft",)
    assert issuer_names("various (ASQ, IASSC, universities)") == (
        "various (ASQ, IASSC, universities)",
    )
    properties = rules_json_schema()["$defs"]["CertificationTest"]["properties"]
    assert {"any_of", "issuer", "topic", "include_in_progress"} <= set(properties)
