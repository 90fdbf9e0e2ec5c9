"""``screener.taxonomy.search``: exact and alias hits first, then fuzzy; no vendor crossing."""

from __future__ import annotations

import pytest

from screener.taxonomy import CertificationCatalog, load_certifications, load_skills
from screener.taxonomy.search import (
    FUZZY_CUTOFF,
    search_certifications,
    search_skills,
)


@pytest.mark.parametrize(
    ("text", "first_id", "match"),
    [
        ("python", "python", "exact"),
        ("Python", "python", "exact"),
        ("  PySpark ", "pyspark", "exact"),
        ("scikit-learn", "scikit-learn", "exact"),
        ("golang", "go", "alias"),
        ("k8s", "kubernetes", "alias"),
        ("React.js", "react", "alias"),
        ("Postgres", "postgresql", "alias"),
        ("ML", "machine-learning", "alias"),
        ("ml", "machine-learning", "alias"),  # a search folds case, the résumé matcher not
        ("sckit learn", "scikit-learn", "fuzzy"),
        ("kubernets", "kubernetes", "fuzzy"),
    ],
)
def test_skill_search_ranks_the_meant_skill_first(text: str, first_id: str, match: str) -> None:
    hits = search_skills(text)
    assert (hits[0].id, hits[0].match) == (first_id, match)


@pytest.mark.parametrize(
    ("text", "first_id", "match"),
    [
        ("cka", "cka", "exact"),  # an id
        ("Project Management Professional", "pmp", "exact"),
        ("PMP", "pmp", "exact"),  # its id, folded
        ("AZ-900", "azure-fundamentals", "alias"),  # an exam code
        ("AWS Certified Developer", "aws-developer-associate", "alias"),
        ("aws developer", "aws-developer-associate", "fuzzy"),
        ("Microsoft developer", "azure-developer", "fuzzy"),
        ("kubernetes administrator", "cka", "fuzzy"),
        ("risk management professional", "pmi-rmp", "fuzzy"),
    ],
)
def test_certification_search_ranks_the_meant_credential_first(
    text: str, first_id: str, match: str
) -> None:
    hits = search_certifications(text)
    assert (hits[0].id, hits[0].match) == (first_id, match)


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        # "AWS" is Amazon Web Services' and the American Welding Society's: never MongoDB's,
        # Salesforce's or SAP's developer credential.
        ("AWS Certified Developer", {"Amazon Web Services", "American Welding Society (AWS)"}),
        ("AWS Certified Developer Pro", {"Amazon Web Services", "American Welding Society (AWS)"}),
        ("Microsoft developer", {"Microsoft", "Microsoft (Certiport)"}),
        ("Salesforce developer", {"Salesforce"}),
        ("Oracle Java", {"Oracle", "Sun Microsystems (now Oracle)"}),
        ("comptia sec+", {"CompTIA"}),
    ],
)
def test_a_named_vendor_keeps_every_suggestion_with_it(text: str, issuers: set[str]) -> None:
    hits = search_certifications(text, limit=50)
    assert hits
    assert {hit.group for hit in hits} <= issuers


def test_without_a_vendor_suggestions_span_vendors() -> None:
    groups = {hit.group for hit in search_certifications("data engineer", limit=20)}
    assert {"Google Cloud", "Amazon Web Services", "Microsoft"} <= groups


@pytest.mark.parametrize("text", ["", "   ", "zzqxqzzqx"])
def test_nothing_found(text: str) -> None:
    assert search_skills(text) == []
    assert search_certifications(text) == []


def test_order_limit_and_scores() -> None:
    hits = search_skills("python", limit=3)
    assert len(hits) == 3
    assert hits[0].score == 100.0
    assert all(hit.match == "fuzzy" and hit.score >= FUZZY_CUTOFF for hit in hits[1:])
    assert [hit.score for hit in hits[1:]] == sorted((hit.score for hit in hits[1:]), reverse=True)
    assert search_skills("python", limit=0) == []


def test_a_short_form_is_never_a_partial_match() -> None:
    # WRatio would score "LAN" inside "golang" 90: short forms are compared whole.
    assert "networking" not in {hit.id for hit in search_skills("golang")}


def test_hits_carry_the_group_and_the_matched_form() -> None:
    hit = search_skills("golang")[0]
    assert hit.to_dict() == {
        "id": "go",
        "name": "Go",
        "group": "programming-language",
        "match": "alias",
        "matched": "Golang",
        "score": 100.0,
    }
    cert = search_certifications("AWS Certified Developer")[0]
    assert cert.group == "Amazon Web Services"


def test_a_small_catalog_is_searched_on_its_own() -> None:
    data = {
        "version": "2026.1.0",
        "certifications": [
            {
                "id": "acme-dev",
                "name": "Acme Certified Developer",
                "issuer": "Acme",
                "expires": False,
            },
            {
                "id": "acme-ops",
                "name": "Acme Certified Operator",
                "issuer": "Acme",
                "expires": False,
            },
            {
                "id": "zeta-dev",
                "name": "Zeta Certified Developer",
                "issuer": "Zeta Corp",
                "aliases": ["Zeta Developer"],
                "expires": False,
            },
        ],
    }
    catalog = CertificationCatalog.model_validate(data)
    assert [hit.id for hit in search_certifications("Acme Developer", catalog=catalog)] == [
        "acme-dev",
        "acme-ops",
    ]
    assert search_certifications("zeta developer", catalog=catalog)[0].match == "alias"
    mixed = {hit.id for hit in search_certifications("Certified Developer", catalog=catalog)}
    assert mixed == {"acme-dev", "zeta-dev"}


def test_every_id_finds_itself_first() -> None:
    for skill in load_skills().skills:
        assert search_skills(skill.id, limit=1)[0].id == skill.id
    for cert in load_certifications().certifications:
        assert search_certifications(cert.id, limit=1)[0].id == cert.id
