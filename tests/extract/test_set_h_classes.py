"""Failure classes found on blind set H (sample_resumes/holdout/set-h), pinned through the
public API with texts of our own, so each fix stays general and stays fixed."""

from __future__ import annotations

import pytest

import screener

AS_OF = "2026-11"


@pytest.mark.parametrize(
    ("text", "total", "internships"),
    [
        # internship-type programmes and apprenticeships
        (
            "EXPERIENCE\nGlobe Telecom, Taguig — Technology Analyst, Graduate Development "
            "Program\nJULY 2023 - JUNE 2025\n",
            0,
            24,
        ),
        (
            "BERUFSERFAHRUNG\nAusbildung zum Fachinformatiker, Siemens AG\t09/2012 – 07/2015\n",
            0,
            35,
        ),
        ("EXPERIENCE\nReturnship, Booking.com, Amsterdam, Mar 2023 – Jul 2023\n", 0, 5),
        ("DENEYİM\nAraştırma Görevlisi, Hacettepe Üniversitesi, 2019 – 2023\n", 0, 48),
        # dates alone on their line, the role indented below, after a bullet or a break
        (
            "ARBETSLIVSERFARENHET\n\naug 2023 – nu\n    Dataingenjör, Klarna Bank AB\n"
            "    - Kreditriskmodeller i Python.\n\nmars 2023 – juli 2023\n"
            "    Återstart, Spotify AB, Stockholm\n    - Tjugo veckor.\n\n2015 – 2023\n"
            "    Uppehåll: föräldraledighet.\n\nsep 2009 – feb 2015\n"
            "    Systemutvecklare, Ericsson AB, Kista\n",
            40 + 5 + 66,
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
        (
            "UTBILDNING\nCivilingenjör i teknisk fysik, KTH, 2002 – 2007\n",
            [("master", "physics", "completed")],
        ),
        (
            "FORMAÇÃO\nMestrado Integrado em Engenharia Informática e Computação, FEUP, "
            "2012 – 2017\n",
            [("master", "computer-engineering", "completed")],
        ),
    ],
)
def test_degrees(text: str, expected: list[tuple[str, str, str]]) -> None:
    profile = screener.parse_text(text, as_of=AS_OF)
    assert [(d.level, d.field, d.status) for d in profile.degrees] == expected


def test_a_swedish_status_word() -> None:
    text = "CERTIFIERINGAR\nAWS Certified Machine Learning Engineer – Associate: pågående\n"
    (certification,) = screener.parse_text(text, as_of=AS_OF).certifications
    assert (certification.id, certification.status) == ("aws-ml-engineer-associate", "in_progress")
