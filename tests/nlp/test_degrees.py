"""Tests for screener.nlp.degrees: the degree-mention component."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from screener.nlp.degrees import SPAN_KEY, degree_spans, form_of
from screener.nlp.fields import FieldFinder, field_finder
from tests.nlp_fixture import Analyse


def _mentions(nlp: Analyse, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in degree_spans(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B.S. Computer Science, Purdue University, 2016", [("B.S.", "bachelor")]),
        ("B.Sc. Computer Science", [("B.Sc.", "bachelor")]),
        ("BSc (Hons) Physics", [("BSc (Hons)", "bachelor")]),
        ("BEng (Hons) Software Engineering", [("BEng (Hons)", "bachelor")]),
        ("Dipl.-Ing. Informatik, TU Dresden", [("Dipl.-Ing.", "master")]),
        ("Dipl.-Ing. (FH) Maschinenbau", [("Dipl.-Ing. (FH)", "bachelor")]),
        ("RIZKY PRATAMA, S.Kom.\nEngineer", [("S.Kom.", "bachelor")]),
        ("Ph.D. candidate (ABD) in Statistics", [("Ph.D.", "doctorate")]),
        (
            "Bachelor of Science in Nursing (BSN)",
            [
                ("Bachelor of Science in Nursing", "bachelor"),
                ("BSN", "bachelor"),
            ],
        ),
        ("M.Ed., Curriculum and Instruction", [("M.Ed.", "master")]),
        ("MBA, Wharton School", [("MBA", "master")]),
        ("Master’s degree in Finance", [("Master’s degree", "master")]),
        ("Abitur, Goethe-Gymnasium", [("Abitur", "secondary")]),
        ("Baccalauréat S, Lycée du Parc", [("Baccalauréat", "secondary")]),
        ("A-levels: Maths, Physics", [("A-levels", "secondary")]),
        ("Laurea magistrale in Ingegneria", [("Laurea magistrale", "master")]),
        ("Bachelor of\nScience in Physics", [("Bachelor of\nScience", "bachelor")]),
        ("Dr. rer. nat. in Physik", [("Dr. rer. nat.", "doctorate")]),
        ("Ing. (inženýr) — Food Chemistry", [("Ing. (inženýr)", "master")]),
        ("Bc. (bakalář) — Food Chemistry", [("Bc. (bakalář)", "bachelor")]),
    ],
)
def test_finds_forms(nlp: Analyse, text: str, expected: list[tuple[str, str]]) -> None:
    assert _mentions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # requires_context forms: education section, context word or field after them
        ("EDUCATION\nMA English, 2010", [("MA", "master")]),
        ("MS Computer Science", [("MS", "master")]),
        ("BA in History from a small liberal-arts college", [("BA", "bachelor")]),
        ("BE degree in Mechanical Engineering", [("BE", "bachelor")]),
        ("Boston, MA 02139", []),
        ("Cambridge, MA | jane@example.com", []),
        ("Skills: MS Office, MS Excel", []),
        ("EDUCATION\nCoursework with MS Office", []),
        ("TO BE ANNOUNCED", []),
        ("It will BE fine", []),
        ("Master of Ceremonies at the company gala", []),
        ("Scrum Master, certified", []),
        ("Managing Director (MD) of a consultancy", []),
        ("contact: bsc.jones@example.com", []),
        ("https://example.com/phd/notes", []),
        ("Embassy and BSCSE", []),
    ],
)
def test_context_and_non_degrees(nlp: Analyse, text: str, expected: list[tuple[str, str]]) -> None:
    assert _mentions(nlp, text) == expected


def test_spans_carry_level_and_form(nlp: Analyse) -> None:
    doc = nlp("EDUCATION\nMBA, INSEAD, 2019\nB.Tech in CSE, IIT Bombay, 2012\n")
    spans = list(doc.spans[SPAN_KEY])
    assert [span.label_ for span in spans] == ["master", "bachelor"]
    level, form = form_of(spans[0])
    assert (level.id, form.text, form.field) == ("master", "MBA", "business-administration")
    assert form_of(spans[1])[1].text == "B.Tech"


def test_longest_match_wins(nlp: Analyse) -> None:
    assert _mentions(nlp, "Bachelor of Engineering in Software Engineering") == [
        ("Bachelor of Engineering", "bachelor")
    ]
    assert _mentions(nlp, "B.S.E.E., 2010") == [("B.S.E.E.", "bachelor")]


def test_empty_and_no_degree(nlp: Analyse) -> None:
    assert degree_spans(nlp("")) == []
    assert degree_spans(nlp("Senior engineer at Acme, 2019 – 2021")) == []
    assert degree_spans(Doc(nlp("x").vocab, words=["x"])) == []  # a Doc the pipeline never saw


def test_deterministic(nlp: Analyse) -> None:
    text = "EDUCATION\nMSc Statistics — UCD, 2017\nBA (Mod) Mathematics — TCD, 2016\n"
    docs = [nlp(text) for _ in range(4)]
    runs = [[(s.start_char, s.end_char, s.label_, s.id_) for s in d.spans[SPAN_KEY]] for d in docs]
    assert len(runs[0]) == 2
    assert all(run == runs[0] for run in runs)


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        (" Computer Science, Purdue University", ("computer-science", "Computer Science")),
        (" in Data Science", ("data-science", "Data Science")),
        (" program in Computer Science", ("computer-science", "Computer Science")),
        (" de Psychologie, 2015", ("psychology", "Psychologie")),
        # "A and B" names A when A is a field and B is not (issue 9: "Finance and
        # Investments", "Accountancy & Control" on real files); HR is a business field
        (
            " Human Resources and Employment Relations, Loyola",
            ("business-administration", "Human Resources and Employment Relations"),
        ),
        (" Finance and Investments, 2014", ("finance", "Finance and Investments")),
        (" Estatística Aplicada, USP", ("statistics", "Estatística Aplicada")),
        (" Physics and Philosophy", ("physics", "Physics and Philosophy")),
        (
            " ENG. COMPUTER SCiENCE AND ENGiNEERiNG",
            ("computer-science", "ENG. COMPUTER SCiENCE AND ENGiNEERiNG"),
        ),
        (
            " Ingeniería de Sistemas y Computación Universidad de los Andes",
            ("computer-science", "Ingeniería de Sistemas y Computación"),
        ),
        (
            " Computer Science and Mathematics",
            ("computer-science", "Computer Science and Mathematics"),
        ),
        (" — Arizona State University", (None, "")),
        # French "en" is "in", not Dutch "and": the run after it stands when what comes
        # before names no field; "A and B" reads A's field even when A has a qualifier
        (" d'État en Génie Informatique", ("computer-engineering", "d'État en Génie Informatique")),
        (" Wiskunde en Informatica", ("mathematics", "Wiskunde en Informatica")),
        (  # a phrase before "y" is no qualified field
            " Graduada en Ingeniería Informática y estudiante de",
            (None, "Graduada en Ingeniería Informática y estudiante de"),
        ),
        (
            " — Food Chemistry and Technology, University of Chemistry",
            ("chemistry", "Food Chemistry and Technology"),
        ),
        (" (ABD) candidate in Statistics", ("statistics", "Statistics")),
        ("", (None, "")),
    ],
)
def test_field_finder(segment: str, expected: tuple[str | None, str]) -> None:
    finder = field_finder()
    assert isinstance(finder, FieldFinder)
    assert finder.resolve(segment) == expected
