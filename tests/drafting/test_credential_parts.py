"""Credentials described rather than named: the catalog's entries about a topic."""

from __future__ import annotations

from screener.drafting.credential_parts import certifications_about


def test_described_credentials_are_the_catalog_s_on_the_topic() -> None:
    ml = certifications_about(["machine-learning"])
    assert {"mit-pcp-ml-ai", "ml-with-python", "ibm-ml-professional", "harvardx-ml"} <= set(ml)
    assert "tensorflow-developer" in ml  # TensorFlow implies deep learning implies ML
    assert "aws-cloud-practitioner" not in ml
    assert list(ml) == sorted(ml)


def test_a_topic_without_credentials() -> None:
    assert certifications_about(["cpp"]) == ()
