"""Certifications: catalog ids, unknown certificates kept raw, status, year, evidence."""

from __future__ import annotations

import pytest

from screener.extract.certifications import extract_certifications
from screener.models.profile import Certification
from tests.nlp_fixture import Analyse


def certs(nlp: Analyse, body: str, heading: str = "CERTIFICATIONS") -> tuple[Certification, ...]:
    text = f"Jane Doe\n\nEXPERIENCE\nData Scientist, Acme, 2019 – 2021\n\n{heading}\n{body}\n"
    return extract_certifications(nlp(text), lambda _: 1)


@pytest.mark.parametrize(
    ("line", "cert_id", "status", "year"),
    [
        (
            "Professional Certificate Program in Machine Learning & Artificial Intelligence, 2023",
            "mit-pcp-ml-ai",
            "completed",
            2023,
        ),
        (
            "MIT xPRO / MIT Professional Education – Professional Certificate in ML & AI",
            "mit-pcp-ml-ai",
            "completed",
            None,
        ),
        ("MIT ML & AI certificate (in progress)", "mit-pcp-ml-ai", "in_progress", None),
        ("IBM's ML Professional Cert on Coursera, 2021", "ibm-ml-professional", "completed", 2021),
        (
            "IBM Machine Learning Professional Certificate — pursuing",
            "ibm-ml-professional",
            "in_progress",
            None,
        ),
        (
            "Coursera: IBM Machine Learning Prof. Certificate",
            "ibm-ml-professional",
            "completed",
            None,
        ),
        (
            "Machine Learning with Python — IBM / Coursera (2021)",
            "ml-with-python",
            "completed",
            2021,
        ),
        (
            "freeCodeCamp Machine Learning with Python Certification",
            "ml-with-python",
            "completed",
            None,
        ),
        (
            "HarvardX PH125.8x Data Science: Machine Learning (verified, 2017)",
            "harvardx-ml",
            "completed",
            2017,
        ),
        ("Harvard Data Science: Machine Learning course (edX)", "harvardx-ml", "completed", None),
        (
            "AWS Certified Solutions Architect – Associate — 2018 (expired 2021)",
            "aws-solutions-architect-associate",
            "expired",
            2018,
        ),
        (
            "AWS Certified Machine Learning - Specialty (2024)",
            "aws-ml-specialty",
            "completed",
            2024,
        ),
        (
            "Google Cloud Professional Machine Learning Engineer (2022)",
            "gcp-ml-engineer",
            "completed",
            2022,
        ),
        (
            "Microsoft Certified: Azure AI Engineer Associate — 2023",
            "azure-ai-engineer",
            "completed",
            2023,
        ),
        (
            "Oracle Certified Professional Java SE 17 Developer",
            "oracle-java-se-17",
            "completed",
            None,
        ),
        ("CKA — The Linux Foundation, 2023", "cka", "completed", 2023),
        ("PMP, 2020 (lapsed)", "pmp", "expired", 2020),
        (
            "Professional in Human Resources (PHR), HRCI — earned 2013, lapsed 2019",
            "phr",
            "expired",
            2013,
        ),
        ("Terraform Associate, expected 2027", "terraform-associate", "in_progress", 2027),
        ("• AZ-900 (ongoing)", "azure-fundamentals", "in_progress", None),
        ("2025 – Working towards the PMP, exam in spring", "pmp", "in_progress", 2025),
        # a generic credential whose entry names an issuer is that issuer's form
        (
            "Chartered Accountant, Institute of Chartered Accountants of India, 2016",
            "icai-ca",
            "completed",
            2016,
        ),
        ("Chartered Accountant — CA ANZ, 2019", "ca-anz", "completed", 2019),
        ("Chartered Accountant, 2011", "chartered-accountant", "completed", 2011),
    ],
)
def test_catalog_certifications(
    nlp: Analyse, line: str, cert_id: str, status: str, year: int | None
) -> None:
    found = certs(nlp, line)
    assert [c.id for c in found] == [cert_id]
    assert found[0].status == status
    assert found[0].year == year
    assert found[0].evidence[0].section == "certifications"


@pytest.mark.parametrize(
    ("body", "name", "status"),
    [
        (
            "– Solicitor of the Senior Courts of England and Wales (admitted September 2016)",
            "Solicitor of the Senior Courts of England and Wales",
            "completed",
        ),
        (
            "• Genomic Data Science Specialization — Johns Hopkins University / Coursera (2018)",
            "Genomic Data Science Specialization",
            "completed",
        ),
        (
            "SHRM Senior Certified Professional (SHRM-SCP) — 2019",
            "SHRM Senior Certified Professional (SHRM-SCP)",
            "completed",
        ),
        ("CEDR Accredited Mediator (in progress)", "CEDR Accredited Mediator", "in_progress"),
        ("PHTLS (NAEMT)", "PHTLS (NAEMT)", "completed"),  # capitals, but acronyms
        (  # a bracket left open goes on to the next line
            "Licence to practise pharmacy, Ministry of Health, 2013 (member of the\n"
            "Pharmaceutical Association of Thessaloniki)",
            "Licence to practise pharmacy, Ministry of Health, 2013 (member of the "
            "Pharmaceutical Association of Thessaloniki)",
            "completed",
        ),
    ],
)
def test_unknown_kept_raw(nlp: Analyse, body: str, name: str, status: str) -> None:
    found = certs(nlp, body)
    assert [(c.id, c.name, c.status) for c in found] == [(None, name, status)]
    assert found[0].evidence[0].confidence is None


@pytest.mark.parametrize(
    "body",
    [
        "2019",
        "WHAT I AM LOOKING FOR",
        "COMPETENCIAS DIGITALES",  # a heading the section finder did not know
        "Senior ML Engineer at Lumen Health",  # a LinkedIn headline after the sidebar
        "A role where I can build models that reach patients, work with strong engineers and "
        "keep learning every single day.",
    ],
)
def test_non_certificate_lines_skipped(nlp: Analyse, body: str) -> None:
    assert certs(nlp, body) == ()


def test_professional_development_needs_a_credential_word(nlp: Analyse) -> None:
    body = "• Completed an online course in Power BI\n• Google Certified Educator Level 2"
    found = certs(nlp, body, heading="PROFESSIONAL DEVELOPMENT")
    assert [c.name for c in found] == ["Google Certified Educator Level 2"]


def test_csm_job_title_is_not_a_certification(nlp: Analyse) -> None:
    text = "Jane Doe\n\nEXPERIENCE\nSenior CSM, Acme SaaS, 2019 – 2021\n"
    assert extract_certifications(nlp(text), lambda _: 1) == ()


def test_csm_in_certifications_section(nlp: Analyse) -> None:
    assert [c.id for c in certs(nlp, "CSM, 2021")] == ["csm"]


def test_wrapped_sidebar_entries(nlp: Analyse) -> None:
    body = (
        "Certified Kubernetes\nApplication Developer (CKAD),\n2022\n"
        "IBM's ML Professional Cert\n(Coursera), 2021"
    )
    found = certs(nlp, body)
    assert [(c.id, c.year) for c in found] == [("ckad", 2022), ("ibm-ml-professional", 2021)]


def test_order_and_one_per_id(nlp: Analyse) -> None:
    text = (
        "SUMMARY\nHolder of the Deep Learning Specialization and PMP certified.\n\n"
        "CERTIFICATIONS\nPMP (expired 2020)\nDeep Learning Specialization, 2019\n"
    )
    found = extract_certifications(nlp(text), lambda _: 1)
    assert [(c.id, c.status) for c in found] == [
        ("deeplearning-ai-deep-learning", "completed"),
        ("pmp", "expired"),
    ]
    assert len(found[0].evidence) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each CFA level listed in one entry is its own credential, with its own status
        (
            "PROFESSIONAL QUALIFICATIONS\nCFA Program\tCFA Institute\n"
            "Level I passed (Dec. 2019); Level II passed (Aug. 2022)\t"
            "Level III candidate, Feb. 2027\n",
            [
                ("cfa-level-1", "completed"),
                ("cfa-level-2", "completed"),
                ("cfa-level-3", "in_progress"),
            ],
        ),
        # status words in other languages
        (
            "CERTYFIKATY\nAWS Certified Developer – Associate (wygasł w 2025)\n",
            [("aws-developer-associate", "expired")],
        ),
        (
            "CERTIFICACIONES\nAWS Certified Solutions Architect – Associate (en curso)\n",
            [("aws-solutions-architect-associate", "in_progress")],
        ),
        # a dated list: each line that starts with its own date or status cell is an entry
        (
            "CERTYFIKATY\n2023: Red Hat Certified System Administrator (RHCSA)\n"
            "2021: CompTIA Security+ – wygasł w 2024\nw trakcie: VMware Certified Professional"
            " – Data Center Virtualization\n",
            [
                ("rhcsa", "completed"),
                ("comptia-security-plus", "expired"),
                ("vcp-dcv", "in_progress"),
            ],
        ),
        # a school, a place-and-date line and a sentence read into the section are not
        # credentials; a short acronym with its year is
        (
            "ZERTIFIKATE\nPSM I, Scrum.org – 2020\n\nTechnische Universität München – Note 1,7\n"
            "Abitur, Max-Planck-Gymnasium Karlsruhe\n\nStuttgart, im November 2026\n\n"
            "PHTLS, 2021\n",
            [("psm-i", "completed"), (None, "completed")],
        ),
        # "candidata", "em preparação", "(retired)"
        (
            "CERTIFICAZIONI\nAWS Certified Developer – Associate: candidata, esame 2027\n\n"
            "MCSA: Windows Server 2016 (retired)\n",
            [("aws-developer-associate", "in_progress"), ("mcsa", "expired")],
        ),
        # a list of tools read into the section is no credential
        (
            "CERTIFICAZIONI\nICDL Full Standard – 2015\nGeoGebra, Python, LaTeX, Google Drive\n",
            [(None, "completed")],
        ),
        # a line that is only a status, in any language, belongs to the entry above
        (
            "CERTIFICATIONS\nAWS Certified Solutions Architect – Associate\nEn préparation\n"
            "Certified Kubernetes Administrator (CKA)\nAbgelaufen, 2023\n",
            [("aws-solutions-architect-associate", "in_progress"), ("cka", "expired")],
        ),
        (
            "CERTIFICACIONES\nPMP – Project Management Professional\nEn curso 2027\n",
            [("pmp", "in_progress")],
        ),
        # in a list whose entries begin with their year, a wrapped name goes on its entry
        (
            "ZERTIFIKATE\n2023 Google Cloud Professional Machine\nLearning Engineer\n"
            "2020 Certified Kubernetes Administrator (CKA)\n– abgelaufen\n",
            [("gcp-ml-engineer", "completed"), ("cka", "expired")],
        ),
        # "·" parts: a part naming nothing is the date and status of the part before it
        (
            "CERTIFICATIONS\nCertified Kubernetes Administrator · 2020\n(expired 2023)\n"
            "CompTIA Security+ · 2022 · ITIL 4 Foundation · 2019\n",
            [
                ("cka", "expired"),
                ("comptia-security-plus", "completed"),
                ("itil-foundation", "completed"),
            ],
        ),
        # lawyers' admissions are their licences; a place is no credential of that place
        (
            "ADMISSIONS & CERTIFICATIONS\nAdmitted as a Solicitor of the Senior Courts of "
            "England and Wales, 2017\nCIPP/E – Certified Information Privacy Professional/Europe\n",
            [(None, "completed"), ("cipp-e", "completed")],
        ),
        ("BAR ADMISSIONS\nNew York, 2015\nNew Jersey, 2016\n", []),
        # a sentence under an entry describes it, it is no credential of its own
        (
            "CERTIFICATES\nMachine Learning Specialization\tDeepLearning.AI (Coursera)\n2022\n"
            "Three-course programme, verified certificate.\n",
            [("stanford-ml", "completed")],
        ),
        # status and ID lines belong to the entry above; a table header is no credential
        (
            "CERTIFICATIONS\nCREDENTIAL  ISSUER  STATUS\nCertified Kubernetes Administrator (CKA)\n"
            "Expired 06/2022\nCredential ID 7QX-21-EP\n",
            [("cka", "expired")],
        ),
    ],
)
def test_entries_on_real_files(nlp: Analyse, text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_certifications(nlp(text), lambda _: 1)
    assert [(c.id, c.status) for c in found] == expected


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("PALS Pediatric Advanced Life Support, AHA – expired 03/2025, renewal booked", "expired"),
        ("AWS Certified Solutions Architect – Associate, exam booked for January", "in_progress"),
        ("Certified ScrumMaster, Scrum Alliance – 2019 (expired 2021, not renewed)", "expired"),
    ],
)
def test_a_renewal_under_way_leaves_a_lapsed_credential_expired(
    nlp: Analyse, body: str, status: str
) -> None:
    assert [c.status for c in certs(nlp, body)] == [status]


def test_the_mention_that_gives_a_status_decides_it(nlp: Analyse) -> None:
    text = (
        "Jane Doe\n\nCERTIFICATIONS\nPMP\nCSM\n\nSKILLS\nScheduling\n"
        "Certified ScrumMaster, Scrum Alliance – 2019 (expired 2021)\n\n"
        "EXPERIENCE\nAudit Trainee, Mazars, 2012 – 2015\nWhile completing PMP exams.\n"
    )
    found = {c.id: c.status for c in extract_certifications(nlp(text), lambda _: 1)}
    assert found == {"pmp": "completed", "csm": "expired"}


def test_a_raw_name_loses_its_leading_date_cell(nlp: Analyse) -> None:
    found = certs(nlp, "2023: Certificate in Applied Hydrology (Deltares Academy)")
    assert [c.name for c in found] == ["Certificate in Applied Hydrology (Deltares Academy)"]


def test_a_badges_section_with_wrapped_names(nlp: Analyse) -> None:
    body = "AWS Certified Machine\nLearning – Specialty (2023)\nOracle Certified Professional:\n"
    body += "Java SE 11 Developer (2019)"
    found = [c.id for c in certs(nlp, body, heading="Badges")]
    assert found == ["aws-ml-specialty", "oracle-java-se-11"]


def test_an_issuer_line_or_a_role_word_is_no_certificate(nlp: Analyse) -> None:
    body = (
        "AWS Certified Machine Learning Engineer – Associate\nAmazon Web Services\t2025\n"
        "Google Cloud Professional Machine Learning\nEngineer\nGoogle Cloud\t2023\n"
        "NVIDIA Deep Learning Institute — Fundamentals of Deep Learning, 2023"
    )
    found = [c.id for c in certs(nlp, body)]
    assert found == ["aws-ml-engineer-associate", "gcp-ml-engineer", "nvidia-dli-deep-learning"]


def test_a_raw_name_loses_its_trailing_year_and_a_french_heading_counts(nlp: Analyse) -> None:
    body = "Certificat de spécialisation en droit du travail (CNB)\t2024"
    found = certs(nlp, body, heading="HABILITATIONS")
    assert [(c.name, c.year) for c in found] == [
        ("Certificat de spécialisation en droit du travail (CNB)", 2024)
    ]
