"""Failure classes found on blind set G (sample_resumes/holdout/set-g), pinned through the
public API with texts of our own, so each fix stays general and stays fixed."""

from __future__ import annotations

import pytest

import screener

AS_OF = "2026-11"


@pytest.mark.parametrize(
    ("text", "total", "internships"),
    [
        # a heading the PDF's kerning broke in two
        ("Exp erience\n\n2019.03 ~ 2021.02\tData Analyst\tKakao, Seoul\n", 24, 0),
        # quarters
        (
            "Career History\nQ3 2021 – Q2 2023\tCivil Engineer, GHD, Perth\n"
            "Q1 2019 – Q2 2021\tGraduate Engineer (two-year graduate program), Arup, Perth\n",
            24,
            30,
        ),
        # a text writing 15/03/2018 writes its 01/09/2016 day-first: September
        (
            "EXPÉRIENCE\n01/09/2020 – 31/08/2022\tChargée de projet, Lyon\n"
            "15/03/2018 – 31/08/2020\tAssistante, Lyon\n",
            54,
            0,
        ),
        ("EXPERIENCE\n03/15/2018 – 04/01/2019\tAnalyst, Boston\n", 14, 0),  # month-first
        ("EXPÉRIENCE\n15/09/2021 – actuel\tChargée de communication, Écully\n", 63, 0),
        # a job heading below a degree keeps its dates; the school's line below keeps none
        (
            "Experience\nCompleted a Professional Diploma in Data Analytics (UCD, 2020).\n"
            "Software Engineer, later Senior Engineer\tSept 2013 – Mar 2019\n",
            67,
            0,
        ),
        (
            "Experience\nData Scientist, Acme\t2019 – 2021\n\nEducation\nBE(Hons) in Software "
            "Engineering\nUniversity of Auckland\t2014 – 2017\n",
            24,
            0,
        ),
    ],
)
def test_experience(text: str, total: int, internships: int) -> None:
    experience = screener.parse_text(text, as_of=AS_OF).experience
    assert (experience.total_months, experience.internship_months) == (total, internships)


@pytest.mark.parametrize(
    ("text", "total", "internships"),
    [
        # a co-op typeset with a non-breaking hyphen (U+2011) is a co-op
        ("EXPERIENCE\nML ENGINEERING CO\u2011OP\tJan. 2024 – Apr. 2024\n", 0, 4),
        ("EXPERIENCE\nData Analyst (part\u2011time)\tJan. 2024 – Apr. 2024\n", 4, 0),
        # a range's end month ends its cell and its year starts the next line
        (
            "EXPERIENCE\nSep 2017 – Aug\tDegree Apprentice, Software Engineering\n"
            "2021\tBT Group, Cardiff\n",
            0,
            48,
        ),
        # an Italian teaching tutor during the PhD is a student job
        ("ESPERIENZA\n03/2024 – 06/2026 Tutor didattico (part-time)\nUniversità di Pisa\n", 0, 28),
    ],
)
def test_student_jobs(text: str, total: int, internships: int) -> None:
    experience = screener.parse_text(text, as_of=AS_OF).experience
    assert (experience.total_months, experience.internship_months) == (total, internships)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a discipline form and its field are read as one name
        (
            "EDUCATION\nIngeniería en Computación, UNAM, 2012 – 2017\n",
            [("bachelor", "computer-engineering", "completed")],
        ),
        # Polish second-cycle studies, the field after "kierunek"
        (
            "EDUKACJA\nStudia II stopnia (magisterskie), kierunek Informatyka, Politechnika "
            "Gdańska, 2017 – 2019\n",
            [("master", "computer-science", "completed")],
        ),
        # the UK Higher National Certificate
        (
            "EDUCATION\nHNC Computing, Edinburgh College, 2004\n",
            [("associate", "computer-science", "completed")],
        ),
        (
            "EDUCATION\nHigher National Certificate in Computing, Glasgow Kelvin College, 2004\n",
            [("associate", "computer-science", "completed")],
        ),
    ],
)
def test_degrees(text: str, expected: list[tuple[str, str, str]]) -> None:
    profile = screener.parse_text(text, as_of=AS_OF)
    assert [(d.level, d.field, d.status) for d in profile.degrees] == expected
