"""Tests for screener.extract.degrees: degrees, their fields, status and evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from screener.extract.degrees import EXTRACTOR, extract_degrees, highest_degree
from screener.ingest import read_document
from screener.models.profile import Degree
from tests.nlp_fixture import Analyse

SAMPLES = Path(__file__).resolve().parents[2] / "sample_resumes"


def _degrees(nlp: Analyse, text: str) -> tuple[Degree, ...]:
    return extract_degrees(nlp(text), lambda offset: 1)


def _summary(nlp: Analyse, text: str) -> list[tuple[str, str | None, str]]:
    return [(d.level, d.field, d.status) for d in _degrees(nlp, text)]


E = "EDUCATION\n"
CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # Fields matched by their tail and by aliases in many languages (issue 9)
    (
        E + "MSc Eng. Computer Science, Aalborg University, 2019",
        [("master", "computer-science", "completed")],
    ),
    (
        E + "Dipl.-Ing. Elektrotechnik und Informationstechnik, TU München, 2015",
        [("master", "electrical-engineering", "completed")],
    ),
    (
        E + "Dipl.-Ing. Elektrotechnik, KIT, 2012",
        [("master", "electrical-engineering", "completed")],
    ),
    (
        E + "MS, Analytics — Georgia Institute of Technology, 2020",
        [("master", "data-science", "completed")],
    ),
    (
        E + "Ingeniería de Sistemas, Universidad Nacional de Colombia, 2014",
        [("bachelor", "computer-science", "completed")],
    ),
    (
        E + "Diplomă de Master – Inteligență Artificială, Universitatea Politehnica, 2019",
        [("master", "artificial-intelligence", "completed")],
    ),
    (
        E + "Mgr inż. Informatyka, Politechnika Warszawska, 2017",
        [("master", "computer-science", "completed")],
    ),
    (
        E + "B.A.Sc. Computer Engineering, University of Waterloo, 2016",
        [("bachelor", "computer-engineering", "completed")],
    ),
    (
        E + "BSc Food Chemistry, University of Reading, 2012",
        [("bachelor", "chemistry", "completed")],
    ),
    # French masters and Brazilian secondary school (blind set #4, by failure class)
    (
        E + "Master 2 Droit social – Université Jean Moulin Lyon 3\t2015 – 2016",
        [("master", "law", "completed")],
    ),
    (
        E + "Ensino Médio integrado ao Técnico em Informática – ETEC Jundiaí\t2013 – 2015",
        [("secondary", "other", "completed")],
    ),
    # status words in other languages, and a status on the line above the degree
    (
        E + "Ingeniería de Sistemas\t2016 – 2019\nUNAD · cursé 7 de 10 semestres, no culminada",
        [("bachelor", "computer-science", "incomplete")],
    ),
    (
        E
        + "In progress – expected 12/2027\nMaster of Science in Nursing (MSN)\n"
        + "Texas Woman's University",
        [("master", "nursing", "in_progress")],
    ),
    # a field read and known to lie outside the taxonomy, and one that cannot be read
    (E + "BA Philosophy, University of Leeds, 2010", [("bachelor", "other", "completed")]),
    (E + "M.Sc. in Mekatronika, ITS Surabaya, 2016", [("master", None, "completed")]),
    # United States
    (
        E + "B.S. Computer Science, Purdue University, 2016",
        [("bachelor", "computer-science", "completed")],
    ),
    (
        E + "Bachelor of Science in Computer Science, 2014",
        [("bachelor", "computer-science", "completed")],
    ),
    (
        E
        + "B.S. Computer Science – FIU\n  Expected May 2027 · GPA 3.8\n"
        + "A.S. Computer Science – Miami Dade College, 2022",
        [
            ("bachelor", "computer-science", "in_progress"),
            ("associate", "computer-science", "completed"),
        ],
    ),
    (
        E
        + "Ph.D. candidate (ABD) in Statistics, Stanford University\nB.S. Mathematics, UCLA, 2012",
        [("doctorate", "statistics", "incomplete"), ("bachelor", "mathematics", "completed")],
    ),
    (E + "Ph.D. in Physics, MIT — did not complete", [("doctorate", "physics", "incomplete")]),
    (E + "MBA, Wharton School, 2015", [("master", "business-administration", "completed")]),
    (
        E + "Currently pursuing an M.S. in Data Science at Columbia University",
        [("master", "data-science", "in_progress")],
    ),
    (
        E + "B.B.A. in Accounting, University of Houston — 2015",
        [("bachelor", "accounting", "completed")],
    ),
    (
        # "A and B" is A when only A is a field (issue 9); HR is a business field
        E + "M.S. in Human Resources and Employment Relations, Loyola University Chicago",
        [("master", "business-administration", "completed")],
    ),
    (E + "High School Diploma, Lincoln High School, 2008", [("secondary", "other", "completed")]),
    (E + "GED, 2009", [("secondary", "other", "completed")]),
    (E + "Associate of Science in Nursing, 2012", [("associate", "nursing", "completed")]),
    (
        E + "Bachelor of Science in Nursing (BSN) – University of Santo Tomas, 2012",
        [("bachelor", "nursing", "completed")],
    ),
    (E + "J.D., Harvard Law School, 2010", [("master", "law", "completed")]),
    # United Kingdom and Ireland
    (
        E + "BEng (Hons) Software Engineering, Edinburgh Napier University, 2016",
        [("bachelor", "software-engineering", "completed")],
    ),
    (
        E + "BA (Hons) Marketing, University of Leeds — 2008 – 2011",
        [("bachelor", "marketing", "completed")],
    ),
    (
        E + "MSc Machine Learning – University College London 2017",
        [("master", "machine-learning", "completed")],
    ),
    (E + "LLB (Hons) Law — The University of Manchester, 2012", [("bachelor", "law", "completed")]),
    (E + "A-levels: Mathematics, Physics, Chemistry (2012)", [("secondary", "other", "completed")]),
    # India and South Asia
    (
        E + "B.Tech in CSE\nVellore Institute of Technology\n2011 – 2015",
        [("bachelor", "computer-science", "completed")],
    ),
    (E + "MCA, Anna University, 2010", [("master", "computer-science", "completed")]),
    (E + "BCA from Christ University, 2008", [("bachelor", "computer-science", "completed")]),
    # Germany, Austria
    (
        E + "Dipl.-Ing. Informatik\nTechnische Universität Dresden\n10.2010 – 09.2016",
        [("master", "computer-science", "completed")],
    ),
    (
        E
        + "B.Sc. Mathematik (Mathematics), Universität Heidelberg, 2018\n"
        + "Abitur, Goethe-Gymnasium, 2014",
        [("bachelor", "mathematics", "completed"), ("secondary", "other", "completed")],
    ),
    (
        E + "Dipl.-Ing. (FH) Elektrotechnik, Hochschule München",
        [("bachelor", "electrical-engineering", "completed")],
    ),
    # Italy, France, Spain, Latin America
    (
        E + "Laurea Magistrale in Ingegneria Informatica — Politecnico di Milano, 2018",
        [("master", "computer-engineering", "completed")],
    ),
    (
        E + "Laurea in Ingegneria Informatica (triennale) — Politecnico di Milano, 2016",
        [("bachelor", "computer-engineering", "completed")],
    ),
    (
        E
        + "Université Lyon 2 — Licence de Psychologie, 2015 – 2017 (two years completed,\n"
        + "  not finished)",
        [("bachelor", "psychology", "incomplete")],
    ),
    (E + "Baccalauréat S, Lycée du Parc, Lyon, 2015", [("secondary", "other", "completed")]),
    (
        E + "Licenciatura en Economía, Universidad de Buenos Aires — 2019",
        [("bachelor", "economics", "completed")],
    ),
    # Indonesia
    (
        E + "S.Kom. (Teknik Informatika), Universitas Indonesia, 2017",
        [("bachelor", "computer-science", "completed")],
    ),
    (
        E + "S1 Teknik Informatika, Institut Teknologi Bandung, 2015",
        [("bachelor", "computer-science", "completed")],
    ),
    # Nordics, Canada, Asia
    (
        E + "Kandidatexamen (B.Sc.) i Matematik — Stockholm University (2018 – 2021)",
        [("bachelor", "mathematics", "completed")],
    ),
    (
        E + "B.A.Sc. Electrical Engineering, University of Waterloo — 2018",
        [("bachelor", "electrical-engineering", "completed")],
    ),
    (
        E + "MSc Artificial Intelligence\nSofia University\n2023 – present (part-time)",
        [("master", "artificial-intelligence", "in_progress")],
    ),
    (
        E + "Bachelor of Engineering in Software Engineering, Zhejiang University, 2016",
        [("bachelor", "software-engineering", "completed")],
    ),
    # Statuses
    (E + "MBA (in progress), INSEAD", [("master", "business-administration", "in_progress")]),
    (
        E + "Ph.D. Statistics — all but dissertation, Yale University",
        [("doctorate", "statistics", "incomplete")],
    ),
    (E + "B.A. Economics, NYU — withdrawn 2019", [("bachelor", "economics", "incomplete")]),
    # Mentions that are not degrees
    ("Jane Doe\n123 Main St, Boston, MA 02139\n\nEXPERIENCE\nEngineer, 2019 – 2021", []),
    ("EXPERIENCE\nWe will BE there for clients.\nUsed MS Office daily.", []),
    ("EXPERIENCE\nMaster of Ceremonies at the annual gala, 2019", []),
    ("Dipl.-Ing. Lukas Hoffmann\nMünchen\n\nEXPERIENCE\nML engineer, 2019 – 2021", []),
    ("EXPERIENCE\nEnglish teacher, Lincoln High School, Portland Public Schools, 2010 – 2020", []),
    # Swedish, Dutch, Indian and UK forms
    (
        "EDUCATION\nCivilingenjör i datateknik, KTH, 2014",
        [("master", "computer-engineering", "completed")],
    ),
    (
        "EDUCATION\nMasterexamen i datavetenskap, 2017",
        [("master", "computer-science", "completed")],
    ),
    (
        "EDUCATION\nHögskoleingenjör, elektroteknik, 2010",
        [("bachelor", "electrical-engineering", "completed")],
    ),
    ("EDUCATION\nWO Master Data Science, 2018", [("master", "data-science", "completed")]),
    (
        "EDUCATION\nDiplôme d'ingénieur, École Centrale de Lyon",
        [("master", "engineering", "completed")],
    ),
    (
        "EDUCATION\nPostgraduate Diploma in Management, 2015",
        [("master", "business-administration", "completed")],
    ),
    # Australia/New Zealand (AQF): vocational diplomas are associate level, a graduate
    # diploma (after a first degree) bachelor level; a bare "Diploma in" needs context
    (
        "EDUCATION\nDiploma of Information Technology, TAFE NSW, 2016",
        [("associate", "information-technology", "completed")],
    ),
    (
        "Advanced Diploma of Engineering Technology — Box Hill Institute, 2012",
        [("associate", "engineering", "completed")],
    ),
    (
        "EDUCATION\nGraduate Diploma of Education, Monash University, 2014",
        [("bachelor", "education", "completed")],
    ),
    ("Diploma of Higher Education in Nursing, 2011", [("associate", "nursing", "completed")]),
    ("Diploma in Excel shortcuts from my manager", []),
    # Brazil's vocational secondary course (a school-leaving level: no field); the same
    # words as a job title are no degree
    (
        "FORMAÇÃO\nTécnico em Informática, ETEC Jorge Street, 2010",
        [("secondary", "other", "completed")],
    ),
    ("EXPERIÊNCIA\nTécnico em Informática na Prefeitura de Santos, 2012 – 2015", []),
    (
        "FORMAÇÃO\nBacharelado em Informática, Universidade Federal do Paraná, 2014",
        [("bachelor", "computer-science", "completed")],
    ),
    # an abbreviation followed by a number that is no year names a standard, not a degree
    ("EXPERIENCE\nCoordinated Ind AS 116 lease accounting with the auditors.", []),
    (
        "EDUCATION\nAS 2012 Computer Science, Foothill College",
        [("associate", "computer-science", "completed")],
    ),
    # "Master of"/"Bachelor of" with a field the list of forms lacks; not without one
    (
        "EDUCATION\n2014\tMaster of Professional Accounting (MPA)\nThe University of Texas",
        [("master", "accounting", "completed")],
    ),
    # a field outside the taxonomy is kept as written, unmapped (None)
    (
        "Bachelor of Horticultural Science, Lincoln University, 2011",
        [("bachelor", None, "completed")],
    ),
    ("HOBBIES\nMaster of Ceremonies at two charity galas; Bachelor of the Year 2019 (joke)", []),
    # a Canadian college diploma; a qualifier after the field ("with Study in Industry")
    (
        "EDUCATION\nOntario College Diploma, Computer Programming — Seneca College, 2019",
        [("associate", "computer-science", "completed")],
    ),
    (
        "EDUCATION\nMEng Mechanical Engineering with Study in Industry, 2016",
        [("master", "mechanical-engineering", "completed")],
    ),
    (
        "AUSBILDUNG\nM.Sc. Informatik mit Schwerpunkt Künstliche Intelligenz, 2020",
        [("master", "computer-science", "completed")],
    ),
    # "A/B Engineering" is "A and B Engineering"; "A/B" of two fields stays the first
    (
        "EDUCATION\nB.Eng. Electrical/Electronic Engineering | Second Class Upper, 2017",
        [("bachelor", "electrical-engineering", "completed")],
    ),
    (
        "EDUCATION\nB.Sc. Computer Science/Mathematics, University of Leeds, 2015",
        [("bachelor", "computer-science", "completed")],
    ),
    # hyphenated (also with U+2011, the no-break hyphen) pairs of fields: "A and B"
    (
        "EDUCATION\nB.Eng. Electrical\u2011Electronic Engineering, University of Lagos, 2012",
        [("bachelor", "electrical-engineering", "completed")],
    ),
    # the abbreviation in brackets is the form again, not the field
    (
        "EDUCATION\nMaster of Engineering (MEng) in Electrical Engineering, Cornell, 2013",
        [("master", "electrical-engineering", "completed")],
    ),
    # LinkedIn's export: the long form, its abbreviation, then the field
    (
        "EDUCATION\nNortheastern University\n"
        "Master of Science - MS, Computer Science · (2017 - 2019)",
        [("master", "computer-science", "completed")],
    ),
    (
        "EDUCATION\nBachelor of Science - BS, Mathematics · (2013 - 2017)",
        [("bachelor", "mathematics", "completed")],
    ),
    # A degree in prose without headings
    (
        "I trained at The Culinary Institute of America, where I earned an Associate in "
        "Occupational Studies (AOS) in Culinary Arts (2009–2011).",
        [("associate", "other", "completed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_degrees(nlp: Analyse, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _summary(nlp, text) == expected


def test_case_count() -> None:
    assert len(CASES) >= 30


def test_details_of_one_degree(nlp: Analyse) -> None:
    text = E + "B.S. Computer Science, Purdue University, West Lafayette, IN -- 2012-2016\n"
    (degree,) = _degrees(nlp, text)
    assert degree.field_text == "Computer Science"
    assert degree.institution == "Purdue University"
    assert degree.year == 2016
    assert degree.status == "completed"


@pytest.mark.parametrize(
    ("dates", "year"),
    [
        ("2021 – em andamento (previsão de conclusão: dez/2027)", 2027),
        ("Sept 2022 – expected 06/2026", 2026),
        ("2012-2016", 2016),
        ("2022 → in progress", None),  # when the studies began, not when they end
        ("2021 – present (expected 2027)", 2027),
    ],
)
def test_the_year_is_the_last_one_written(nlp: Analyse, dates: str, year: int | None) -> None:
    text = E + f"Bacharelado em Ciência da Computação · Universidade Paulista\n{dates}\n"
    (degree,) = _degrees(nlp, text)
    assert degree.year == year


def test_field_text_kept_as_written(nlp: Analyse) -> None:
    (degree,) = _degrees(nlp, E + "Dipl.-Ing. Informatik, TU Dresden, 2016")
    assert (degree.field, degree.field_text) == ("computer-science", "Informatik")
    (degree,) = _degrees(nlp, E + "MBA, INSEAD, 2019")
    assert (degree.field, degree.field_text) == ("business-administration", None)


def test_text_field_beats_form_field(nlp: Analyse) -> None:
    (degree,) = _degrees(nlp, E + "BCom Marketing Management - University of Johannesburg, 2012")
    assert degree.field == "marketing"


def test_field_split_over_two_lines(nlp: Analyse) -> None:
    text = E + "BEng (Hons) Software\nEngineering\nEdinburgh Napier University\n2012 – 2016\n"
    (degree,) = _degrees(nlp, text)
    assert (degree.field, degree.institution, degree.year) == (
        "software-engineering",
        "Edinburgh Napier University",
        2016,
    )


def test_institution_on_line_above(nlp: Analyse) -> None:
    text = E + "Stanford University\nM.S. Computer Science, 2019\n"
    (degree,) = _degrees(nlp, text)
    assert degree.institution == "Stanford University"


def test_header_duplicate_is_merged(nlp: Analyse) -> None:
    text = (
        "RIZKY PRATAMA, S.Kom.\nJakarta\n\nEDUCATION\n"
        "S.Kom. (Sarjana Komputer) - Ilmu Komputer\nUniversitas Indonesia | 2013 - 2017\n"
    )
    (degree,) = _degrees(nlp, text)
    assert degree.evidence[0].section == "education"
    assert degree.field == "computer-science"


def test_evidence_offsets(nlp: Analyse) -> None:
    text = (
        "Jane Roe\n\nEDUCATION\n  MSc Statistics — University College Dublin, 2017  \n"
        "BA (Mod) Mathematics — Trinity College Dublin, 2016\n"
    )
    degrees = _degrees(nlp, text)
    assert len(degrees) == 2
    for degree in degrees:
        (evidence,) = degree.evidence
        assert text[evidence.start : evidence.end] == evidence.text
        assert evidence.text == evidence.text.strip()
        assert evidence.section == "education"
        assert evidence.extractor == EXTRACTOR
        assert evidence.page == 1
    assert degrees[0].evidence[0].text.startswith("MSc Statistics")


def _degree(level: str, status: str = "completed", field: str = "other") -> Degree:
    from screener.models.profile import Evidence

    evidence = Evidence(text="x", start=0, end=1, page=1, section="education", extractor=EXTRACTOR)
    return Degree.model_validate(
        {"level": level, "field": field, "status": status, "evidence": (evidence,)}
    )


@pytest.mark.parametrize(
    ("degrees", "expected"),
    [
        ([], None),
        ([("doctorate", "incomplete"), ("bachelor", "completed")], "bachelor"),
        ([("master", "in_progress"), ("bachelor", "completed")], "bachelor"),
        ([("bachelor", "completed"), ("master", "completed")], "master"),
        ([("secondary", "completed"), ("associate", "completed")], "associate"),
        ([("master", "in_progress")], None),
        ([("doctorate", "completed"), ("master", "completed")], "doctorate"),
    ],
)
def test_highest_degree(degrees: list[tuple[str, str]], expected: str | None) -> None:
    best = highest_degree([_degree(level, status) for level, status in degrees])
    assert (best.level if best else None) == expected


def test_highest_degree_tie_takes_the_first() -> None:
    first = _degree("master", field="statistics")
    second = _degree("master", field="computer-science")
    assert highest_degree([first, second]) is first


def test_highest_from_text(nlp: Analyse) -> None:
    text = E + "Ph.D. candidate (ABD) in Statistics\nB.S. Computer Science, 2012\n"
    best = highest_degree(_degrees(nlp, text))
    assert best is not None
    assert (best.level, best.field) == ("bachelor", "computer-science")


def test_deterministic(nlp: Analyse) -> None:
    text = (SAMPLES / "chinedu_okeke.expected.yaml").read_text(encoding="utf-8")
    expected = yaml.safe_load(text)
    path = SAMPLES / expected["file"]
    document = read_document(path.read_bytes(), path.name)
    runs = [
        [d.model_dump() for d in extract_degrees(nlp(document.text), document.page_at)]
        for _ in range(3)
    ]
    assert runs[0]
    assert runs[0] == runs[1] == runs[2]
