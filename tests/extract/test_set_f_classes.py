"""Failure classes found on blind set F (sample_resumes/holdout/set-f), pinned through the
public API with texts of our own, so each fix stays general and stays fixed."""

from __future__ import annotations

import pytest

import screener

AS_OF = "2026-11"


@pytest.mark.parametrize(
    ("text", "total", "internships"),
    [
        # an academic CV's "Appointments" are its positions
        (
            "APPOINTMENTS\n\nJan 2024 –\tResearch Assistant (RA)\npresent\tETH Zürich, Vision Lab"
            "\n\n"
            "Jun 2022 –\tData Scientist (part-time)\nDec 2023\tScandit, Zürich\n",
            19,
            35,
        ),
        # a season alone in the date column over its year in the next row
        (
            "EXPERIENCE\n\nJan 2022 –\tData Engineer\nDec 2022\tKlarna, Stockholm\n\n"
            "Summer\tResearch Intern\n2021\tEricsson Research, Kista\n",
            12,
            3,
        ),
        # a student job at another organisation beside a job is counted apart, not cut out
        (
            "EXPERIENCE\nAcme Ltd\t09/2018 – 08/2020\nSoftware Engineer\tLeeds\n\n"
            "University of Leeds, School of\t10/2018 – 06/2019\nComputing\n"
            "Teaching Assistant (part-time, during M.Sc.)\tLeeds\n",
            24,
            9,
        ),
        # title, organisation, then a date line that holds only the place
        (
            "WERKERVARING\n\nData Engineer\nRabobank\nfeb. 2019 – aug. 2021\tUtrecht\n\n"
            "Student-assistent Statistiek (bijbaan)\nUniversiteit Twente\n2016 – 2017\tEnschede\n",
            31,
            12,
        ),
        ("EXPERIENCE\nVacation Work Student, Anglo American, Dec 2019 – Jan 2020\n", 0, 2),
    ],
)
def test_experience(text: str, total: int, internships: int) -> None:
    experience = screener.parse_text(text, as_of=AS_OF).experience
    assert (experience.total_months, experience.internship_months) == (total, internships)


def test_a_place_on_the_date_line_leaves_title_and_organisation_above() -> None:
    text = "WERKERVARING\n\nData Engineer\nRabobank\nfeb. 2019 – aug. 2021\tUtrecht\n"
    (position,) = screener.parse_text(text, as_of=AS_OF).positions
    assert (position.title, position.organisation) == ("Data Engineer", "Rabobank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role qualified by the degree being studied is no degree
        (
            "EXPERIENCE\nTeaching Assistant (part-time, during M.Sc.), TU Delft, 2019 – 2020\n",
            [],
        ),
        # the Bologna "Master" followed by its field, as written
        (
            "Formation Master Informatique, parcours Data Science, Université de Nantes "
            "2014 – 2016\n",
            [("master", "computer-science", "completed")],
        ),
        (
            "EXPERIENCE\nSAP consultant, Acme, 2019 – 2022\n"
            "Master Data Management for 40 plants.\n",
            [],
        ),
        ("CERTIFICATIONS\nCertified Scrum Master (CSM), 2021\n", []),
        # Australian school-leaving certificates
        (
            "EDUCATION\nHigher School Certificate\nSydney Grammar School, 2015\n",
            [("secondary", "other", "completed")],
        ),
    ],
)
def test_degrees(text: str, expected: list[tuple[str, str, str]]) -> None:
    profile = screener.parse_text(text, as_of=AS_OF)
    assert [(d.level, d.field, d.status) for d in profile.degrees] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause about a team holds the team's skills
        (
            "EXPERIENCE\nEngineer, Grab, 2019 – 2024\nPartnered with the data-science team, who "
            "build their models in Python; I wrote the Java serving path.\n",
            {"java"},
        ),
        (
            "EXPERIENCIA\nAnalista, Falabella, 2021 – 2024\nTrabajo con el equipo de TI, que "
            "mantiene los sistemas en Java.\n",
            set(),
        ),
        # the people "our" names are others
        (
            "EXPERIENCE\nFinancial Controller, Acme, 2018 – 2024\nNew consolidation platform, "
            "built by our Java contractors.\n",
            set(),
        ),
        # the candidate's own clause after a team's stays the candidate's
        (
            "EXPERIENCE\nEngineer, Acme, 2019 – 2024\nJoined the platform team and wrote Python "
            "and Go services.\n",
            {"python", "go"},
        ),
    ],
)
def test_others_skills(text: str, expected: set[str]) -> None:
    found = {s.id for s in screener.parse_text(text, as_of=AS_OF).skills if s.mentioned}
    assert found & {"python", "java", "go"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CERTIFICATIONS\nAWS Certified Machine Learning – Specialty, 2022 (valid until "
            "March 2025)\n",
            [("aws-ml-specialty", "expired")],
        ),
        (
            "CERTIFICATIONS\nAWS Certified Machine Learning – Specialty, 2024 (valid until "
            "March 2027)\n",
            [("aws-ml-specialty", "completed")],
        ),
        (
            "CERTIFICATIONS\nAWS Certified Developer – Associate (2021, valid until 2024; "
            "renewed 2024)\n",
            [("aws-developer-associate", "completed")],
        ),
        # a name wrapped before its status, in a sidebar
        (
            "CERTIFICACIONES\n\nGoogle Advanced Data Analytics\n"
            "Professional Certificate — en curso\n",
            [("google-advanced-data-analytics", "in_progress")],
        ),
        # a status and a date on the next row of a grid
        (
            "CERTIFICATES\n\nScala\tSQL\tDatabricks Certified Machine Learning Associate — exam\n"
            "scheduled December 2026\n",
            [("databricks-ml-associate", "in_progress")],
        ),
    ],
)
def test_certification_status(text: str, expected: list[tuple[str, str]]) -> None:
    certifications = screener.parse_text(text, as_of=AS_OF).certifications
    assert [(c.id, c.status) for c in certifications] == expected


def test_a_name_and_headline_after_a_sidebar_are_no_certificates() -> None:
    text = (
        "CONTACTO\nrosa.quispe@example.com\n\nCERTIFICACIONES\n\nMicrosoft Certified: Power BI "
        "Data Analyst Associate (PL-300), 2022\n\nROSA\nQUISPE MAMANI\n\nPSICÓLOGA · PEOPLE "
        "ANALYTICS\n\nPERFIL\n\nPsicóloga organizacional.\n"
    )
    profile = screener.parse_text(text, as_of=AS_OF)
    assert profile.contact.name == "ROSA QUISPE MAMANI"
    assert [c.id for c in profile.certifications] == ["power-bi-data-analyst"]
