"""The certifications component: spans, guarded acronyms, fuzzy entries, timing."""

from __future__ import annotations

import pytest

from screener.nlp.certifications import FUZZY_THRESHOLD, SPAN_KEY, certification_matches
from screener.parsing import parse_text
from tests.nlp_fixture import Analyse


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("EXPERIENCE\nSenior CSM at Acme, 2019 – 2021\n", []),
        ("EXPERIENCE\nCSM, Scrum Alliance, 2020\n", ["csm"]),
        ("SUMMARY\nPMP-certified programme lead.\n", ["pmp"]),
        ("SUMMARY\nI passed AZ-900 last year.\n", ["azure-fundamentals"]),
        ("SUMMARY\nRN on a busy ward.\n", []),
        ("CERTIFICATIONS\nRN\n", ["registered-nurse"]),
        ("CERTIFICATIONS\nCertified Kubernetes Administrator (CKA), 2023\n", ["cka"]),
        ("CERTIFICATIONS\nCEDR Accredited Mediator (2020)\n", [""]),
        (
            "CERTIFICATIONS\nMIT xPRO / MIT Professional Education – Professional Certificate "
            "in ML & AI\n",
            ["mit-pcp-ml-ai"],
        ),
    ],
)
def test_spans(nlp: Analyse, text: str, labels: list[str]) -> None:
    doc = nlp(text)
    assert [span.label_ for span in doc.spans[SPAN_KEY]] == labels


def test_fuzzy_score_recorded(nlp: Analyse) -> None:
    doc = nlp("CERTIFICATIONS\nCoursera: IBM Machine Learning Prof. Certificate\n")
    [match] = certification_matches(doc)
    assert match.method == "fuzzy"
    assert match.cert_id == "ibm-ml-professional"
    assert FUZZY_THRESHOLD <= match.score <= 100


@pytest.mark.parametrize(
    "line",
    [
        "SHRM Senior Certified Professional (SHRM-SCP)",  # not SHRM-CP: a level word differs
        "NIH Stroke Scale certification",
        "National Board Certified Teacher",
        "Genomic Data Science Specialization — Johns Hopkins University / Coursera",
    ],
)
def test_fuzzy_rejects_near_misses(nlp: Analyse, line: str) -> None:
    [match] = certification_matches(nlp(f"CERTIFICATIONS\n{line}\n"))
    assert match.cert_id is None


def test_a_long_resume_keeps_every_certification(nlp: Analyse) -> None:
    """~900 words of experience do not hide the certifications (timing: bench/extract.py)."""
    body = " ".join(["Built data pipelines in Python and Java for the payments team."] * 80)
    text = (
        "Jane Doe\n\nEXPERIENCE\n" + body + "\n\nCERTIFICATIONS\n"
        "AWS Certified Machine Learning - Specialty (2024)\nCKA, 2023\n"
        "MIT xPRO / MIT Professional Education – Professional Certificate in ML & AI\n"
    )
    assert len(nlp(text).spans[SPAN_KEY]) == 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CERTIFICATIONS\nCEDR Accredited Medi-\nator (2020)\n", "CEDR Accredited Mediator"),
        ("CERTIFICATIONS\nCEDR Accredited Mediator –\nLondon (2020)\n", "CEDR Accredited Mediator"),
    ],
)
def test_a_word_hyphenated_across_lines_is_one_word(nlp: Analyse, text: str, name: str) -> None:
    [match] = certification_matches(nlp(text))
    assert match.name.startswith(name)


def test_a_registration_section_keeps_each_dated_entry() -> None:
    text = (
        "Jane Doe\n\nRegistration & credentials\n\n"
        "current\tGeneral registration as a pharmacist, Pharmacy Board of Australia (AHPRA),\n"
        "PHA0005550172\n"
        "2021 – 2024\tCredentialed pharmacist for medication reviews (AACP) – lapsed 2024\n"
        "to 2027\tProvide Cardiopulmonary Resuscitation (HLTAID009)\n"
    )
    found = parse_text(text, as_of="2026-11").certifications
    assert [(c.id, c.status) for c in found] == [
        ("ahpra-registration", "completed"),
        (None, "expired"),  # kept with its raw name: not in the catalog
        ("first-aid-cpr", "completed"),  # "to 2027" is its date cell, not its name
    ]
    assert found[1].name.startswith("Credentialed pharmacist")


@pytest.mark.parametrize("cell", ["in progress", "Expected", "lapsed"])
def test_a_status_as_the_date_cell_starts_an_entry(cell: str) -> None:
    text = (
        "Jane Doe\n\nCertifications\n2022 AWS Certified Machine Learning – Specialty\n"
        f"{cell} Google Cloud Professional Machine Learning Engineer\n"
    )
    found = parse_text(text, as_of="2026-11").certifications
    assert (found[0].id, found[0].status) == ("aws-ml-specialty", "completed")
    assert found[1].id == "gcp-ml-engineer"
    assert found[1].status == ("expired" if cell == "lapsed" else "in_progress")
