"""Failure classes found on blind set J (sample_resumes/holdout/set-j), pinned through the
public API with texts of our own, so each fix stays general and stays fixed."""

from __future__ import annotations

import pytest

import screener
from screener import Screener

AS_OF = "2026-11"


@pytest.mark.parametrize(
    ("text", "total", "internships"),
    [
        # a date of birth is no position (and an age never reaches a score)
        (
            "Lena Maier\ngeb. 03.07.1991 in Linz\n\nBerufserfahrung\n"
            "Datenanalystin, Hafen Logistik GmbH, Linz\t01/2020 – 12/2021\n",
            24,
            0,
        ),
        (
            "Tom Ward\nDate of birth: 04/1990\n\nEXPERIENCE\n"
            "Data Engineer, Northwind Ltd\tMar 2021 – Feb 2023\n",
            24,
            0,
        ),
        # Austrian parental leave ("Elternkarenz") written like an entry is no job
        (
            "Berufserfahrung\nSoftwareentwickler, Alpen IT GmbH\t01/2018 – 12/2019\n"
            "Elternkarenz\t01/2020 – 12/2020\n",
            24,
            0,
        ),
        # a German student job ("Studentische Mitarbeiterin") counts with internships
        (
            "Berufserfahrung\nStudentische Mitarbeiterin, Institut für Statistik\t"
            "10/2017 – 09/2018\n",
            0,
            12,
        ),
        # a career break's line over its dates is that date's heading, not the next role's
        (
            "EMPLOYMENT\nAnalyst — Fenwick Bank\nJan 2018 – Dec 2019\n\n"
            "Career break — caring for a relative\nJan 2020 – Dec 2020\n\n"
            "Data Analyst — Moor Health\nJan 2021 – Dec 2021\n",
            36,
            0,
        ),
    ],
)
def test_experience(text: str, total: int, internships: int) -> None:
    experience = screener.parse_text(text, as_of=AS_OF).experience
    assert (experience.total_months, experience.internship_months) == (total, internships)


def test_without_an_experience_heading_other_sections_hold_no_position() -> None:
    text = (
        "Kurzprofil\nEntwicklerin mit Java.\nSoftwareentwicklerin, Murtal GmbH\t"
        "01/2019 – 12/2020\n\nHobbys\nKassierin, Wanderverein\tseit 2021\n"
    )
    assert screener.parse_text(text, as_of=AS_OF).experience.total_months == 24


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch upper-secondary vocational diploma
        (
            "OPLEIDING\n2015 – 2019\tMBO 4 Applicatieontwikkelaar, ROC Utrecht\n",
            ("secondary", None),
        ),
        # European Portuguese name of computer science
        (
            "EDUCAÇÃO\nMestrado em Ciência de Computadores, Universidade do Porto\t2017 – 2019\n",
            ("master", "computer-science"),
        ),
        # the Belgian civil engineer's degree names its field
        (
            "FORMATION\n2005 - 2010\tMaster Ingénieur civil des constructions, "
            "Université de Liège\n",
            ("master", "civil-engineering"),
        ),
    ],
)
def test_highest_degree(text: str, expected: tuple[str, str | None]) -> None:
    degree = screener.parse_text(text, as_of=AS_OF).highest_degree
    assert degree is not None
    level, field = expected
    assert degree.level == level
    if field is not None:
        assert degree.field == field


def test_a_year_left_open_in_its_cell_starts_the_studies() -> None:
    """'2023 –' over 'en curso': an in-progress master with no expected year is not
    completed — the degree criterion is not met (a chemistry bachelor's is no related
    field), not left for a person to check an expected date that was never written."""
    text = (
        "Formación\n2023 –\tMaestría en Ciencia de Datos · Universidad del Sur\nen curso\n"
        "2009 – 2014\tLicenciatura en Química · Universidad del Sur\n\n"
        "Experiencia\nmar. 2018 – presente\tCientífica de Datos · Agro SA\n"
        "Python, Java, SQL\n"
    )
    screening = Screener.from_rules("ml-engineer").screen_text(text, as_of=AS_OF)
    degree = next(o for o in screening.outcomes if o.criterion == "degree")
    assert degree.status == "not_met"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a line of spoken languages after an inline "Certifications:" label is no credential
        (
            "TECHNICAL SKILLS\nCertifications: AWS Certified Cloud Practitioner (2024)\n\n"
            "Spoken: English (native), French (intermediate)\n",
            ["AWS Certified Cloud Practitioner"],
        ),
        # … but a language certificate named by its exam still is
        (
            "CERTIFICATIONS\nTOEFL iBT, 2021\nDELF B2 (French), 2019\n",
            ["TOEFL iBT", "DELF B2 (French)"],
        ),
    ],
)
def test_certification_names(text: str, names: list[str]) -> None:
    found = screener.parse_text(text, as_of=AS_OF).certifications
    assert [c.name for c in found] == names
