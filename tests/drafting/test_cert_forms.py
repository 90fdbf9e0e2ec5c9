"""Credentials named in a clause, each on its own, in their case where the catalog says so."""

from __future__ import annotations

import pytest

from screener.drafting.cert_forms import find_certifications


@pytest.mark.parametrize(
    ("clause", "ids"),
    [
        ("BLS and ACLS certifications", ["aha-bls", "aha-acls"]),
        ("Active RN licence", ["registered-nurse"]),
        ("CompTIA Security+ certification", ["comptia-security-plus"]),
        ("AWS Certified Solutions Architect – Associate", ["aws-solutions-architect-associate"]),
        ("Certified Kubernetes Administrator (CKA)", ["cka"]),
        ("CKA or Certified Kubernetes Administrator", ["cka", "cka"]),
        ("CPA or CMA", ["cpa"]),
        ("run by an rn on duty", []),  # acronyms match in their case only
        ("Certifications applicable to a machine learning engineer", []),
    ],
)
def test_named_credentials(clause: str, ids: list[str]) -> None:
    assert [c.id for c in find_certifications(clause)] == ids
