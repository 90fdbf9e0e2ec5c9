"""Find and read date expressions (single dates and ranges) in résumé text.

Pure and fast: the lower-cased text is scanned once for places where a date can begin
(:data:`~screener.nlp._date_patterns.CANDIDATE_RE`), the date pattern
(:data:`~screener.nlp._date_patterns.DATE_RE`) is matched there, and each match becomes
a :class:`DateRange`.  No spaCy here; the pipeline component wraps
:func:`find_date_ranges`.

Reading rules (the experience arithmetic depends on them):

* Month ranges are inclusive: ``Jan 2020 – Mar 2020`` covers 3 months.
* A year on its own covers the whole year: ``2019`` is 2019-01..2019-12.
* A year at the *end* of a range means "until the start of that year":
  ``2015–2017`` is 2015-01..2016-12 (24 months), ``Mar 2019 – 2021`` is
  2019-03..2020-12.  When the end year equals the start year it means "through that
  year": ``2019–2019`` and ``Mar 2019 – 2019`` end in 2019-12.
* Seasons cover three months: Spring 03–05, Summer 06–08, Fall/Autumn 09–11, and
  Winter *Y* is Y-12..(Y+1)-02.
* Open ends ("Present", "now", "Current", "till date", "to date", "ongoing", "heute",
  "actualidad", ...) and ``since X`` give ``last=None, ongoing=True``.
* Day-level dates keep only the month.  ``a/b/yyyy`` is read day-first when the
  separator is a dot or ``a > 12``, or when the text writes another date day-first
  (``15/03/2018``) and none month-first; otherwise month-first (US): ``03/04/2019`` is
  March.
* Two-digit years use a fixed pivot: 00–49 → 2000s, 50–99 → 1900s.  With an apostrophe
  (``Jan '21``, ``'19``) they are always years.  Bare (``Jan 21``, ``01/21``) they are
  years only inside a range (``Jan 21 – Mar 23``, ``01/21 – Present``); alone they are
  more often a day of the month and are not returned.
* ``yyyy-mm`` and ``yyyy/mm`` are ISO months (``2019-03``) when ``mm`` is 01–12;
  otherwise, or with an en/em dash, ``yyyy-yy`` is a compact year range
  (``2015-17``, ``2015/16``, ``2015–17``).  A standalone ``2010-11`` whose second part is
  the next year is read as a school year (2010–2011), not November 2010.
* Precision is the coarsest of the two ends (month < season < year): ``2019 – Mar 2021``
  has precision ``year``.
* ``from`` is not part of the quote; ``since`` is (it changes the meaning).
* Years outside 1950–2100, months outside 1–12, ends before starts, and numbers glued
  to other numbers (``2019-2020-2021``, ``1.2.3.2019``, ``27001:2013``, ``$2019``,
  ``2019.5``, and a lone year between spaced digit groups: ``555 2019 1234``) are
  rejected.  A lone year after a product name
  (``Windows 2019``) is returned; context is the extractor's job.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Literal, NamedTuple

from screener.months import YearMonth
from screener.nlp._date_patterns import (
    CANDIDATE_RE,
    DASHES,
    DATE_RE,
    DIGITS_AFTER,
    DIGITS_BEFORE,
    LEADING_NOISE,
    MONTHS,
    OPEN_END_WORDS,
    SEASONS,
    TRAILING_NOISE,
)

__all__ = ["DateRange", "Precision", "YearMonth", "find_date_ranges", "fold", "parse_date_range"]

Precision = Literal["month", "year", "season"]
"""How finely the expression names its ends; the coarser end wins."""

_COARSENESS: dict[Precision, int] = {"month": 0, "season": 1, "year": 2}


@dataclass(frozen=True, slots=True)
class DateRange:
    """A date expression found in text, read as the inclusive span of months it covers.

    ``start``/``end`` are character offsets of the whole expression, so
    ``text[start:end]`` is the quote.  ``last`` is ``None`` exactly when the range is
    open-ended (``ongoing``).
    """

    start: int
    end: int
    first: YearMonth
    last: YearMonth | None
    ongoing: bool
    precision: Precision

    def __post_init__(self) -> None:
        if self.ongoing != (self.last is None):
            raise ValueError("last must be None exactly when the range is ongoing")
        if self.last is not None and self.last < self.first:
            raise ValueError(f"range ends ({self.last}) before it starts ({self.first})")

    def months(self, as_of: YearMonth) -> int:
        """Months covered up to and including ``as_of``; never negative.

        Open-ended ranges run to ``as_of``; closed ranges are cut at ``as_of`` too, so
        months in the future never count, and a range starting after ``as_of`` gives 0.
        """
        end = as_of.index() if self.last is None else min(self.last.index(), as_of.index())
        return max(0, end - self.first.index() + 1)


class _Point(NamedTuple):
    """One end of a range (or a lone date) as the months it covers on its own."""

    first: YearMonth
    last: YearMonth
    precision: Precision
    short: bool = False  # written with a bare two-digit year ("Jan 21", "01/21")


def find_date_ranges(text: str) -> list[DateRange]:
    """Every date range or single date expression in ``text``.

    Sorted by ``start`` and non-overlapping.  Implausible candidates (see the module
    docstring) are skipped.
    """
    folded = fold(text)
    token = _DAY_FIRST.set(_writes_day_first(folded))
    try:
        return _scan(folded)
    finally:
        _DAY_FIRST.reset(token)


# A text that writes 15/03/2018 somewhere writes its dates day-first: its 01/09/2016 is
# September (unless it also writes 03/15/2018, month-first).
_DAY_FIRST: ContextVar[bool] = ContextVar("day_first", default=False)
_DAY_THEN_MONTH = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d\d")
_MONTH_THEN_DAY = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d")


def _writes_day_first(folded: str) -> bool:
    return bool(_DAY_THEN_MONTH.search(folded)) and not _MONTH_THEN_DAY.search(folded)


def _scan(folded: str) -> list[DateRange]:
    found: list[DateRange] = []
    start = 0  # the text start is a candidate too: CANDIDATE_RE needs a char before
    while True:
        match = DATE_RE.match(folded, start)
        if match is None:
            pos = start
        else:
            pos = match.end()
            if (date_range := _read(match)) is not None:
                found.append(date_range)
                if date_range.precision == "season" and match.group("range") is None:
                    pos = _more_seasons(folded, pos, date_range, found)
        candidate = CANDIDATE_RE.search(folded, pos)
        if candidate is None:
            return across_lines(folded, found)
        start = candidate.start() + 1


def across_lines(folded: str, found: list[DateRange]) -> list[DateRange]:
    """The scan's dates with those written across a gap joined: a lost dash glyph, a
    range split over two lines, an MM/YY range in a narrow column."""
    cells = _month_over_year(folded, _lost_dashes(folded, found), _END_MONTH_CELL)
    joined = _join_split_ranges(folded, cells)
    return _season_over_year(folded, _month_over_year(folded, _split_short_ranges(folded, joined)))


# A date column wrapped in its cell: "Summer<tab>Research Intern" over "2021<tab>NTT, Kyoto".
_SEASON_CELL = re.compile(rf"[ \t]*({'|'.join(sorted(SEASONS, key=len, reverse=True))})[ \t]*\t")


def _season_over_year(folded: str, found: list[DateRange]) -> list[DateRange]:
    """Join a lone year that starts a line to the season alone in the cell above it."""
    out: list[DateRange] = []
    for date in found:
        line_start = folded.rfind("\n", 0, date.start) + 1
        above_start = folded.rfind("\n", 0, max(line_start - 1, 0)) + 1
        season = _SEASON_CELL.match(folded, above_start) if line_start > 0 else None
        if (
            season is not None
            and date.precision == "year"
            and date.last is not None
            and date.first.year == date.last.year
            and not folded[line_start : date.start].strip()
            and (not out or out[-1].end <= above_start)
        ):
            first = YearMonth(date.first.year, SEASONS[season.group(1)])
            last = YearMonth.from_index(first.index() + 2)
            out.append(DateRange(season.start(1), date.end, first, last, False, "season"))
        else:
            out.append(date)
    return out


# A right-aligned range wrapped in its cell: "…, Chartered Accountants,<tab>Sep 2018 – Jun"
# over "Chennai<tab>2021": the end month ends one line, its year the next line's last cell.
_END_MONTH = re.compile(
    rf"[ \t]*[{DASHES}][ \t]*([^\W\d_]{{3,9}}\.?)[ \t]*\n"
    r"[^\n]*\t[ \t]*((?:19|20)\d\d)[ \t]*(?=\n|$)"
)


# A date column wrapped in its cell: "Sep 2017 – Aug<tab>Degree Apprentice" over
# "2021<tab>BT Group": the end month ends the first cell, its year starts the next line.
_END_MONTH_CELL = re.compile(
    rf"[ \t]*[{DASHES}][ \t]*([^\W\d_]{{3,9}}\.?)[ \t]*\t[^\n]*\n"
    r"[ \t]*((?:19|20)\d\d)[ \t]*(?=\t|\n|$)"
)


def _month_over_year(
    folded: str, found: list[DateRange], pattern: re.Pattern[str] | None = None
) -> list[DateRange]:
    """Join a single month ending "– Jun" to the year in the next line's last cell (or,
    with ``_END_MONTH_CELL``, its first cell: the date column wrapped)."""
    pattern = pattern or _END_MONTH
    out: list[DateRange] = []
    skip: set[int] = set()
    for index, date in enumerate(found):
        if index in skip:
            continue
        match = pattern.match(folded, date.end) if _single_month(date) else None
        after = found[index + 1] if index + 1 < len(found) else None
        end = parse_date_range(f"{match.group(1)} {match.group(2)}") if match else None
        if (
            match is not None
            and after is not None
            and after.start == match.start(2)
            and end is not None
            and end.precision == "month"
            and date.first <= end.first
        ):
            out.append(DateRange(date.start, match.end(2), date.first, end.first, False, "month"))
            skip.add(index + 1)
        else:
            out.append(date)
    return out


_DANGLING = re.compile(rf"[ \t]*[{DASHES}][ \t]*(?=[\t\n]|$)")
# "setembro de 2014 – Enfermeira …" over "agosto de 2017<tab>…": a tab read as a space.
_DASH_TEXT = re.compile(rf"[ \t]*[{DASHES}][ \t]+(?=[^\W\d_])")
_OPEN_ALONE = re.compile(rf"[ \t]*(?:{'|'.join(OPEN_END_WORDS)})(?!\w)")


def _join_split_ranges(folded: str, found: list[DateRange]) -> list[DateRange]:
    """A range split over two lines: "styczeń 2021 –<tab>Senior Developer" with "obecnie"
    (or an end date) starting the next line is one range, quoted across both lines."""
    if not any(_dangles(folded, date) for date in found):
        return found  # the common case: nothing to join
    by_start = {date.start: date for date in found}
    joined: list[DateRange] = []
    taken: set[int] = set()
    for date in found:
        if date.start not in taken:
            whole = _joined(folded, date, by_start) if _dangles(folded, date) else None
            if whole is not None and whole.end > date.end and not whole.ongoing:
                # the end date (and a wrapped title's year before it) belong to the range
                taken.update(d.start for d in found if date.end < d.start < whole.end)
            joined.append(whole or date)
    return joined


def _dangles(folded: str, date: DateRange) -> bool:
    """A lone start date followed by a dash: alone in its cell or line, or then text."""
    closed = not date.ongoing and date.precision != "season" and "\n" in folded[date.end :]
    return closed and (
        _DANGLING.match(folded, date.end) is not None
        or _DASH_TEXT.match(folded, date.end) is not None
    )


def _next_line_start(folded: str, offset: int) -> int:
    start = folded.index("\n", offset) + 1
    return start + len(folded[start:]) - len(folded[start:].lstrip(" \t"))


def _joined(folded: str, date: DateRange, by_start: dict[int, DateRange]) -> DateRange | None:
    after = _next_line_start(folded, date.end)
    end = by_start.get(after)
    if end is not None and _wrapped_title_year(folded, date, end):
        end = by_start.get(_next_line_start(folded, end.end))
    if end is not None and end.last is not None and not end.ongoing:
        last = end.last
        if end.precision == "year" and end.first.year != date.first.year:
            last = YearMonth(end.first.year - 1, 12)  # "2015 – 2017" ends in 2016
        if last >= date.first:
            return DateRange(date.start, end.end, date.first, last, False, date.precision)
        end = None  # an earlier date starts the next line: the next entry's, not our end
    dash = _DANGLING.match(folded, date.end)
    if dash is None:
        return None  # after "2014 – Title" only an end date may follow, not "Present"
    if (open_end := _OPEN_ALONE.match(folded, after)) is not None:
        return DateRange(date.start, open_end.end(), date.first, None, True, date.precision)
    if end is None and folded[dash.end() : dash.end() + 1] in ("\n", "\t"):
        # "Data Analyst, Harbor Bank   2021–" or "2021 –<tab>Senior Accountant" (a tab-stop
        # column) with no end on the next line: still ongoing.
        return DateRange(date.start, dash.end(), date.first, None, True, date.precision)
    return None


_SPACES = re.compile(r"[ \t]+")


def _lost_dashes(folded: str, found: list[DateRange]) -> list[DateRange]:
    """Two single months with only spaces between them are one range whose dash glyph was
    lost in the PDF's text layer ("Jan 2014 Dec 2014")."""
    merged: list[DateRange] = []
    for date in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and _single_month(last)
            and _single_month(date)
            and _SPACES.fullmatch(folded, last.end, date.start) is not None
            and last.first <= date.first
        ):
            merged[-1] = DateRange(last.start, date.end, last.first, date.last, False, "month")
        else:
            merged.append(date)
    return merged


def _single_month(date: DateRange) -> bool:
    return date.precision == "month" and date.last == date.first


# moderncv's narrow date column: "03/22 -<tab>PRN Flight Nurse …" over "10/24<tab>…".
# Bare MM/YY ends are years only inside a range, so neither end was found on its own.
_SPLIT_SHORT = re.compile(
    rf"(?<![\w/.])(0?[1-9]|1[0-2])/(\d\d)[ \t]*[{DASHES}][ \t]*(?:\t[^\n]*)?\n"
    r"[ \t]*(0?[1-9]|1[0-2])/(\d\d)(?![\w/.])"
)


def _split_short_ranges(folded: str, found: list[DateRange]) -> list[DateRange]:
    """Add the MM/YY ranges split over two lines that no other date overlaps."""
    if "/" not in folded:
        return found
    added: list[DateRange] = []
    for match in _SPLIT_SHORT.finditer(folded):
        if any(d.start < match.end() and match.start() < d.end for d in found):
            continue
        first = YearMonth(_two_digit(match.group(2)), int(match.group(1)))
        last = YearMonth(_two_digit(match.group(4)), int(match.group(3)))
        if first <= last:
            added.append(DateRange(match.start(), match.end(), first, last, False, "month"))
    return sorted([*found, *added], key=lambda d: d.start) if added else found


def _wrapped_title_year(folded: str, date: DateRange, end: DateRange) -> bool:
    """ "set. 2017 –<tab>Staff Nurse, promoted to Band 6 in" / "2019" / "fev. 2020<tab>…": a
    lone year alone on the next line is the title's wrapped tail when the start names a
    month and the line after begins with a month."""
    if date.precision != "month" or end.precision != "year" or "\n" not in folded[end.end :]:
        return False
    if folded[end.end : folded.index("\n", end.end)].strip():
        return False  # "2019 Berlin": a date with text after it, not a wrapped tail
    following = _next_line_start(folded, end.end)
    month = DATE_RE.match(folded, following)
    read = _read(month) if month is not None else None
    return read is not None and read.precision == "month" and read.ongoing is False


_MORE_SEASONS = re.compile(
    r"\s*(?:,|&|and|und|y|et|e|en|i|ve)\s*(?:(\d{4})|['\u2019`](\d\d))(?![\w%])"
)


def _more_seasons(folded: str, pos: int, season: DateRange, found: list[DateRange]) -> int:
    """ "Summer 2012 and 2013": the same season again in each year listed after the first."""
    while (more := _MORE_SEASONS.match(folded, pos)) is not None:
        year = int(more.group(1)) if more.group(1) else _two_digit(more.group(2))
        first = YearMonth(year, season.first.month)
        last = YearMonth.from_index(first.index() + 2)
        found.append(DateRange(more.start(1) if more.group(1) else more.start(2) - 1,
                               more.end(), first, last, False, "season"))  # fmt: skip
        pos = more.end()
    return pos


def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length, so offsets stay valid.

    ``str.lower`` maps every character to one character except U+0130 (capital I with
    dot above), which it expands to two; that one is mapped to a plain ``i`` first.
    """
    return text.replace("\u0130", "i").lower()


def parse_date_range(expr: str) -> DateRange | None:
    """Parse one expression such as ``"Sept. 2018 – Present"``; ``None`` if it isn't one.

    Surrounding whitespace, brackets, trailing punctuation and a leading ``from`` are
    tolerated; offsets in the result refer to ``expr``.
    """
    folded = fold(expr)
    noise = LEADING_NOISE.match(folded)
    match = DATE_RE.match(folded, noise.end() if noise else 0)
    if match is None:
        return None
    dash = _DANGLING.match(folded, match.end())
    if dash is not None and dash.end() == len(folded.rstrip()):
        start = _read(match)  # "2021–": a start and nothing after it, still ongoing
        if start is None or start.ongoing or start.precision == "season":
            return None
        return DateRange(start.start, dash.end(), start.first, None, True, start.precision)
    if TRAILING_NOISE.fullmatch(folded, match.end()) is None:
        return _lost_dash_range(expr, match.start())
    return _read(match)


def _lost_dash_range(expr: str, start: int) -> DateRange | None:
    """ "Jan 2014 Dec 2014" as a whole, the one range :func:`find_date_ranges` reads."""
    found = find_date_ranges(expr)
    whole = len(found) == 1 and found[0].start == start
    return found[0] if whole and not expr[found[0].end :].strip() else None


def _slots(prefix: str) -> dict[str, int]:
    """Positions in ``match.groups()`` of the groups named ``prefix + name``, by name."""
    return {
        name.removeprefix(prefix): index - 1
        for name, index in DATE_RE.groupindex.items()
        if name.startswith(prefix)
    }


# Reading ``match.groups()`` by position is several times faster than ``groupdict()``.
_TOP, _START, _END = _slots(""), _slots("s_"), _slots("e_")


def _read(match: re.Match[str]) -> DateRange | None:
    values = match.groups()
    has_end = values[_TOP["range"]] is not None
    since = values[_TOP["since"]] is not None
    start = _point(values, _START, alone=not (has_end or since))
    if start is None or (isinstance(start, _Point) and start.short and not has_end):
        return None
    span = match.start(), match.end()
    if values[_TOP["open"]] is not None or (since and not has_end):
        if isinstance(start, int):
            return None
        return DateRange(*span, start.first, None, True, start.precision)
    if not has_end:
        if isinstance(start, int) or (start.precision == "year" and _in_digit_group(match)):
            return None
        return DateRange(*span, start.first, start.last, False, start.precision)
    end = _point(values, _END, alone=False)
    if not isinstance(end, _Point):
        return None
    if isinstance(start, int):  # "Jan - Mar 2020": the month takes the end's year
        if end.precision != "month":
            return None
        year = end.first.year - (start > end.first.month)
        start = _Point(YearMonth(year, start), YearMonth(year, start), "month")
    first = start.first
    if end.precision == "year":
        year = end.first.year
        last = YearMonth(year if year == first.year else year - 1, 12)
    else:
        last = end.last
    if last < first:
        return None
    precision = max(start.precision, end.precision, key=_COARSENESS.__getitem__)
    return DateRange(*span, first, last, False, precision)


def _in_digit_group(match: re.Match[str]) -> bool:
    """Whether a lone year sits between groups of digits, as in ``+44 20 7946 2019``.

    Only lone years are checked: ``MA 02115 2016 – 2018`` is a zip code and a range.
    """
    text, start, end = match.string, match.start(), match.end()
    return bool(
        DIGITS_BEFORE.fullmatch(text, max(0, start - 3), start) or DIGITS_AFTER.match(text, end)
    )


def _point(
    values: tuple[str | None, ...], slot: dict[str, int], *, alone: bool
) -> _Point | int | None:
    """Read one date from ``values`` (``match.groups()``) at the group positions ``slot``.

    An ``int`` is a month without a year.  ``alone``: the start of a match with neither
    an end nor ``since`` (decides how ``2010-11`` reads).
    """

    def get(name: str) -> str:
        return values[slot[name]] or ""

    if year := get("y"):  # 2019
        return _Point(YearMonth(int(year), 1), YearMonth(int(year), 12), "year")
    if name := get("mon"):  # March 2019, Jan '21, Jan 21, March 15, 2019, 15 March 2019
        month = _lookup(MONTHS, name)
        days = [int(d) for d in (get("ld"), get("md")) if d]
        if month is None or not all(1 <= d <= 31 for d in days):
            return None
        if year := get("my"):
            return _month(int(year), month)
        if year := get("myq"):
            return _month(_two_digit(year), month)
        return _month(_two_digit(get("myy")), month, short=True)
    if month_digits := get("nm"):  # 06/2019, 01/21
        if year := get("ny"):
            return _month(int(year), int(month_digits))
        return _month(_two_digit(get("nyy")), int(month_digits), short=True)
    if year := get("iy"):  # 2019-03, 2019-03-15, 2015-17
        return _iso_or_compact(int(year), int(get("im")), get("isep"), get("id"), alone=alone)
    if year := get("dy"):  # 15/03/2019, 03/15/2019, 15.03.2019
        a, b = int(get("d1")), int(get("d2"))
        day_first = get("dsep") == "." or a > 12 or (_DAY_FIRST.get() and b <= 12)
        day, month = (a, b) if day_first else (b, a)
        return _month(int(year), month) if 1 <= day <= 31 else None
    if name := get("sea"):  # Summer 2020, Fall '19
        first_month = _lookup(SEASONS, name)
        if first_month is None:
            return None
        first = YearMonth(int(get("sy")) if get("sy") else _two_digit(get("syq")), first_month)
        return _Point(first, YearMonth.from_index(first.index() + 2), "season")
    if year := get("yq"):  # '19
        return _Point(YearMonth(_two_digit(year), 1), YearMonth(_two_digit(year), 12), "year")
    if name := get("mo"):  # "Jan" in "Jan - Mar 2020"
        return _lookup(MONTHS, name)
    return None


def _iso_or_compact(year: int, second: int, sep: str, day: str, *, alone: bool) -> _Point | None:
    """``yyyy-mm[-dd]`` as an ISO month, or ``yyyy-yy`` as a compact year range."""
    if day:
        return _month(year, second) if sep in "-/." and 1 <= int(day) <= 31 else None
    if sep == ".":  # 2022.07 is a month, never a year range
        return _month(year, second) if 1 <= second <= 12 else None
    next_year = second == (year + 1) % 100
    if sep in "-/" and 1 <= second <= 12 and not (alone and next_year):
        return _month(year, second)
    end_year = year - year % 100 + second
    if end_year < year:
        end_year += 100
    if not alone or end_year > 2100:
        return None
    return _Point(YearMonth(year, 1), YearMonth(max(year, end_year - 1), 12), "year")


def _month(year: int, month: int, *, short: bool = False) -> _Point | None:
    if not 1 <= month <= 12:
        return None
    ym = YearMonth(year, month)
    return _Point(ym, ym, "month", short)


def _two_digit(digits: str) -> int:
    """Fixed pivot: 00–49 → 2000–2049, 50–99 → 1950–1999."""
    value = int(digits)
    return 2000 + value if value <= 49 else 1900 + value


def _lookup(table: dict[str, int], name: str) -> int | None:
    return table.get(name.rstrip("."))
