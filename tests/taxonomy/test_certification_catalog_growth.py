"""The grown certification catalog: new credentials, their forms, and the forms left out."""

from __future__ import annotations

import re

import pytest
from rapidfuzz import utils

from screener.extract.certifications import extract_certifications
from screener.taxonomy import load_certifications
from tests.nlp_fixture import Analyse

_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")


def test_catalog_size() -> None:
    assert 350 <= len(load_certifications().certifications) <= 400


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finance and accounting
        ("CPA", "cpa"),
        ("Certified Public Accountant", "cpa"),
        ("ICAEW Chartered Accountant", "icaew-aca"),
        ("ACA", "icaew-aca"),
        ("ICAS CA", "icas-ca"),
        ("CA ANZ", "ca-anz"),
        ("CA (ICAI)", "icai-ca"),
        ("CPA Canada", "cpa-canada"),
        ("Chartered Accountant", "chartered-accountant"),
        ("FCCA", "acca"),
        ("CGMA", "cima-cgma"),
        ("CFA Level I", "cfa-level-1"),
        ("CFA Level II", "cfa-level-2"),
        ("CFA Level III", "cfa-level-3"),
        ("CFA charterholder", "cfa"),
        ("CAIA", "caia"),
        ("CAMS", "cams"),
        ("CFE", "cfe"),
        ("CIA", "cia"),
        ("Enrolled Agent", "enrolled-agent"),
        ("Series 7", "finra-series-7"),
        ("Series 63", "nasaa-series-63"),
        ("Series 65", "nasaa-series-65"),
        ("Series 66", "nasaa-series-66"),
        ("CFP", "cfp"),
        ("ChFC", "chfc"),
        ("CMFAS M5", "cmfas-m5"),
        ("RES5", "cmfas-m5"),
        ("M9A", "cmfas-m9a"),
        ("CMFAS Module 8A", "cmfas-m8a"),
        ("Dip CII", "cii-diploma"),
        ("CTA", "cta"),
        # health
        ("RN", "registered-nurse"),
        ("NCLEX-RN", "registered-nurse"),
        ("LVN", "lpn-lvn"),
        ("NCLEX-PN", "lpn-lvn"),
        ("APRN", "nurse-practitioner"),
        ("EMT-Basic", "emt"),
        ("NREMT-P", "paramedic"),
        ("NRP", "nrp"),
        ("TNCC", "tncc"),
        ("CNOR", "cnor"),
        ("CPhT", "cpht"),
        ("RRT", "rrt"),
        ("NMC registered", "nmc-registration"),
        ("HCPC registered", "hcpc-registration"),
        # IT and cloud
        ("ANS-C01", "aws-advanced-networking-specialty"),
        ("AZ-500", "azure-security-engineer"),
        ("SC-900", "microsoft-security-fundamentals"),
        ("GCP PCNE", "gcp-network-engineer"),
        ("HashiCorp Certified: Vault Associate", "vault-associate"),
        ("VCP-DCV", "vcp-dcv"),
        ("MCSE", "mcse"),
        ("CCIE", "ccie-enterprise-infrastructure"),
        ("CompTIA PenTest+", "comptia-pentest-plus"),
        ("CASP+", "comptia-casp-plus"),
        ("CRISC", "crisc"),
        ("GCIH", "gcih"),
        ("SCJP", "scjp"),
        ("LPIC-1", "lpic-1"),
        # project and process
        ("PgMP", "pgmp"),
        ("PMI-RMP", "pmi-rmp"),
        ("PRINCE2 Practitioner", "prince2-practitioner"),
        ("PSM II", "psm-ii"),
        ("Lean Six Sigma Yellow Belt", "six-sigma-yellow-belt"),
        ("CSCP", "cscp"),
        ("CPIM", "cpim"),
        ("MCIPS", "mcips"),
        # others
        ("SPHR", "sphr"),
        ("CIPD Level 5", "cipd-level-5"),
        ("CELTA", "celta"),
        ("QTS", "qts"),
        ("P.E.", "professional-engineer"),
        ("Professional Engineer", "professional-engineer"),
        ("EIT", "fe-eit"),
        ("CEng", "ceng"),
        ("LEED AP BD+C", "leed-ap-bdc"),
        ("NEBOSH IGC", "nebosh-igc"),
        ("OSHA 30", "osha-30"),
        ("Class A CDL", "cdl-class-a"),
        ("ServSafe Manager", "servsafe-manager"),
        ("CIPP/E", "cipp-e"),
        ("CIPP/US", "cipp-us"),
        ("CIPM", "cipm"),
    ],
)
def test_lookup(text: str, expected: str) -> None:
    found = load_certifications().lookup(text)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "CA",  # California, Canada
        "PE",  # physical education, private equity
        "EA",  # Electronic Arts, an executive assistant
        "CMA",  # management accountant or medical assistant
        "CPT",  # Current Procedural Terminology
        "CSP",  # Scrum Alliance or BCSP
        "CCP",  # WorldatWork or the AWS Cloud Practitioner
        "CFA",  # charter or candidate
        "Paramedic",
        "Nurse Practitioner",
        "Physician Assistant",
        "ServSafe",
        "CDL",
        "GitHub Actions",
        "Delta",
        "cams",
        "SHRM-SCP",
    ],
)
def test_ambiguous_forms_are_not_catalogued(text: str) -> None:
    assert load_certifications().lookup(text) is None


def test_no_fuzzy_choice_holds_a_year() -> None:
    """A name or alias with a year token would fuzzily match a bare year line ("2019")."""
    offenders = [
        (entry.id, text)
        for entry in load_certifications().certifications
        for text in (entry.name, *entry.aliases)
        if any(_YEAR.fullmatch(token) for token in utils.default_process(text).split())
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("line", "cert_id", "status"),
    [
        ("CFA Level II Candidate (exam booked May 2027)", "cfa-level-2", "in_progress"),
        ("CMFAS M9A (2023)", "cmfas-m9a", "completed"),
        ("NCLEX-RN, 2016", "registered-nurse", "completed"),
        ("Series 7 (lapsed 2019)", "finra-series-7", "expired"),
        ("APICS CSCP (Certified Supply Chain Professional) — in progress", "cscp", "in_progress"),
        ("ServSafe Food Protection Manager Certification, 2024", "servsafe-manager", "completed"),
        (
            "VMware Certified Professional – Data Center Virtualization (VCP-DCV 2019)",
            "vcp-dcv",
            "completed",
        ),
    ],
)
def test_new_entries_in_a_certifications_section(
    nlp: Analyse, line: str, cert_id: str, status: str
) -> None:
    text = f"Jane Doe\n\nEXPERIENCE\nAnalyst, Acme, 2019 – 2021\n\nCERTIFICATIONS\n{line}\n"
    found = extract_certifications(nlp(text), lambda _: 1)
    assert [(c.id, c.status) for c in found] == [(cert_id, status)]


@pytest.mark.parametrize(
    "text",
    [
        "EXPERIENCE\nParamedic, City Ambulance Service, 2015 – 2020\n",
        "EXPERIENCE\nNurse Practitioner, Valley Clinic, 2018 – 2022\n",
        "EXPERIENCE\nAccountant, Acme, Los Angeles, CA, 2019 – 2021\n",
        "EXPERIENCE\nEA to the CEO, Acme, 2019 – 2021\n",
        "SUMMARY\nBuilt CI pipelines with GitHub Actions and a CTA-driven landing page.\n",
    ],
)
def test_job_titles_and_words_outside_a_certifications_section(nlp: Analyse, text: str) -> None:
    assert extract_certifications(nlp(f"Jane Doe\n\n{text}"), lambda _: 1) == ()


def test_bare_year_line_is_not_a_certificate(nlp: Analyse) -> None:
    text = "Jane Doe\n\nEXPERIENCE\nAnalyst, Acme, 2019 – 2021\n\nCERTIFICATIONS\n2019\n"
    assert extract_certifications(nlp(text), lambda _: 1) == ()
