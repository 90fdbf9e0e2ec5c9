"""Positions and experience arithmetic: merging, claims, and small experience sections."""

from __future__ import annotations

import pytest

from screener.extract.experience import (
    EXTRACTOR,
    claimed_years,
    compute_experience,
    find_positions,
)
from screener.extract.intervals import merge_intervals, months_in
from screener.models.profile import Position
from screener.months import YearMonth

AS_OF = YearMonth(2026, 11)


def ym(value: str) -> YearMonth:
    year, month = value.split("-")
    return YearMonth(int(year), int(month))


def iv(*pairs: str) -> list[tuple[YearMonth, YearMonth]]:
    """``iv("2019-01..2019-06", ...)`` as a list of intervals."""
    return [(ym(a), ym(b)) for a, b in (pair.split("..") for pair in pairs)]


def positions(text: str) -> list[Position]:
    return find_positions(text, [(0, len(text))], lambda _: 1, AS_OF)


# --- merge_intervals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "merged", "months"),
    [
        ([], [], 0),
        (["2019-01..2019-01"], ["2019-01..2019-01"], 1),
        (["2019-01..2019-12"], ["2019-01..2019-12"], 12),
        (["2019-01..2021-12", "2020-01..2020-12"], ["2019-01..2021-12"], 36),  # nested
        (["2019-01..2019-06", "2019-04..2019-12"], ["2019-01..2019-12"], 12),  # overlap
        (["2019-01..2019-06", "2019-07..2019-12"], ["2019-01..2019-12"], 12),  # adjacent
        (["2019-01..2019-06", "2019-08..2019-12"], ["2019-01..2019-06", "2019-08..2019-12"], 11),
        (["2019-07..2019-12", "2019-01..2019-06"], ["2019-01..2019-12"], 12),  # unsorted
        (["2019-11..2020-02", "2020-03..2020-05"], ["2019-11..2020-05"], 7),  # across years
        (["2019-12..2019-12", "2020-01..2020-01"], ["2019-12..2020-01"], 2),
        (["2019-01..2019-12", "2019-01..2019-12"], ["2019-01..2019-12"], 12),  # duplicate
        (["2019-01..2019-03", "2019-03..2019-03"], ["2019-01..2019-03"], 3),  # touching
        (["2018-01..2018-12", "2020-01..2020-12"], ["2018-01..2018-12", "2020-01..2020-12"], 24),
        (
            ["2015-01..2016-12", "2016-06..2018-03", "2018-04..2019-01", "2021-01..2021-01"],
            ["2015-01..2019-01", "2021-01..2021-01"],
            50,
        ),
        (["2020-05..2020-01"], [], 0),  # reversed: empty
        (["2010-01..2020-12", "2012-01..2012-02", "2015-05..2016-06"], ["2010-01..2020-12"], 132),
        (["2019-03..2019-04", "2019-01..2019-01", "2019-02..2019-02"], ["2019-01..2019-04"], 4),
    ],
)
def test_merge_intervals(given: list[str], merged: list[str], months: int) -> None:
    assert merge_intervals(iv(*given)) == iv(*merged)
    assert months_in(iv(*given)) == months


# --- claimed_years --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results-driven engineer with 10+ years of experience writing code", 10.0),
        ("over 8 years' experience in retail banking", 8.0),
        ("Over 12 years’ experience", 12.0),
        ("5 yrs exp in Java", 5.0),
        ("seven years of experience as a chef", 7.0),
        ("Ten years experience", 10.0),
        ("teacher with 15+ years of classroom experience", 15.0),
        ("more than 20 years of professional experience", 20.0),
        ("3 years of hands-on experience with Spark", 3.0),
        ("2.5 years of experience", 2.5),
        ("1 year of experience in Java", 1.0),
        ("6 plus years of experience", 6.0),
        ("4 years of experience; earlier: 9 years of experience", 4.0),  # the first claim
        ("13+ Years of Experience in cardiac ICU", 13.0),
        # "+" makes a claim without the word experience; claims in other languages
        ("Chartered accountant with 13+ years in audit and industry finance", 13.0),
        ("Programistka backendowa z 8+ lat doświadczenia w Javie", 8.0),
        ("analityczka z ponad 9-letnim doświadczeniem w bankowości", 9.0),  # hyphenated
        ("a 10-year experience in logistics", 10.0),
        ("managed a 3-year project", None),
        ("Ingeniero de datos con 8+ años de experiencia", 8.0),
        ("Analista de dados com 6 anos de experiência em banca", 6.0),
        ("Machine learning engineer met 7+ jaar ervaring", 7.0),
        ("Ingénieure logicielle, 7 ans d'expérience en finance", 7.0),  # elided "de"
        ("Consulente con 11 anni d’esperienza nel retail", 11.0),
        ("Depuis 4 ans d'abord à Lyon", None),
        ("12 years with the infrastructure function", None),
        ("2 years ago I moved to Berlin", None),
        ("I was 10 years old with experience of nothing", None),
        ("year of experience in sales", None),
        ("worked 3 years at Acme", None),
        ("Over the years, experience taught me patience", None),
        ("In 2019, experience mattered", None),
        ("", None),
    ],
)
def test_claimed_years(text: str, expected: float | None) -> None:
    assert claimed_years(text) == expected


# --- find_positions + compute_experience ----------------------------------------------


CASES: list[tuple[str, str, int, int, list[str | None] | None]] = [
    # (id, experience section text, total_months, internship_months, titles or None)
    ("pipes", "Software Engineer | Acme Corp | 2019 - 2021", 24, 0, ["Software Engineer"]),
    ("dash-tab", "Senior ML Engineer — Flipkart, Bengaluru\t06/2019 – Present", 90, 0, None),
    ("date-first", "(2018–2020) Data Analyst, Contoso", 24, 0, ["Data Analyst"]),
    (
        "overlap",
        "Engineer, Acme\n2019 – 2022\n\nDeveloper (part-time), Beta\n2020 – 2021\n",
        36,
        0,
        ["Engineer", "Developer (part-time)"],
    ),
    ("month-inclusive", "Analyst, Acme | Jan 2020 – Mar 2020", 3, 0, None),
    ("year-range", "Engineer at Acme, 2015–2017", 24, 0, ["Engineer"]),
    ("lone-year", "Consultant, Acme\n2019\n", 12, 0, ["Consultant"]),
    ("now", "Engineer, Acme | Mar 2026 – now", 9, 0, None),
    ("till-date", "Engineer, Acme | Mar 2026 – till date", 9, 0, None),
    ("current", "Engineer, Acme | 2026 - Current", 11, 0, None),
    ("heute", "Entwickler, Firma GmbH | 03/2026 – heute", 9, 0, None),
    (
        "intern-apart",
        "Software Engineer, Acme | Jan 2021 – Dec 2021\n"
        "Software Engineering Intern, Beta | Jun 2020 – Aug 2020",
        12,
        3,
        None,
    ),
    ("co-op", "Co-op Student, Gamma | Jan 2019 – Apr 2019", 0, 4, None),
    ("werkstudent", "Werkstudent Data Science, SAP | 10/2019 – 09/2020", 0, 12, None),
    ("summer-analyst", "Summer Analyst, Goldman Sachs | Jun 2019 – Aug 2019", 0, 3, None),
    (
        "gap",
        "Engineer, A | Jan 2018 – Dec 2018\n\nEngineer, B | Jan 2020 – Dec 2020",
        24,
        0,
        None,
    ),
    ("future-start", "Engineer, Future Co | Jan 2027 – Present", 0, 0, ["Engineer"]),
    ("future-end", "Engineer, A | Jan 2026 – Dec 2027", 11, 0, None),
    (
        "adjacent",
        "Engineer, A | Jan 2018 – Jun 2018\nEngineer, B | Jul 2018 – Dec 2018",
        12,
        0,
        None,
    ),
    (
        "bullet-year",
        "Engineer, Acme | 2019 – 2020\n- Shipped the v2 platform in 2023 to 40 clients",
        12,
        0,
        ["Engineer"],
    ),
    (
        "prose",
        "Executive Chef, Tablao — March 2019 to present. Kept the kitchen open through 2020.",
        93,
        0,
        ["Executive Chef"],
    ),
    ("degree-year", "B.Sc. Computer Science, 2015", 0, 0, []),
    (
        "two-line",
        ">> Regional Sales Manager - Gauteng\n   Coca-Cola, Johannesburg\n   2019 - Current\n",
        95,
        0,
        ["Regional Sales Manager - Gauteng"],
    ),
    (
        "trainee-above",
        "Sales Trainee (graduate programme)\nNestlé, Johannesburg\nJul 2012 - Dec 2012",
        0,
        6,
        ["Sales Trainee (graduate programme)"],
    ),
    ("year-end", "Key Account Manager, Unilever\nFeb 2016 - 2019", 35, 0, None),
    ("first-line", "2017 – 2019\nData Engineer, Initech\n", 24, 0, ["Data Engineer"]),
    (
        "org-first",
        "Doctolib — Data Scientist (Paris)          Sept 2023 – Present",
        39,
        0,
        ["Data Scientist (Paris)"],
    ),
    (
        "intern-overlap",
        "Intern, A | Jun 2020 – Aug 2020\nIntern, B | Jul 2020 – Sep 2020",
        0,
        4,
        None,
    ),
    ("lone-month", "Freelance Consultant, Self-employed | March 2024", 1, 0, None),
    ("since", "Engineer at Acme since 2024", 35, 0, ["Engineer"]),
    ("not-intern", "International Sales Manager, Acme | 2020 – 2021", 12, 0, None),
    ("no-dates", "Engineer at Acme, worked on many things", 0, 0, []),
    ("open-dash", "Data Analyst, Harbor Bank   2021–\nBuilt SQL dashboards.", 71, 0, None),
    ("open-dash-month", "Analyst, Acme | Mar 2025 -\n- Reports in SQL", 21, 0, None),
    (
        "dated-line-above",  # the line above has its own dates: it is not this one's title
        "Software Engineering Intern, Acme Corp    Summer 2016\n"
        "Data Engineer (Contract) | Kestrel   2017 – 2018",
        12,
        3,
        ["Software Engineering Intern", "Data Engineer (Contract)"],
    ),
    (
        "sentence-with-year",
        "Research Assistant, Georgia Tech\tAug 2023 – Dec 2024\n"
        "Demand forecasting for bike sharing with PyTorch; paper at INFORMS 2024.",
        0,
        17,
        ["Research Assistant"],
    ),
    (
        "wrapped-sentence-tail",  # a bullet's hyphenated wrap ends in a year: no position
        "Bolsista de Iniciação Científica (CNPq)\n"
        "Laboratório de Aprendizado de Máquina – UFMG\tmar/2020 – dez/2021\n"
        "• Classificação de textos jurídicos com pandas e scikit-learn; ar-\n"
        "tigo aceito no STIL 2021.",
        0,
        22,
        ["Bolsista de Iniciação Científica (CNPq)"],
    ),
    (
        "split-range-title",  # the title sits between the dash and the line break
        "03/22 -\tPRN Flight Nurse (part-time), LifeWing\n10/24\tRotor-wing transports.",
        32,
        0,
        ["PRN Flight Nurse (part-time)"],
    ),
    (
        "split-range-title-below",
        "June 2022 –\nPresent\tML Engineer, Acme",
        54,
        0,
        ["ML Engineer"],
    ),
    (
        "date-over-title",  # the date line sits under the entry before's last sentence
        "04/2021 – heute\nSenior Software Engineer, Perception\nBosch, Renningen\n"
        "Technische Leitung eines Teams von fünf Entwickler:innen.\n"
        "Oktober 2016 – März 2021\nEntwicklungsingenieur Fahrerassistenzsysteme\n"
        "Continental AG, Frankfurt am Main\nPython-Werkzeuge zur Auswertung von Messfahrten.\n"
        "Mai 2014 – September 2015\nWerkstudent Softwareentwicklung\nInfineon, Neubiberg\n",
        122,
        17,
        [
            "Senior Software Engineer",
            "Entwicklungsingenieur Fahrerassistenzsysteme",
            "Werkstudent Softwareentwicklung",
        ],
    ),
    (
        "date-over-title-with-place",
        "Anti-money-laundering reviews for the financial-services practice.\n09/12 - 05/15\n"
        "Audit Trainee (ACCA training programme) – Mazars LLP, London\n",
        0,
        33,
        ["Audit Trainee (ACCA training programme)"],
    ),
    ("job-word-de", "Siemens AG – Softwareentwickler   2019 – 2021", 24, 0, ["Softwareentwickler"]),
    ("job-word-es", "Globant – Ingeniera de Datos   2019 – 2021", 24, 0, ["Ingeniera de Datos"]),
]


@pytest.mark.parametrize(
    ("text", "total", "internship", "titles"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_positions_and_experience(
    text: str, total: int, internship: int, titles: list[str | None] | None
) -> None:
    found = positions(text)
    experience = compute_experience(found, AS_OF, None)
    assert (experience.total_months, experience.internship_months) == (total, internship)
    if titles is not None:
        assert [p.title for p in found] == titles


def test_position_fields_and_evidence() -> None:
    text = "EXPERIENCE\n  Software Engineer | Acme Corp | Mar 2019 - Present  \nEDUCATION\n"
    span = (len("EXPERIENCE\n"), text.index("EDUCATION"))
    found = find_positions(text, [span], lambda offset: 2 if offset > 5 else 1, AS_OF)
    assert len(found) == 1
    position = found[0]
    assert (position.title, position.organisation) == ("Software Engineer", "Acme Corp")
    assert (position.start, position.end, position.months) == ("2019-03", None, 93)
    evidence = position.evidence[0]
    assert evidence.text == "Software Engineer | Acme Corp | Mar 2019 - Present"
    assert text[evidence.start : evidence.end] == evidence.text
    assert (evidence.page, evidence.section, evidence.extractor) == (2, "experience", EXTRACTOR)


def test_only_dates_inside_spans() -> None:
    text = "Engineer, A | 2015 - 2017\nEngineer, B | 2019 - 2020\nB.Sc., 2010 - 2014"
    second = text.index("Engineer, B")
    found = find_positions(text, [(second, second + 25)], lambda _: 1, AS_OF)
    assert [p.organisation for p in found] == ["B"]


def test_part_time_and_closed_end() -> None:
    text = "Developer (Teilzeit), Firma | 01/2020 - 06/2020\nDeveloper, Other | 2021 - 2022"
    first, second = positions(text)
    assert (first.part_time, first.end, first.months) == (True, "2020-06", 6)
    assert (second.part_time, second.start, second.end) == (False, "2021-01", "2021-12")


@pytest.mark.parametrize(
    "title",
    [
        "Data Science Intern",
        "Internship",
        "Praktikum Softwareentwicklung",
        "Praktikantin Marketing",
        "Working Student Data",
        "Student Assistant",
        "Placement Year",
        "Apprentice Electrician",
        "COOP Engineer",
        "Articleship",  # Indian chartered accountants' three training years
        "Article Assistant",
        "Articled Assistant",
        "Articling Student",
    ],
)
def test_internship_words(title: str) -> None:
    (position,) = positions(f"{title}, Acme | Jan 2020 – Jun 2020")
    assert position.is_internship


@pytest.mark.parametrize("title", ["Internal Auditor", "International Buyer", "Cooper & Co"])
def test_not_internship_words(title: str) -> None:
    (position,) = positions(f"{title}, Acme | Jan 2020 – Jun 2020")
    assert not position.is_internship


def test_compute_experience_fields() -> None:
    found = positions(
        "Engineer, A | 2019 - 2022\nEngineer, B | 2020 - 2021\nIntern, C | Jun 2018 - Aug 2018\n"
        "Engineer, D | Jan 2024 - Present"
    )
    experience = compute_experience(found, AS_OF, 10.0)
    assert experience.total_months == 36 + 35
    assert experience.internship_months == 3
    assert experience.intervals == (("2019-01", "2021-12"), ("2024-01", "2026-11"))
    assert (experience.as_of, experience.claimed_years) == ("2026-11", 10.0)


def test_compute_experience_empty() -> None:
    experience = compute_experience([], AS_OF, None)
    assert (experience.total_months, experience.internship_months) == (0, 0)
    assert experience.intervals == ()


def test_an_internship_inside_the_employers_range_is_not_regular_experience() -> None:
    from screener.parsing import parse_text

    text = (
        "EXPERIENCE\n"
        "Hogan Lovells LLP\tSept 2015 – Dec 2021\n"
        "Associate\tSept 2017 – Dec 2021\n"
        "Trainee Solicitor (training contract)\tSept 2015 – Aug 2017\n"
    )
    experience = parse_text(text, as_of="2026-11").experience
    assert (experience.total_months, experience.internship_months) == (52, 24)


@pytest.mark.parametrize(
    ("interval", "holes", "expected"),
    [
        (("2015-09", "2021-12"), [("2015-09", "2017-08")], [("2017-09", "2021-12")]),
        (
            ("2015-01", "2015-12"),
            [("2015-03", "2015-04")],
            [("2015-01", "2015-02"), ("2015-05", "2015-12")],
        ),
        (("2015-01", "2015-12"), [("2014-01", "2016-12")], []),
        (("2015-01", "2015-12"), [], [("2015-01", "2015-12")]),
    ],
)
def test_subtract(
    interval: tuple[str, str], holes: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    from screener.extract.intervals import subtract

    def month(value: str) -> YearMonth:
        year, number = value.split("-")
        return YearMonth(int(year), int(number))

    found = subtract(
        (month(interval[0]), month(interval[1])), [(month(a), month(b)) for a, b in holes]
    )
    assert [(str(a), str(b)) for a, b in found] == expected


def test_a_title_under_its_employer_and_dates_line_is_read() -> None:
    from screener.parsing import parse_text

    text = (
        "BERUFSERFAHRUNG\n"
        "Daimler AG\tMärz 2013 – September 2014\n"
        "Werkstudent Data Science\tStuttgart\n"
        "Auswertung von Prüfstandsdaten mit Python.\n"
    )
    (position,) = parse_text(text, as_of="2026-11").positions
    assert position.is_internship
    assert position.title == "Werkstudent Data Science"


@pytest.mark.parametrize(
    "line",
    [
        # unpaid roles
        "Voluntaria en la asociación Kodea (talleres de Python, desde 2022).",
        "Volunteer coach, Parkrun\t2019 – Present",
        "Ehrenamtlicher Trainer, TSV Stuttgart\t2015 – 2020",
        # time away from work
        "Career break (travel and family)   2015 - 2016",
        "Maternity leave   Jun 2018 – Dec 2018",
        "Sabbatical, travelling in South America, 2013",
        "Elternzeit\t03/2021 – 02/2022",
        "Excedencia por cuidado de hijos, 2019 – 2020",
    ],
)
def test_volunteering_and_time_away_are_no_position(line: str) -> None:
    from screener.parsing import parse_text

    assert parse_text("EXPERIENCE\n" + line + "\n", as_of="2026-11").positions == ()
