"""Tests for the résumé date-expression finder (screener.nlp.dates)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.nlp._date_patterns import DATE_RE
from screener.nlp.dates import (
    DateRange,
    YearMonth,
    _read,
    across_lines,
    find_date_ranges,
    fold,
    parse_date_range,
)

AS_OF = YearMonth(2026, 11)


def ym(value: str | None) -> YearMonth | None:
    """``"2019-03"`` -> ``YearMonth(2019, 3)``."""
    if value is None:
        return None
    year, month = value.split("-")
    return YearMonth(int(year), int(month))


# expression, first, last (None = open-ended), ongoing, months as of 2026-11
POSITIVE: list[tuple[str, str, str | None, bool, int]] = [
    # month ranges are inclusive
    ("Jan 2020 – Mar 2020", "2020-01", "2020-03", False, 3),
    ("jan 2020–mar 2020", "2020-01", "2020-03", False, 3),
    ("Jan 2019 - Jan 2019", "2019-01", "2019-01", False, 1),
    ("Dec 1999 - Jan 2000", "1999-12", "2000-01", False, 2),
    ("Sept. 2018 to Aug. 2020", "2018-09", "2020-08", False, 24),
    ("September 2018 until August 2020", "2018-09", "2020-08", False, 24),
    ("Nov 2019 – Feb 2020", "2019-11", "2020-02", False, 4),
    # year-only ranges end at the start of the end year; a lone year is 12 months
    ("2015–2017", "2015-01", "2016-12", False, 24),
    ("2015 - 2017", "2015-01", "2016-12", False, 24),
    ("2015 to 2017", "2015-01", "2016-12", False, 24),
    ("2015 through 2017", "2015-01", "2016-12", False, 24),
    ("2015 thru 2017", "2015-01", "2016-12", False, 24),
    ("2016 till 2018", "2016-01", "2017-12", False, 24),
    ("2019 -> 2021", "2019-01", "2020-12", False, 24),
    ("from 2018 to 2020", "2018-01", "2019-12", False, 24),
    ("(2018–2020)", "2018-01", "2019-12", False, 24),
    ("2019–2019", "2019-01", "2019-12", False, 12),
    ("2019", "2019-01", "2019-12", False, 12),
    ("1950", "1950-01", "1950-12", False, 12),
    ("2100", "2100-01", "2100-12", False, 0),
    # compact year ranges
    ("2015-17", "2015-01", "2016-12", False, 24),
    ("2015/16", "2015-01", "2015-12", False, 12),
    ("2010-11", "2010-01", "2010-12", False, 12),  # a school year, not November 2010
    # mixed precision
    ("2019 – Mar 2021", "2019-01", "2021-03", False, 27),
    ("Mar 2019 – 2021", "2019-03", "2020-12", False, 22),
    ("Mar 2019 – 2019", "2019-03", "2019-12", False, 10),
    # open-ended
    ("06/2019 – Present", "2019-06", None, True, 90),
    ("6/2019-present", "2019-06", None, True, 90),
    ("2019 - now", "2019-01", None, True, 95),
    ("2019 – PRESENT", "2019-01", None, True, 95),
    ("2019 to date", "2019-01", None, True, 95),
    ("2021 – Current", "2021-01", None, True, 71),
    ("2021–Present", "2021-01", None, True, 71),
    ("2018 - Pres.", "2018-01", None, True, 107),
    ("Jan 2014 Dec 2014", "2014-01", "2014-12", False, 12),  # the dash glyph lost
    ("2020 - ongoing", "2020-01", None, True, 83),
    ("2019 til now", "2019-01", None, True, 95),
    ("2018 – Present day", "2018-01", None, True, 107),
    ("oct. 2020 – actualmente", "2020-10", None, True, 74),
    ("June 2020 – till date", "2020-06", None, True, 78),
    ("Mar 2019 — Today", "2019-03", None, True, 93),
    ("Sep 2023 — Current", "2023-09", None, True, 39),
    ("Apr 2024 – Present", "2024-04", None, True, 32),
    ("since March 2022", "2022-03", None, True, 57),
    ("Since 2020", "2020-01", None, True, 83),
    # seasons
    ("Summer 2020", "2020-06", "2020-08", False, 3),
    ("Spring 2021", "2021-03", "2021-05", False, 3),
    ("Fall 2019", "2019-09", "2019-11", False, 3),
    ("Autumn 2019", "2019-09", "2019-11", False, 3),
    ("Winter 2020", "2020-12", "2021-02", False, 3),
    ("Summer 2019 – Fall 2020", "2019-06", "2020-11", False, 18),
    # two-digit years (fixed pivot 00-49 -> 20xx, 50-99 -> 19xx)
    ("Jan '21 - Mar '23", "2021-01", "2023-03", False, 27),
    ("Jan 21 – Mar 23", "2021-01", "2023-03", False, 27),
    ("'19 – '22", "2019-01", "2021-12", False, 36),
    ("'98", "1998-01", "1998-12", False, 12),
    ("01/21 – 03/23", "2021-01", "2023-03", False, 27),
    ("Jan 21 – Present", "2021-01", None, True, 71),
    # single months and numeric formats
    ("March 2022", "2022-03", "2022-03", False, 1),
    ("Jan. 2020", "2020-01", "2020-01", False, 1),
    ("JANUARY 2020", "2020-01", "2020-01", False, 1),
    ("Mar2019", "2019-03", "2019-03", False, 1),
    ("2019-03", "2019-03", "2019-03", False, 1),
    ("2019/03", "2019-03", "2019-03", False, 1),
    ("06-2019", "2019-06", "2019-06", False, 1),
    ("2019-03 – 2021-11", "2019-03", "2021-11", False, 33),
    ("03.2019 – 11.2021", "2019-03", "2021-11", False, 33),
    ("2022.07 – till date", "2022-07", None, True, 53),
    ("2019.07 – 2022.06", "2019-07", "2022-06", False, 36),
    ("Jan - Mar 2020", "2020-01", "2020-03", False, 3),
    ("Nov – Feb 2020", "2019-11", "2020-02", False, 4),
    # day-level dates reduce to the month
    ("15/03/2019", "2019-03", "2019-03", False, 1),
    ("03/15/2019", "2019-03", "2019-03", False, 1),
    ("1/2/2019", "2019-01", "2019-01", False, 1),  # month-first when ambiguous
    ("March 15, 2019", "2019-03", "2019-03", False, 1),
    ("15 March 2019", "2019-03", "2019-03", False, 1),
    ("2019-03-15", "2019-03", "2019-03", False, 1),
    ("15.03.2019 – 31.08.2020", "2019-03", "2020-08", False, 18),
    # German, Spanish, French
    ("März 2019 – heute", "2019-03", None, True, 93),
    ("Okt. 2017 – Dez. 2018", "2017-10", "2018-12", False, 15),
    ("Juni 2018 bis Mai 2020", "2018-06", "2020-05", False, 24),
    ("seit 2021", "2021-01", None, True, 71),
    ("enero de 2020 – actualidad", "2020-01", None, True, 83),
    ("septiembre 2016 - marzo 2018", "2016-09", "2018-03", False, 19),
    ("Febrero 2020 – Julio 2021", "2020-02", "2021-07", False, 18),
    ("janvier 2019 à mars 2020", "2019-01", "2020-03", False, 15),
    # as-of arithmetic: future months never count
    ("2025 – 2030", "2025-01", "2029-12", False, 23),
    ("Jan 2027 – Present", "2027-01", None, True, 0),
]


@pytest.mark.parametrize(("expr", "first", "last", "ongoing", "months"), POSITIVE)
def test_parse_date_range(
    expr: str, first: str, last: str | None, ongoing: bool, months: int
) -> None:
    found = parse_date_range(expr)
    assert found is not None, expr
    assert (found.first, found.last, found.ongoing) == (ym(first), ym(last), ongoing)
    assert found.months(AS_OF) == months
    # the finder sees the same expression in running text, quoted exactly
    [in_text] = find_date_ranges(f"Worked there {expr}.")
    assert (in_text.first, in_text.last, in_text.ongoing) == (found.first, found.last, ongoing)
    quote = f"Worked there {expr}."[in_text.start : in_text.end]
    assert quote == expr.removeprefix("from ").strip("()")


NEGATIVE = [
    "Python 3.10",
    "Java 17",
    "call 555-0123",
    "(206) 555-2019",
    "+1 415 555 2019",
    "+44 20 7946 2019",
    "tel. 2019 555 1234",
    "24/7 support",
    "version 2.0.2019",
    "3.2.1.2019",
    "$120,000",
    "salary 95,000–120,000",
    "$2019",
    "2,000",
    "13/2020",
    "2019-13",
    "1850",
    "1949",
    "2101",
    "2019-2020-2021",
    "12345678",
    "20191",
    "2019.5",
    "v2019",
    "ISO 27001:2013",
    "the 1990s",
    "2020 – 2018",
    "Mar 2021 – Jan 2020",
    "May – Present",
    "present",
    "PRESENT",
    "now",
    "Jan 21",  # a day of the month, not January 2021
    "01/21",  # likewise
    "Since Jan 21",
    "in May we shipped",
    "march 32, 2019",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_date_found(text: str) -> None:
    assert find_date_ranges(text) == []
    assert parse_date_range(text) is None


@pytest.mark.parametrize(
    ("expr", "precision"),
    [
        ("Jan 2020 – Mar 2020", "month"),
        ("15/03/2019", "month"),
        ("2015–2017", "year"),
        ("2019 – Mar 2021", "year"),
        ("Mar 2019 – 2021", "year"),
        ("Summer 2020", "season"),
        ("Summer 2019 – Oct 2020", "season"),
        ("Since 2020", "year"),
        ("since March 2022", "month"),
    ],
)
def test_precision_is_the_coarser_end(expr: str, precision: str) -> None:
    found = parse_date_range(expr)
    assert found is not None
    assert found.precision == precision


def test_parse_date_range_offsets_refer_to_the_input() -> None:
    found = parse_date_range("  (Jan 2020 – Mar 2020) ")
    assert found is not None
    assert (found.start, found.end) == (3, 22)


def test_lone_year_after_a_product_name_is_still_returned() -> None:
    text = "Administered Windows 2019 Server"
    [found] = find_date_ranges(text)
    assert text[found.start : found.end] == "2019"


def test_a_range_after_a_zip_code_is_not_a_phone_number() -> None:
    text = "Fabrikam Health, Boston, MA 02115 2016 – 2018"
    [found] = find_date_ranges(text)
    assert text[found.start : found.end] == "2016 – 2018"


def test_dangling_numbers_after_a_date_are_not_an_end() -> None:
    text = "Jan 2019 – 15 engineers; 2019 - 20 people"
    assert [text[r.start : r.end] for r in find_date_ranges(text)] == ["Jan 2019", "2019"]


RESUME = """\
EXPERIENCE
Senior Data Scientist — Acme Corp, Berlin                Mar 2021 – Present
  • Built forecasting models in Python 3.10 serving 24/7 traffic; led a team of 5.
Data Scientist, Globex Inc. (Remote)                     06/2018 - 02/2021
  • Grew revenue by $120,000 per quarter; call +1 (555) 201-0123 for references.
Research Assistant | Universidad de Chile | (2016–2018)
Werkstudent Softwareentwicklung, Siemens AG              Okt. 2014 – März 2015
EDUCATION
B.Sc. Computer Science, TU München, 2015
"""


def test_find_date_ranges_in_a_resume() -> None:
    found = find_date_ranges(RESUME)
    quotes = [RESUME[r.start : r.end] for r in found]
    assert quotes == [
        "Mar 2021 – Present",
        "06/2018 - 02/2021",
        "2016–2018",
        "Okt. 2014 – März 2015",
        "2015",
    ]
    values = [(str(r.first), r.last and str(r.last), r.ongoing, r.precision) for r in found]
    assert values == [
        ("2021-03", None, True, "month"),
        ("2018-06", "2021-02", False, "month"),
        ("2016-01", "2017-12", False, "year"),
        ("2014-10", "2015-03", False, "month"),
        ("2015-01", "2015-12", False, "year"),
    ]
    assert [r.months(AS_OF) for r in found] == [69, 33, 24, 6, 12]


def test_offsets_survive_case_folding_that_changes_length() -> None:
    # "İ".lower() is two characters; offsets must still point into the original text
    text = "İİİ İstanbul, Mar 2019 – Present"
    [found] = find_date_ranges(text)
    assert text[found.start : found.end] == "Mar 2019 – Present"


def test_year_month() -> None:
    march = YearMonth(2019, 3)
    assert str(march) == "2019-03"
    assert YearMonth.from_index(march.index()) == march
    assert YearMonth.from_index(march.index() + 10) == YearMonth(2020, 1)
    assert YearMonth(2019, 12) < YearMonth(2020, 1)
    with pytest.raises(ValueError, match="month"):
        YearMonth(2019, 13)


def test_months_is_inclusive_and_capped_at_as_of() -> None:
    closed = DateRange(0, 1, YearMonth(2020, 1), YearMonth(2020, 3), False, "month")
    assert closed.months(YearMonth(2030, 1)) == 3
    assert closed.months(YearMonth(2020, 2)) == 2
    assert closed.months(YearMonth(2019, 12)) == 0
    open_ended = DateRange(0, 1, YearMonth(2020, 1), None, True, "month")
    assert open_ended.months(YearMonth(2020, 1)) == 1
    assert open_ended.months(YearMonth(2019, 1)) == 0
    with pytest.raises(ValueError, match="before"):
        DateRange(0, 1, YearMonth(2020, 3), YearMonth(2020, 1), False, "month")
    with pytest.raises(ValueError, match="ongoing"):
        DateRange(0, 1, YearMonth(2020, 3), None, False, "month")


# fmt: off
FRAGMENTS = [
    "Jan", "jan.", "Sept", "März", "enero de", "Summer", "Winter", "since", "seit", "from",
    "2019", "2020", "1999", "'21", "21", "03", "13", "6", "15", "2100", "1949",
    " ", "  ", "\n", "\t", "-", "–", "—", "/", ".", ",", ":", "'", "(", ")", "$", "%", "->",
    " to ", " till ", "Present", "now", "date", "till date", "İ", "ſ", "K", "a", "x",
]
# fmt: on
dateish = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), dateish))
def test_find_date_ranges_properties(text: str) -> None:
    found = find_date_ranges(text)
    position = 0
    for date_range in found:
        assert position <= date_range.start < date_range.end <= len(text)
        position = date_range.end
        assert date_range.months(AS_OF) >= 0
        assert date_range.months(YearMonth(1900, 1)) == 0
        # a found quote parses on its own to the same value
        again = parse_date_range(text[date_range.start : date_range.end])
        assert again is not None
        assert (again.first, again.last, again.ongoing, again.precision) == (
            date_range.first,
            date_range.last,
            date_range.ongoing,
            date_range.precision,
        )


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), dateish))
def test_candidate_scan_finds_what_a_full_scan_finds(text: str) -> None:
    # find_date_ranges only tries DATE_RE where CANDIDATE_RE says a date may start;
    # that shortcut must not change the result of scanning every position.
    everywhere = [r for m in DATE_RE.finditer(fold(text)) if (r := _read(m)) is not None]
    assert find_date_ranges(text) == across_lines(fold(text), everywhere)


# Month names from CLDR (babel) in many languages, and their open ends from dates.yaml.
LOCALE_RANGES: list[tuple[str, str, str | None]] = [
    ("januari 2019 – maart 2022", "2019-01", "2022-03"),  # Dutch
    ("mei 2020 - heden", "2020-05", None),
    ("março de 2020 – atualmente", "2020-03", None),  # Portuguese
    ("set 2019 – atual", "2019-09", None),
    ("Ocak 2018 – Halen", "2018-01", None),  # Turkish
    ("Şubat 2019 - Günümüz", "2019-02", None),
    ("styczeń 2021 – obecnie", "2021-01", None),  # Polish, nominative
    ("od marca 2020", "2020-03", None),  # Polish genitive after "od" (since)
    ("gennaio 2017 – oggi", "2017-01", None),  # Italian
    ("ottobre 2015 – dicembre 2018", "2015-10", "2018-12"),
    ("enero de 2020 – actualidad", "2020-01", None),  # Spanish
    ("januar 2016 – dezember 2017", "2016-01", "2017-12"),
    ("январь 2025 – по настоящее время", "2025-01", None),  # Russian
    ("06/15 - Now", "2015-06", None),
    ("Jan. 2019 — Present", "2019-01", None),
    ("Sep ’19 – Mar ’21", "2019-09", "2021-03"),
    ("`15 – `17", "2015-01", "2016-12"),
    ("June 2022 –\nPresent", "2022-06", None),
]


@pytest.mark.parametrize(("text", "first", "last"), LOCALE_RANGES)
def test_ranges_in_many_languages_are_one_range(text: str, first: str, last: str | None) -> None:
    (found,) = find_date_ranges(text)
    assert (found.first, found.last) == (ym(first), ym(last))
    assert (found.start, found.end) == (0, len(text))


def test_a_season_listed_for_several_years_is_that_season_each_year() -> None:
    found = find_date_ranges("Summer 2012 and 2013, then Summer ’15, ’16")
    assert [(str(r.first), str(r.last)) for r in found] == [
        ("2012-06", "2012-08"),
        ("2013-06", "2013-08"),
        ("2015-06", "2015-08"),
        ("2016-06", "2016-08"),
    ]


@pytest.mark.parametrize("text", ["Led 2 teams", "Pro tips", "the set of 12 models"])
def test_english_words_that_are_cldr_month_forms_are_not_months(text: str) -> None:
    assert find_date_ranges(text) == []


@pytest.mark.parametrize(
    ("text", "first", "last", "quoted_to"),
    [
        # a hanging-indent date column: the range's end starts the next line
        ("styczeń 2021 –\tSenior Java Developer\nobecnie\tWarszawa", "2021-01", None, "obecnie"),
        ("październik 2017 –\tJava Developer\ngrudzień 2020\tKraków", "2017-10", "2020-12", "2020"),
        ("June 2022 –\tML Engineer\nPresent\tAcme", "2022-06", None, "Present"),
        # moderncv's narrow column: bare MM/YY ends, each a year only inside the range
        ("03/22 -\tPRN Flight Nurse (part-time)\n10/24\tRotor-wing", "2022-03", "2024-10", "10/24"),
        ("05/11 -\n05/15\tNE", "2011-05", "2015-05", "05/15"),
        # the title wraps onto a line of its own year before the end date's line
        (
            "set. 2017 –\tStaff Nurse, promovida a Band 6 em\n2019\nfev. 2020\tRoyal Free",
            "2017-09",
            "2020-02",
            "fev. 2020",
        ),
        ("2015 –\tDeveloper\n2017\tBerlin", "2015-01", "2016-12", "2017"),
        # a right-aligned range wrapped in its cell: the end month's year on the next line
        ("Senior Associate, Firm,\tSep 2018 – Jun\nChennai\t2021", "2018-09", "2021-06", "2021"),
        # the tab after the dash read as a space (LibreOffice): only an end date may follow
        ("setembro de 2014 – Enfermeira\nagosto de 2017\tPorto", "2014-09", "2017-08", "2017"),
    ],
)
def test_a_range_split_over_two_lines_is_one_range(
    text: str, first: str, last: str | None, quoted_to: str
) -> None:
    (found,) = find_date_ranges(text)
    assert (found.first, found.last) == (ym(first), ym(last))
    assert text[found.start : found.end].endswith(quoted_to)


def test_a_dangling_start_then_an_earlier_date_below_is_ongoing() -> None:
    found = find_date_ranges("2021 –\tSenior Accountant\n2017 – 2021\tAccountant")
    assert [(d.first, d.last) for d in found] == [
        (ym("2021-01"), None),
        (ym("2017-01"), ym("2020-12")),
    ]


def test_a_dash_then_text_without_a_tab_is_no_open_range() -> None:
    (found,) = find_date_ranges("2019 – Developer\nBuilt things")
    assert (found.first, found.last) == (ym("2019-01"), ym("2019-12"))


# A dash ending its line, or its tab-stop cell ("2019 –<tab>Developer"), with no end date
# starting the next line: the range is open, as "2019 – Present" is.
@pytest.mark.parametrize(
    "text",
    [
        "Data Analyst, Harbor Bank   2021–\nBuilt dashboards",
        "Mar 2025 -\n",
        "2019 –\tDeveloper\nBuilt things",
    ],
)
def test_a_start_with_a_dash_ending_its_line_is_ongoing(text: str) -> None:
    (found,) = find_date_ranges(text)
    assert found.ongoing
    assert found.last is None
