"""Dated positions and experience arithmetic, from plain text (pure; no spaCy).

:func:`find_positions` turns every date range inside the experience section(s) into a
:class:`~screener.models.profile.Position`; :func:`compute_experience` merges their
intervals into an :class:`~screener.models.profile.Experience`.

Rules:

* Every date *range* (``2019 – 2021``, ``Mar 2020 – Present``, ``since 2018``) inside a
  span is a position.  A *lone* date (one year, one month or one season) is a position
  only when it is the only date on its line, that line (or, for a date alone on its
  line, the nearest text line above) is not a bullet, has at most
  :data:`MAX_TITLE_WORDS` words and no degree, school or certificate words — i.e. it
  looks like a job heading.  ``Kept the kitchen open through 2020`` is not a position.
* Title and organisation come from the date's own line (text before the date, else
  after it).  A date alone on its line takes the nearest non-empty line above it in
  the span (below, if there is none above; a rule line such as ``=====`` stops the
  look-up).  Two-line headings: when that context has no job word (engineer, analyst,
  manager, nurse, ...) and the line above it is a non-bullet line with one, they read
  as title line, then organisation line (``Registered Nurse – ICU`` over
  ``Scripps Hospital, La Jolla | 05/2018 – Present``).
* A one-line context is split on the separator that occurs first (``—``, ``–``,
  ``|``, ``--``, ``-``, ``@``, `` at ``, ``,``; outside parentheses).  The second part
  is the title when only it has a job word (``Doctolib — Data Scientist``); otherwise
  the first part is.  The organisation is cut at its first separator (the rest is
  usually a place).  Parts longer than 10 words are left ``None`` (unsure).
* Internship and part-time are read from the date line and the context lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

from screener.extract.intervals import Interval, merge_intervals, months_in, subtract
from screener.models.profile import Evidence, Experience, Position
from screener.months import YearMonth
from screener.nlp.dates import DateRange, find_date_ranges
from screener.provenance import register_extractor
from screener.taxonomy.loader import load_degrees, load_roles
from screener.taxonomy.words import words_alternation

__all__ = [
    "EXTRACTOR",
    "claimed_years",
    "compute_experience",
    "find_positions",
    "merge_intervals",
    "months_in",
]

# 6: a student job at a school is a job; 7: seasons over their year, wrapped places;
# 8: quarters, day-first texts, a job heading below a degree keeps its dates; 9: a lone
# date line after a bullet takes the line below it
# 10: employers whose names hold an internship word ("Co-op Group") are no internship; a
# role at a school whose description says it was held while studying is a student job
# (a part-time job elsewhere "during my degree" stays a job: sample_resumes/README.md)
# 11: a date of birth is no position; nor is a dated line of a section about something else
# (interests, volunteering, personal details) when no experience heading was recognised;
# a career break's line over a date line is that date's heading
EXTRACTOR = register_extractor("experience", "11")
MAX_TITLE_WORDS = 12
_SENTENCE_WORDS = 5  # a lone-dated line of more words ending in "." is a sentence

_ROLES = load_roles()
_INTERN = _ROLES.pattern(_ROLES.internship_words)
_EMPLOYER_NAMES = _ROLES.pattern(_ROLES.employer_names)
_STUDENT_JOB = _ROLES.pattern(_ROLES.student_job_words)
_FURTHER_STUDY = re.compile(
    r"[^.;]{0,30}?\b(?:part[- ]time|evenings?|mba|msc|m\.sc|master'?s|phd|doctora)",
    re.IGNORECASE,
)
_DESCRIPTION_LINES = 8  # lines below a role searched for "while completing my degree"
_PART_TIME = _ROLES.pattern(_ROLES.part_time_words)
_VOLUNTEER = _ROLES.pattern(_ROLES.volunteer_words)
_NOT_A_JOB = _ROLES.pattern(_ROLES.not_a_job_words)
_JOB_WORD = _ROLES.pattern(_ROLES.job_words)
_SCHOOL = re.compile(words_alternation(load_degrees().institution_words), re.IGNORECASE)
_BREAK = _ROLES.pattern(_ROLES.break_words)
_BIRTH = _ROLES.pattern(_ROLES.birth_words)
_SEPARATORS = (" — ", " – ", " | ", " -- ", " - ", " @ ", " at ", ", ")
_SEPARATOR_RE = re.compile("|".join(re.escape(separator) for separator in _SEPARATORS))
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # one level, as résumés write them
_BULLET = re.compile(r"\s*(?:[-•*▪·◦●–—]|\d+[.)])\s")
_STRIP = " \t|—–-,;:[]>*•·▪◦●=_.@"

_WORD_NUMBERS = {  # lowercased, as the matched number is looked up
    word.lower(): value
    for group in _ROLES.claim_number_words.values()
    for word, value in group.items()
}
_NUMBERS = "|".join(map(re.escape, _WORD_NUMBERS))
_YEARS = _ROLES.alternation(_ROLES.claim_year_words)
_CLAIM = re.compile(
    r"(?<![\w.])(?P<n>\d{1,2}(?:\.\d)?|" + _NUMBERS + r")\s*(?P<plus>\+)?[\s-]*"
    rf"(?:plus\s+)?(?:{_YEARS})\.?(?:'s|’s|'|’)?"
    r"(?P<exp>\s+(?:(?:(?:of|de|di|van)\s+|d['’]\s*)(?:[a-z][\w-]*\s+){0,2}?)?"
    rf"(?:{_ROLES.alternation(_ROLES.claim_experience_words)}))?",
    re.IGNORECASE,
)
_YEARS_WORD = re.compile(rf"(?<!\w)(?:{_YEARS})", re.IGNORECASE)
_CLAIM_LEAD = 24  # "twenty-five + years": the number sits just before the word
_CLAIM_TAIL = 48  # "'s of hands-on industry experience"
_WORD_END = re.compile(r"\W|$")


def is_internship_heading(heading: str) -> bool:
    """Whether a section heading names internships, placements or co-ops."""
    return _INTERN.search(heading) is not None


def claimed_years(text: str) -> float | None:
    """The first "N years of experience" or "N+ years" claim in ``text``, or ``None``.

    Recorded as written ("10+ years" is 10); never an input to the arithmetic.
    """
    match = None
    for hint in _YEARS_WORD.finditer(text):  # try the claim pattern only around "years"
        window_start = max(0, hint.start() - _CLAIM_LEAD)
        window_end = _WORD_END.search(text, hint.end() + _CLAIM_TAIL)  # never cut a word
        end = window_end.start() if window_end else len(text)
        match = next(
            (m for m in _CLAIM.finditer(text, window_start, end) if m["plus"] or m["exp"]), None
        )
        if match is not None:
            break
    if match is None:
        return None
    number = match["n"].lower()
    return float(_WORD_NUMBERS[number]) if number in _WORD_NUMBERS else float(number)


def _span(position: Position, as_of: YearMonth) -> Interval | None:
    first = _parse_month(position.start)
    last = as_of if position.end is None else min(_parse_month(position.end), as_of)
    return (first, last) if first <= last else None


_LISTED_UNDER = 1200  # characters: a title's line sits this close below its employer's


def _listed_under(inner: Position, outer: Position) -> bool:
    """Whether ``inner`` is written after ``outer`` and close below it (one entry)."""
    return 0 < inner.evidence[0].start - outer.evidence[0].start < _LISTED_UNDER


def compute_experience(
    positions: Sequence[Position], as_of: YearMonth, claimed: float | None = None
) -> Experience:
    """Merge the positions' intervals: jobs and internships apart, nothing after ``as_of``."""
    spans = [(position, _span(position, as_of)) for position in positions]
    internships = [span for position, span in spans if position.is_internship and span]
    jobs: list[Interval] = []
    for position, span in spans:
        if span and not position.is_internship:
            # A training contract inside the employer's own range ("Hogan Lovells, 2015 –
            # 2021" above "Trainee Solicitor, 2015 – 2017") is not regular experience; a
            # student job at another organisation beside a job is no part of it.
            nested = [
                hole
                for other, hole in spans
                if hole and other.is_internship and _listed_under(other, position)
                and span[0] <= hole[0] and hole[1] <= span[1]
                and other.organisation in (None, position.organisation)
            ]  # fmt: skip
            jobs += subtract(span, nested)
    merged = merge_intervals(jobs)
    return Experience(
        total_months=months_in(merged),
        internship_months=months_in(internships),
        claimed_years=claimed,
        as_of=str(as_of),
        intervals=tuple((str(first), str(last)) for first, last in merged),
    )


def find_positions(
    text: str,
    spans: Sequence[tuple[int, int]],
    page_at: Callable[[int], int],
    as_of: YearMonth,
    dates: Sequence[DateRange] | None = None,
    internship_spans: Sequence[tuple[int, int]] = (),
) -> list[Position]:
    """One position per date range inside ``spans`` (see the module docstring).

    Every position inside ``internship_spans`` (a section headed "Internships",
    "Placements & Internships", "Co-op") is an internship, whatever its title says.

    ``dates`` are the text's date ranges when the caller has them already (the pipeline's
    layout component does); otherwise they are found here.
    """
    found = find_date_ranges(text) if dates is None else dates
    ranges = [r for r in found if _inside(r, spans)]
    positions: list[Position] = []
    for date in ranges:
        span = next(s for s in spans if s[0] <= date.start and date.end <= s[1])
        line_start, line_end = _line_bounds(text, date.start, span)
        on_line = [r for r in ranges if line_start <= r.start < line_end]
        own = _own_text(text, date, line_start, line_end)
        context = _context(text, own, line_start, line_end, span)
        raw_line = text[line_start:line_end]
        if _is_lone(date) and not _looks_like_heading(raw_line, date, line_start, on_line, context):
            continue
        if _VOLUNTEER.search(" ".join([raw_line, *context])):
            continue  # unpaid roles count for nothing (sample_resumes/README.md)
        if _BREAK.search(raw_line if own else " ".join(context)):
            continue  # "Career break, 2019 – 2020": time away from work
        if _BIRTH.search(raw_line):
            continue  # "geb. 14.05.1994 in Leoben": a date of birth, never experience
        title, organisation = _title_and_org(context)
        quote_start = line_start + len(raw_line) - len(raw_line.lstrip())
        quote_end = line_end - (len(raw_line) - len(raw_line.rstrip()))
        flags_text = " ".join([raw_line, *context])
        positions.append(
            Position(
                title=title,
                organisation=organisation,
                start=str(date.first),
                end=None if date.last is None else str(date.last),
                months=date.months(as_of),
                is_internship=bool(_INTERN.search(_EMPLOYER_NAMES.sub(" ", flags_text)))
                or _inside(date, internship_spans)
                or (
                    _SCHOOL.search(flags_text) is not None
                    and _held_while_studying(text, line_end, span, ranges)
                ),
                part_time=bool(_PART_TIME.search(flags_text)),
                evidence=(
                    Evidence(
                        text=text[quote_start:quote_end],
                        start=quote_start,
                        end=quote_end,
                        page=page_at(quote_start),
                        section="experience",
                        extractor=EXTRACTOR,
                    ),
                ),
            )
        )
    return positions


def _parse_month(value: str) -> YearMonth:
    year, month = value.split("-")
    return YearMonth(int(year), int(month))


def _inside(date: DateRange, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start <= date.start and date.end <= end for start, end in spans)


def _line_bounds(text: str, pos: int, span: tuple[int, int]) -> tuple[int, int]:
    """The line around ``pos``, clipped to ``span``."""
    start = max(text.rfind("\n", 0, pos) + 1, span[0])
    end = text.find("\n", pos)
    return start, min(len(text) if end < 0 else end, span[1])


_DASH = re.compile(r"[-\u2010-\u2015\u2212]")


def _own_text(text: str, date: DateRange, line_start: int, line_end: int) -> str:
    """The title text on the date's own line(s): before the date, else after it. A range
    split over two lines ("03/22 -<tab>PRN Flight Nurse" over "10/24<tab>…") has its
    title between the dash and the line break, or after the end date."""
    before = _tidy(text[line_start : date.start])
    if before:
        return before
    quote = text[date.start : date.end]
    if "\n" not in quote:
        return _tidy(text[date.end : line_end])
    first_line = quote.split("\n", 1)[0]
    dash = _DASH.search(first_line)
    middle = _tidy(first_line[dash.end() :]) if dash else ""
    if middle:
        return middle
    end_line = text.find("\n", date.end)
    return _tidy(text[date.end : len(text) if end_line < 0 else end_line])


def _tidy(value: str) -> str:
    """Strip separators, dangling brackets and rules; ``""`` when no letter is left."""
    value = value.strip(_STRIP).lstrip(")").rstrip("(").strip(_STRIP)
    if value.count("(") > value.count(")"):
        value += ")"
    return value if any(char.isalpha() for char in value) else ""


def _held_while_studying(
    text: str, line_end: int, span: tuple[int, int], ranges: Sequence[DateRange]
) -> bool:
    """Whether the role's description (the lines below it, to the next dated line) says
    it was held while studying (the caller asks it only of roles at a school: a student
    assistantship; a part-time job elsewhere during a degree is a job)."""
    until = min((r.start for r in ranges if r.start >= line_end), default=span[1])
    description = " ".join(text[line_end : min(until, span[1])].splitlines()[:_DESCRIPTION_LINES])
    # "… while studying part-time for my MSc": a job beside further study is a job
    return any(
        not _FURTHER_STUDY.match(description, cue.end())
        for cue in _STUDENT_JOB.finditer(description)
    )


def _context(
    text: str, own: str, line_start: int, line_end: int, span: tuple[int, int]
) -> list[str]:
    """The title/organisation text: one line, or a title line and an organisation line."""
    above = _lines_above(text, span[0], line_start)
    gap = False  # a blank line above: the date line starts its own block
    while above and not _tidy(above[-1]):
        if above[-1].strip():  # a rule such as "=====" ends the block
            above = []
            break
        gap = True
        above.pop()
    if gap and not own:
        # "Oktober 2022 – Dezember 2024" over "Werkstudentin Data Science" after a blank
        # line: the text above belongs to the entry before.
        raw = next((line for line in _lines_from(text, line_end, span[1]) if _tidy(line)), None)
        first = None if raw is None else _tidy(raw)
        if first is not None and _is_title_line(first) and not _dated(first):
            return [first]
        # "mars 2023 – juli 2023" alone after the entry before's last bullet (or its
        # career break), the role indented below it: the line below, job word or not.
        if (
            raw is not None
            and first
            and above
            and (_BULLET.match(above[-1]) or _BREAK.search(above[-1]))
            and not _BULLET.match(raw)
            and not _dated(raw)
        ):
            return [first]
    if own:
        # "Org, City | 05/2018 – Present" under a "Registered Nurse – ICU" line
        if (
            not _JOB_WORD.search(own)
            and above
            and not gap  # after a blank line, the line above is the entry before's
            and _is_title_line(above[-1], sentence_ok=False)  # not the entry before's bullet
            and not _dated(above[-1])  # a line with its own dates: the entry before
        ):
            return [_tidy(above[-1]), own]
        # "Data Engineer" / "ING Bank" / "feb. 2019 – aug. 2021<tab>Amsterdam": the date
        # line holds only a place; the title and the organisation stand above it.
        if (
            not _JOB_WORD.search(own)
            and not _INTERN.search(own)
            and not gap
            and len(above) >= 2
            and _is_title_line(above[-2], sentence_ok=False)
            and not _dated(above[-2])
            and not _dated(above[-1])
            and not _is_title_line(above[-1])
            and not _BULLET.match(above[-1])
        ):
            return [_tidy(above[-2]), _tidy(above[-1])]
        # "Daimler AG | März 2013 – September 2014" over a "Werkstudent Data Science" line
        if not _JOB_WORD.search(own) and not _INTERN.search(own):
            lines = itertools.islice(_lines_from(text, line_end, span[1]), 1, None)
            below = list(itertools.islice((line for line in lines if line.strip()), 2))
            # "…, University of Novi" / "Sad" / "Teaching Assistant": the place wraps first
            if len(below) > 1 and _is_wrapped_place(below[0]):
                below = below[1:]
            role_line = below[0] if below else ""
            if _is_title_line(role_line) and not _dated(role_line):
                return [_tidy(role_line.split("\t")[0]), own]
        return [own]
    if (
        above
        and _tidy(above[-1])
        and not _is_title_line(above[-1], sentence_ok=False)
        and not _BREAK.search(above[-1])  # "Career break — carer" over its dates: its own
    ):
        # "Oktober 2016 – März 2021" over "Entwicklungsingenieur …", under the entry
        # before's last bullet: the heading stands below the date.
        after = _lines_from(text, line_end, span[1])
        heading = next((line for line in after if line.strip()), None)
        if heading is not None and _is_heading_below(heading):
            return [_tidy(heading)]
    if above and _tidy(above[-1]):
        nearest = _tidy(above[-1])
        if len(above) >= 2 and not _JOB_WORD.search(nearest) and _is_title_line(above[-2]):
            return [_tidy(above[-2]), nearest]
        return [nearest]
    tidy = (_tidy(line) for line in _lines_from(text, line_end, span[1]))
    below_line = next((line for line in tidy if line), None)
    if below_line is not None and not _dated(below_line):
        return [below_line]
    return []


def _lines_above(text: str, start: int, end: int) -> list[str]:
    """``text[start:end].split("\n")[:-1]`` cut to what :func:`_context` reads of it: from
    the last line back to the nearest one with text and the one before that (not every
    line of the section above each date line, which made the reading quadratic)."""
    lines: list[str] = []
    stop = text.rfind("\n", start, end)
    nearest_seen = False
    while stop >= 0:
        before = text.rfind("\n", start, stop)
        lines.append(text[before + 1 if before >= 0 else start : stop])
        if nearest_seen:
            break
        nearest_seen = bool(_tidy(lines[-1]))
        stop = before
    lines.reverse()
    return lines


def _lines_from(text: str, start: int, end: int) -> Iterator[str]:
    """The lines of ``text[start:end]``, as ``split("\n")`` gives them, one at a time."""
    while (stop := text.find("\n", start, end)) >= 0:
        yield text[start:stop]
        start = stop + 1
    yield text[start:end]


_HEADING_WORDS = 8


def _is_heading_below(line: str) -> bool:
    """A short job-title line with no dates, not a sentence: the title under its date."""
    stripped = line.strip()
    return (
        _is_title_line(line)
        and len(_split(stripped)[0].split()) <= _HEADING_WORDS  # the title, not its place
        and not stripped.endswith(".")
        and not _dated(line)
    )


@lru_cache(maxsize=4096)
def _dated(line: str) -> bool:
    """Whether a line holds a date (cached: the same lines are asked about repeatedly)."""
    return bool(find_date_ranges(line))


def _is_wrapped_place(line: str) -> bool:
    """The wrapped end of a heading's place: a word or two, capitalised, no role, no date."""
    words = line.split()
    return (
        len(words) <= 2
        and words[0][:1].isupper()
        and not _JOB_WORD.search(line)
        and not _INTERN.search(line)
        and not _dated(line)
    )


@lru_cache(maxsize=4096)  # asked of the same lines for every date range near them
def _is_title_line(line: str, *, sentence_ok: bool = True) -> bool:
    """A non-bullet line naming a role; with ``sentence_ok=False``, not a sentence either
    ("Technische Leitung eines Teams von fünf Entwickler:innen.")."""
    role = _JOB_WORD.search(line) or _INTERN.search(line)
    if not sentence_ok and _is_sentence(line):
        return False
    return bool(_tidy(line)) and not _BULLET.match(line) and bool(role)


def _is_sentence(line: str) -> bool:
    """A long line ending with a full stop, or the lower-case tail of a wrapped sentence
    ("ar-" / "tigo aceito no STIL 2021.")."""
    if not line.rstrip().endswith("."):
        return False
    head = line.lstrip()[:2]  # "tigo …" (not "iOS", "eBay", "Über")
    return len(line.split()) > _SENTENCE_WORDS or (
        len(head) == 2 and head.isalpha() and head.islower()
    )


def _is_lone(date: DateRange) -> bool:
    if date.last is None:
        return False
    width = date.last.index() - date.first.index()
    return (
        width == 0
        or (date.precision == "year" and date.first.year == date.last.year)
        or (date.precision == "season" and width == 2)
    )


def _looks_like_heading(
    line: str, date: DateRange, line_start: int, on_line: list[DateRange], context: list[str]
) -> bool:
    if len(on_line) != 1 or not context or _BULLET.match(line[: date.start - line_start]):
        return False
    words = " ".join(context)
    # "2017 – 2018<tab>Teaching Assistant, Delft University." sets the date in a column
    # of its own: a heading even with a full stop.
    in_column = not line[: date.start - line_start].strip() and (
        line[date.end - line_start : date.end - line_start + 1] == "\t"
    )
    if _is_sentence(line) and not in_column:
        return False  # "…with PyTorch; paper at INFORMS 2024.": a sentence, not a heading
    return len(words.split()) <= MAX_TITLE_WORDS and not _names_study(f"{line} {words}")


def _names_study(text: str) -> bool:
    """Whether a lone-dated line names a degree, a school or a certificate, not a job.

    A student job at a school is a job: "2017 – 2018 Teaching Assistant, Delft University
    of Technology" names a university only as its employer."""
    hits = [match.group(0) for match in _NOT_A_JOB.finditer(text)]
    if not hits:
        return False
    return not (_INTERN.search(text) and all(_SCHOOL.fullmatch(hit) for hit in hits))


def _title_and_org(context: list[str]) -> tuple[str | None, str | None]:
    if not context:
        return None, None
    if len(context) == 2:  # title line, then organisation line
        return _short(context[0]), _short(_split(context[1])[0])
    parts = _split(context[0])
    if len(parts) == 1:
        return _short(parts[0]), None
    first, second = parts[0], parts[1]
    if not _JOB_WORD.search(first) and _JOB_WORD.search(second):
        first, second = second, first
    return _short(first), _short(_split(second)[0])


def _split(value: str) -> list[str]:
    """Split on the separator that occurs first (outside parentheses)."""
    masked = _BRACKETED.sub(lambda match: "\0" * len(match.group()), value)
    tried: set[str] = set()
    for match in _SEPARATOR_RE.finditer(masked):
        separator = match.group()
        if separator in tried:
            continue
        tried.add(separator)
        cuts = [m.span() for m in re.finditer(re.escape(separator), masked)]
        bounds = [0, *(edge for cut in cuts for edge in cut), len(value)]
        parts = [value[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]
        tidy = [cleaned for part in parts if (cleaned := _tidy(part))]
        if len(tidy) > 1:
            return tidy
    return [value]


def _short(value: str) -> str | None:
    """``value`` if it is short enough to be a title or a name; else unsure (``None``)."""
    value = _tidy(value)
    return value if value and len(value.split()) <= MAX_TITLE_WORDS - 2 else None
