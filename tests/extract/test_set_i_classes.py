"""Failure classes found on blind set I (sample_resumes/holdout/set-i), pinned through the
public API with texts of our own, so each fix stays general and stays fixed."""

from __future__ import annotations

import pytest

import screener

AS_OF = "2026-11"


@pytest.mark.parametrize(
    ("text", "total", "internships"),
    [
        # an employer whose name holds an internship word
        (
            "EXPERIENCE\nCo-op Group, Manchester        Sep 2017 – Feb 2022\n"
            "Data Analyst (Sep 2017 – Feb 2022)\n",
            54,
            0,
        ),
        # a student assistantship at a school, said so in its description
        (
            "WORK EXPERIENCE\nTeaching Fellow\nUniversity of Leeds\nMarch 2020 to June 2022\n"
            "   Marked coursework and ran tutorials while completing my degree.\n",
            0,
            28,
        ),
        # … but a part-time job elsewhere during a degree is a job
        (
            "EXPERIENCE\nCare Assistant (part-time) | Riverside Care Homes\n2013 – 2016\n"
            "Weekend shifts during my degree.\n",
            36,
            0,
        ),
        # … and a job beside part-time further study is a job
        (
            "EXPERIENCE\nResearch Engineer, University of Bath\nJan 2020 – Dec 2021\n"
            "Built the lab's data platform while studying part-time for my MSc.\n",
            24,
            0,
        ),
    ],
)
def test_experience(text: str, total: int, internships: int) -> None:
    experience = screener.parse_text(text, as_of=AS_OF).experience
    assert (experience.total_months, experience.internship_months) == (total, internships)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # LinkedIn: "Degree - ABBR, Field"
        (
            "EDUCATION\nUniversity of Ghana\nBachelor of Engineering - BEng, Electrical and "
            "Electronic Engineering · (2010 - 2014)\n",
            [("bachelor", "electrical-engineering", "completed")],
        ),
        # the feminine/masculine "Ingeniera de …" title, in an education section only
        (
            "FORMACIÓN ACADÉMICA\nIngeniera de Sistemas\nUniversidad de Antioquia, Medellín\n"
            "2010 – 2015\n",
            [("bachelor", "computer-science", "completed")],
        ),
        (
            "EXPERIENCIA\nIngeniero de Software\nBancolombia, 2018 – 2024\n",
            [],
        ),
        # a year of study after the form, and a French "not validated"
        (
            "FORMATION\n2019 – 2020 Licence 3 Mathématiques (non validée), Université de Lille\n",
            [("bachelor", "mathematics", "incomplete")],
        ),
        # a Spanish business degree name
        (
            "EDUCACIÓN\n2012 – 2016 Grado en Administración y Dirección de Empresas, "
            "Universidad de Sevilla\n",
            [("bachelor", "business-administration", "completed")],
        ),
        # a bracketed field that the table cell wraps
        (
            "EDUCATION\nM.Tech (Data Science    IIT Madras     2019 – 2021\n& Engineering)\n",
            [("master", "data-science", "completed")],
        ),
    ],
)
def test_degrees(text: str, expected: list[tuple[str, str, str]]) -> None:
    profile = screener.parse_text(text, as_of=AS_OF)
    assert [(d.level, d.field, d.status) for d in profile.degrees] == expected


def test_a_course_at_a_university_is_no_unread_degree() -> None:
    text = (
        "EDUCACIÓN\n2012 – 2016 Grado en Economía, Universidad de Murcia\n"
        "2020 Curso online: Programación en Java, 120 h\n"
        "Universidad Politécnica de Madrid (formación no reglada)\n"
    )
    assert "unread_education_entry" not in [w.code for w in screener.parse_text(text).warnings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the column wrapped, its status on the second line
        (
            "CERTIFICATES\n\n2023 – 2025     Google Cloud Certified Professional Machine "
            "Learning\nEngineer (expired)\n\nDETAILS\n\nLusaka, Zambia\n",
            [("gcp-ml-engineer", "expired")],
        ),
        (
            "CERTIFICAÇÕES\nDatabricks Certified Machine\nLearning Professional — em\nandamento\n",
            [("databricks-ml-professional", "in_progress")],
        ),
        # a first-line indent, the rest flush left
        (
            "CERTIFICATEN\n  CKAD – Certified Kubernetes Application\n"
            "Developer, 2021 (verlopen in 2024)\n",
            [("ckad", "expired")],
        ),
        # a page footer among the entries does not join them into one
        (
            "ZERTIFIKATE\n\n1/2\n2019 Oracle Certified Professional: Java SE 11 Developer\n"
            "2020 – 2023 AWS Certified Developer – Associate (abgelaufen)\n",
            [("oracle-java-se-11", "completed"), ("aws-developer-associate", "expired")],
        ),
    ],
)
def test_certifications(text: str, expected: list[tuple[str, str]]) -> None:
    found = screener.parse_text(text, as_of=AS_OF).certifications
    assert [(c.id, c.status) for c in found if c.id] == expected
    assert all(c.id for c in found)  # no place, name or nationality read as one
