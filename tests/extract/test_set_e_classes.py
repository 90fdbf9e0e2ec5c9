"""Failure classes found on blind set E (sample_resumes/holdout/set-e), pinned through the
public API with texts of our own, so each fix stays general and stays fixed."""

from __future__ import annotations

import pytest

import screener

AS_OF = "2026-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a university Diplom's holder title names its field
        (
            "AUSBILDUNG\n10/2010 – 08/2016\tDiplom-Mathematikerin (Gesamtnote 1,7)\n"
            "Universität Leipzig\n",
            [("master", "mathematics", "completed")],
        ),
        (
            "AUSBILDUNG\nDiplom-Physiker, Universität Bonn, 2012\n",
            [("master", "physics", "completed")],
        ),
        # a form in parentheses after a job word outside education is a role
        (
            "EMPLOYMENT\nNov. 2018 – Aug. 2019\tGraduation Intern (MSc thesis), Philips.\n"
            "\nEDUCATION\n2016 – 2018\tMSc Applied Physics, Eindhoven University of Technology\n",
            [("master", "physics", "completed")],
        ),
        # a US state after its city is no Master of Arts
        (
            "EDUCATION\n2010 – 2014\tBachelor of Music, Composition\nNew England Conservatory, "
            "Boston, MA\n",
            [("bachelor", "other", "completed")],
        ),
        (
            "EDUCATION\nOberlin College, Oberlin, OH 44074\nBA History, 2013\n",
            [("bachelor", "history", "completed")],
        ),
        # … but a degree after its school stays one
        ("EDUCATION\nUniversity of Chicago, MA\n", [("master", "other", "completed")]),
        # a discipline inside a programme's name is no second degree
        (
            "FORMACIÓN\nMaestría en Ciencias de la Computación (en curso)\nCINVESTAV · Posgrado en "
            "Ciencia e Ingeniería de la Computación · 2025 – 2027\n",
            [("master", "computer-science", "in_progress")],
        ),
        (
            "FORMACIÓN\nIngeniería de Sistemas, Universidad de los Andes, 2009 – 2014\n",
            [("bachelor", "computer-science", "completed")],
        ),
        # Spanish and French applied mathematics
        (
            "FORMACIÓN\nLicenciatura en Matemáticas Aplicadas, ITAM, 2014 – 2019\n",
            [("bachelor", "applied-mathematics", "completed")],
        ),
        (
            "FORMATION\nMaster 2 Mathématiques appliquées, Université de Lille, 2019\n",
            [("master", "applied-mathematics", "completed")],
        ),
    ],
)
def test_degrees(text: str, expected: list[tuple[str, str, str]]) -> None:
    profile = screener.parse_text(text, as_of=AS_OF)
    assert [(d.level, d.field, d.status) for d in profile.degrees] == expected


def test_a_field_named_by_the_form_keeps_no_stray_field_text() -> None:
    """The school's first word on the next line is not the field's text."""
    text = "AUSBILDUNG\nDiplom-Mathematikerin\nTechnische Universität Dresden, 2017\n"
    (degree,) = screener.parse_text(text, as_of=AS_OF).degrees
    assert (degree.field, degree.field_text) == ("mathematics", None)


@pytest.mark.parametrize(
    ("text", "total", "internships"),
    [
        # a student job at a school, year-only, in a date column, ending with a full stop
        (
            "Employment\n\nJan. 2021 – Dec. 2021\tSoftware Developer, Bol, Utrecht.\n"
            "2019 – 2020\tTeaching Assistant, Utrecht University.\n"
            "Lab assistant for the Operating Systems course (two quarters).\n",
            12,
            12,
        ),
        # … while a lone-dated degree line in experience stays no job
        ("Experience\nBSc Computer Science, University of Leeds, 2015\n", 0, 0),
        # a student research assistant in Spanish
        (
            "EXPERIENCIA\nAyudante de investigación (estudiante)\nUNAM · Instituto de Física · "
            "ene. 2020 – dic. 2020\n",
            0,
            12,
        ),
        (
            "EXPERIENCE\nResearch Assistant (PhD) · KTH, Robotics\tSep 2024 – present\n",
            0,
            27,
        ),
    ],
)
def test_experience(text: str, total: int, internships: int) -> None:
    experience = screener.parse_text(text, as_of=AS_OF).experience
    assert (experience.total_months, experience.internship_months) == (total, internships)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a recruiter hired, the list's role noun wrapped onto the next line
        (
            "EXPERIENCE\nHR Business Partner, Acme, 2020 – 2024\n"
            "Worked with talent acquisition to hire 40 Python, Java and Go\n"
            "engineers in 2023 against a 50-hire plan.\n",
            set(),
        ),
        ("EXPERIENCE\nRecruiter, Acme, 2020 – 2024\nSourced Java and Python developers.\n", set()),
        # a new clause after the hiring is the candidate's own work
        (
            "EXPERIENCE\nLead, Acme, 2020 – 2024\nHired two engineers; wrote Python, Java and Go "
            "tools for\nengineers.\n",
            {"python", "java", "go"},
        ),
        (
            "EXPERIENCE\nEngineer, Acme, 2020 – 2024\nBuilt services in Python and Java.\n"
            "Engineers loved them.\n",
            {"python", "java"},
        ),
    ],
)
def test_recruited_skills(text: str, expected: set[str]) -> None:
    found = {s.id for s in screener.parse_text(text, as_of=AS_OF).skills if s.mentioned}
    assert found & {"python", "java", "go"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a status after a "·" in a narrow sidebar belongs to the credential before it
        (
            "CERTIFICACIONES\n\nDatabricks Certified Machine\nLearning Associate · en\n"
            "preparación (examen en enero de\n2027)\n",
            [("databricks-ml-associate", "in_progress")],
        ),
        (
            "CERTIFICATIONS\nCertified Kubernetes Administrator (CKA) · expired 2024\n",
            [("cka", "expired")],
        ),
        (
            "CERTIFICATIONS\nAWS Certified Solutions Architect – Associate · "
            "Certified Kubernetes Administrator (CKA)\n",
            [("aws-solutions-architect-associate", "completed"), ("cka", "completed")],
        ),
    ],
)
def test_certification_status(text: str, expected: list[tuple[str, str]]) -> None:
    certifications = screener.parse_text(text, as_of=AS_OF).certifications
    assert [(c.id, c.status) for c in certifications] == expected
