"""Degrees from the degree mentions of the ``screener_degrees`` component.

For each mention (``doc.spans["degrees"]``) the *block* of the degree is its line plus the
following lines up to a blank line, a line with another degree mention, the end of the
section, or :data:`MAX_BLOCK_LINES` lines in all (PDF columns break one entry over several
lines).

* **Field**: the text right after the form on its line ("B.S. Computer Science, Purdue"),
  read by :meth:`FieldFinder.resolve` (connectors such as "in", "of", "program in" are
  skipped; the text up to the first separator must name a field as a whole). When the
  rest of the line does not name a field, it is joined with the next line ("BEng (Hons)
  Software" / "Engineering") or, if the line ends with the form, the next line alone is
  tried. A field read from the text wins over the field a form names by itself ("BCom
  Marketing Management" is marketing). Otherwise the form's own field (MBA, S.Kom.), and
  otherwise ``other``; ``field_text`` keeps the text as written (``None`` if there is none).
  School-leaving qualifications have no field of study: secondary degrees are always
  ``other`` ("A-levels: Mathematics, Physics" lists subjects, not a field).
* **Institution**: the first separator-delimited segment of the degree line, then of the
  block, then of the line above (if it is not part of another degree), that holds an
  institution word of ``degrees.yaml`` (University, Universität, Institute, College,
  School, Politecnico, Gymnasium, Lycée, ...).
* **Year**: the last year (1950–2100) on the degree line, else the first block line with one.
* **Status**: ``incomplete`` when an incomplete marker of ``degrees.yaml`` ("ABD", "did not
  complete", "not finished") is on the degree line or in its block; else ``in_progress``
  when an in-progress marker ("expected", "candidate", "pursuing", "in progress") is there
  or a date range in the block is open ("2023 – present"); else ``completed``.
* **One degree per statement**: mentions of the same level on one line are one degree
  ("Bachelor of Science in Nursing (BSN)"); a mention of a level and field already found
  (a post-nominal "S.Kom." or "MSc Machine Learning (UCL)" in the header) adds nothing.
* **Titles are not degrees**: outside the education section a mention counts only when its
  line names a field (from the text or the form) or an institution. "Dipl.-Ing. Lukas
  Hoffmann" in the name line is a title; "I earned an Associate in Occupational Studies at
  The Culinary Institute of America" in a résumé without headings is a degree. Nor is a
  form in parentheses right after a job word outside the education section: "Graduation
  Intern (MSc thesis)", "Research Assistant (PhD)" and "Teaching Assistant (part-time,
  during M.Sc.)" are roles.
* Education-section mentions are read first, so they carry the evidence when a degree is
  also named elsewhere; degrees are returned in text order of that evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from screener.extract.evidence import quote
from screener.lines import line_bounds
from screener.models.profile import Degree, DegreeLevel, DegreeStatus
from screener.nlp.annotations import dates_of, sections_of, text_of
from screener.nlp.dates import find_date_ranges
from screener.nlp.degrees import degree_spans, form_of, is_degree_form
from screener.nlp.fields import field_finder
from screener.nlp.sections import Section, section_at
from screener.provenance import register_extractor
from screener.taxonomy.loader import load_degrees, load_roles
from screener.taxonomy.words import words_alternation

__all__ = ["EXTRACTOR", "MAX_BLOCK_LINES", "extract_degrees", "highest_degree"]

# 8: a discipline form and its field read as one; 9: LinkedIn's "Degree - ABBR, Field",
# a bracketed field that its table cell wraps; 10: a year left open in its own cell ("2023 –"
# over "en curso") starts the studies, it is no degree year
EXTRACTOR = register_extractor("degrees", "10")
MAX_BLOCK_LINES = 6

_YEAR = re.compile(r"(?<![\w,])(19[5-9]\d|20\d\d|2100)(?!\d)")  # "dez/2027" too
_RANGE_DASH = re.compile(r"\s*(?:[-\u2010-\u2015\u2192~]|to\b|bis\b|até\b)\s*", re.I)
_DEGREES = load_degrees()
_INSTITUTION = re.compile(rf"\b(?:{words_alternation(_DEGREES.institution_words)})\b")
_SEGMENT_SPLIT = re.compile(r"\s[—–-]{1,2}\s|[,;|·•\t\n]|\s{3,}|\s\(|\)")
_LEADING_PAREN = re.compile(r"\s*\([^()\n]*\)")
_OPEN_PAREN_CELL = re.compile(r"\s*\(([^()\n]+?)(?: {2,}|\t)")
"""A bracket the table cell wraps: "M.Tech (Data Science    BITS Pilani" / "& Eng…)"."""
_LEADING_ABBREVIATION = re.compile(r"\s*[-–—]\s*([A-Z][\w.]{0,9})\s*,")
_NAME_BEFORE = re.compile(r"[A-Z][\w.-]*\s+$")
_ROLES = load_roles()
_ROLE_BEFORE = re.compile(
    rf"(?:{_ROLES.pattern(_ROLES.job_words).pattern}|{_ROLES.pattern(_ROLES.internship_words).pattern})"
    r"\s*\([^()\n]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Markers:
    incomplete: re.Pattern[str]
    in_progress: re.Pattern[str]


def _marker_pattern(markers: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(markers, key=len, reverse=True)
    insensitive = [re.escape(m).replace(r"\ ", r"\s+") for m in ordered if not m.isupper()]
    sensitive = [re.escape(m) for m in ordered if m.isupper()]
    parts = []
    if insensitive:
        parts.append("(?i:" + "|".join(insensitive) + ")")
    if sensitive:
        parts.append("|".join(sensitive))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


@lru_cache(maxsize=1)
def _markers() -> _Markers:
    status = load_degrees().status_markers
    return _Markers(_marker_pattern(status.incomplete), _marker_pattern(status.in_progress))


@dataclass(slots=True)
class _Found:
    degree: Degree
    line_start: int
    read_field: bool = True


def _names_the_field(earlier: _Found, line_start: int, field_id: str | None) -> bool:
    """Whether a second form on the line of an earlier mention of the same level names the
    field the first did not read (LinkedIn's "Master of Science - MS, Computer Science")."""
    return earlier.line_start == line_start and not earlier.read_field and field_id is not None


def _block_end(text: str, line_end: int, limit: int, stops: set[int]) -> int:
    """End of the block that starts with the line ending at ``line_end``."""
    end = line_end
    for _ in range(MAX_BLOCK_LINES - 1):
        if end >= limit:
            break
        start, next_end = line_bounds(text, end + 1)
        if start in stops or not text[start:next_end].strip() or next_end > limit:
            break
        end = next_end
    return end


def _institution(segments: Iterable[str]) -> str | None:
    for segment in segments:
        if _INSTITUTION.search(segment):
            cleaned = " ".join(segment.split()).strip(" .()–—-")
            if cleaned:
                return cleaned
    return None


def _segments(text: str) -> list[str]:
    return [part for part in _SEGMENT_SPLIT.split(text) if part.strip()]


def _year(line: str, block_rest: str) -> int | None:
    """The last year written on the degree line, else on the first block line with one;
    a year that only starts a range still running ("2022 → in progress", "2021 – present")
    is when the studies began, not when they end, so it is no degree year."""
    for part in (line, *block_rest.split("\n")):
        years = [m for m in _YEAR.finditer(part) if not _starts_open_range(part, m.end())]
        if years:
            return int(years[-1].group())
    return None


def _starts_open_range(text: str, end: int) -> bool:
    """Whether the year ending at ``end`` is followed by a dash and an open end."""
    rest = _RANGE_DASH.match(text, end)
    if rest is None:
        return False
    after = text[rest.end() :]
    if _markers().in_progress.match(after):
        return True
    gap = text[end : rest.end()]
    if not after.strip() or ("\t" in gap.lstrip(" ") and _YEAR.match(after) is None):
        return True  # "2023 –" alone in its cell: the end ("en curso") is on another line
    return any(r.ongoing and r.start == 0 for r in find_date_ranges(text[end - 4 :]))


def _field(text: str, span: Span, line_end: int, next_line: str) -> tuple[str | None, str]:
    finder = field_finder()
    rest = text[span.end_char : line_end]
    paren = _LEADING_PAREN.match(rest)
    if paren:  # "Kandidatexamen (B.Sc.) i Matematik", "S.Kom. (Sarjana Komputer) - Ilmu ..."
        named = _field_in_parentheses(paren.group(), span.text)
        if named is not None:  # "Bachelor of Engineering (Software)"
            return named
        rest = rest[paren.end() :]
    elif (cell := _OPEN_PAREN_CELL.match(rest)) and ")" not in rest:
        wrapped, wrapped_text = finder.resolve(cell.group(1))
        if wrapped is not None:
            return wrapped, wrapped_text
    abbreviation = _LEADING_ABBREVIATION.match(rest)
    if abbreviation and is_degree_form(abbreviation.group(1)):
        rest = rest[abbreviation.end() :]  # LinkedIn: "Bachelor of Engineering - BE, Electronic …"
    field, written = finder.resolve(rest)
    if field is None:  # the form is the field's first word: "Ingeniería de Sistemas"
        whole, whole_text = finder.resolve(span.text + rest)
        if whole is not None:
            return whole, whole_text
    if field is None and next_line.strip():
        if written:
            joined, joined_text = finder.resolve(rest + " " + next_line.strip())
            if joined is not None:
                return joined, joined_text
        else:
            below, below_text = finder.resolve(next_line)
            if below is not None:
                return below, below_text
    if written and _INSTITUTION.search(written):
        return field, ""
    if written and not written[0].isupper():  # "..., active": not a field name
        return field, ""
    return field, written


def _field_in_parentheses(paren: str, form: str) -> tuple[str, str] | None:
    """A field named in brackets right after the form: "(Computer Science)", or with the
    form's own subject, "Bachelor of Engineering (Software)" → Software Engineering."""
    inner = paren.strip().strip("()").strip()
    if is_degree_form(inner):
        return None  # "Master of Engineering (MEng) in Electrical Engineering": the form again
    subject = form.rsplit(" of ", 1)[1] if " of " in form else ""
    for candidate in (inner, f"{inner} {subject}".strip()):
        field, written = field_finder().resolve(candidate)
        if field is not None:
            return field, written
    return None


def _field_above(
    text: str, line_start: int, section_start: int, mention_lines: set[int], written: str
) -> tuple[str | None, str]:
    """The field named by the whole line above a degree (in the same section body)."""
    above_start, above_end = line_bounds(text, line_start - 1)
    if above_start < section_start or above_start in mention_lines:
        return None, written  # a heading ("EDUCATION") or another degree
    field, above_text = field_finder().resolve(text[above_start:above_end])
    return (field, above_text) if field is not None else (None, written)


_DATED_LINE = re.compile(r"(?:19|20)\d\d|present|expected|in progress", re.IGNORECASE)


def _line_above_if_dated(text: str, line_start: int, mention_lines: set[int]) -> str:
    """The short dated line right above a degree ("In progress – expected 12/2027" over
    "Master of Science in Nursing"), which Google-Docs-like layouts put first."""
    if line_start == 0:
        return ""
    start, end = line_bounds(text, line_start - 1)
    above = text[start:end]
    if start in mention_lines or len(above.split()) > 6 or not _DATED_LINE.search(above):
        return ""
    if start > 0 and line_bounds(text, start - 1)[0] in mention_lines:
        return ""  # the dated line under the degree before belongs to that one
    return above + "\n"


def _field_before(before: str, written: str) -> tuple[str | None, str]:
    """The field named just before the form on its line, in the last cell (Turkish and
    Hungarian write "Bilgisayar Mühendisliği, Lisans")."""
    cell = re.split(r"\t|\s[·|•–—]\s", before)[-1].strip().rstrip(",–—-: ").strip()
    if not cell:
        return None, written
    field, cell_text = field_finder().resolve(cell)
    return (field, cell_text) if field is not None else (None, written)


def _section_of(sections: Sequence[Section], offset: int) -> str:
    return section_at(sections, offset)


def extract_degrees(doc: Doc, page_at: Callable[[int], int]) -> tuple[Degree, ...]:
    """The degrees stated in ``doc`` (see the module docstring for the rules)."""
    text = text_of(doc)
    sections = sections_of(doc)
    spans = degree_spans(doc)
    mention_lines = {line_bounds(text, span.start_char)[0] for span in spans}
    open_ranges = [(d.start, d.end) for d in dates_of(doc) if d.ongoing]
    markers = _markers()
    ordered = sorted(
        spans,
        key=lambda s: (_section_of(sections, s.start_char) != "education", s.start_char),
    )
    found: list[_Found] = []
    for span in ordered:
        level, form = form_of(span)
        if level.id == "none":
            continue
        in_education = _section_of(sections, span.start_char) == "education"
        line_start, line_end = line_bounds(text, span.start_char)
        if not in_education and _ROLE_BEFORE.search(text, line_start, span.start_char):
            continue  # "Graduation Intern (MSc thesis)": a role, not a degree
        section_end = next((s.end for s in sections if s.start <= line_start < s.end), len(text))
        block_end = _block_end(text, line_end, section_end, mention_lines)
        line = text[line_start:line_end]
        block_rest = text[line_end:block_end]
        next_line = block_rest.lstrip("\n").split("\n", 1)[0] if block_rest else ""
        field, written = _field(text, span, line_end, next_line)
        if form.starts_entry:  # "Ingeniería en Computación" names its field as a whole
            whole, whole_text = field_finder().resolve(text[span.start_char : line_end])
            if whole is not None:
                field, written = whole, whole_text
        if field is None and form.field is None:  # "Bilgisayar Mühendisliği, Lisans"
            field, written = _field_before(text[line_start : span.start_char], written)
        if field is None and form.field is None and line_start > 0:
            # "Engenharia de Computação" / "Bacharelado, Unicamp": the field stands above.
            section_start = next((s.start for s in sections if s.start <= line_start < s.end), 0)
            field, written = _field_above(text, line_start, section_start, mention_lines, written)
        if field is None and form.field is not None:
            written = ""  # "Diplom-Mathematikerin" names its field: no text to keep
        field_id = None if level.id == "secondary" else field or form.field
        # The form itself ("High School") is not an institution.
        blanked = line[: span.start_char - line_start] + " " * len(span.text)
        blanked += line[span.end_char - line_start :]
        institution = _institution(_segments(blanked))
        if institution is None:
            institution = _institution(_segments(block_rest))
        if institution is None and line_start > 0:
            above_start, above_end = line_bounds(text, line_start - 1)
            above = text[above_start:above_end]
            if (
                above.strip()
                and not any(
                    f.line_start <= above_start < f.degree.evidence[0].end + 1 for f in found
                )
                and above_start not in mention_lines
            ):
                institution = _institution(_segments(above))
        if not in_education and (
            (field_id is None and institution is None)
            or (
                _INSTITUTION.search(span.text)
                and _NAME_BEFORE.search(text, line_start, span.start_char)
            )
        ):
            continue  # a title ("Dipl.-Ing. Lukas Hoffmann") or a school's name
        duplicate = next(
            (
                f
                for f in found
                if f.degree.level == level.id
                and (f.line_start == line_start or (field_id and f.degree.field == field_id))
            ),
            None,
        )
        if duplicate is not None and not _names_the_field(duplicate, line_start, field_id):
            continue
        block = _line_above_if_dated(text, line_start, mention_lines) + text[line_start:block_end]
        status: DegreeStatus = "completed"
        if markers.incomplete.search(block):
            status = "incomplete"
        elif markers.in_progress.search(block) or any(
            line_start <= start < block_end for start, _ in open_ranges
        ):
            status = "in_progress"
        level_id: DegreeLevel = level.id
        degree = Degree(
            level=level_id,
            # Field text that names no known field is kept as written, unread (None): a
            # rule cannot say it fails, only that a person must look.
            field=field_id or (None if written and level.id != "secondary" else "other"),
            field_text=written or None,
            institution=institution,
            year=_year(line, block_rest),
            status=status,
            evidence=(
                quote(
                    text,
                    line_start,
                    line_end,
                    page_at=page_at,
                    sections=sections,
                    extractor=EXTRACTOR,
                ),
            ),
        )
        if duplicate is not None:  # "Master of Science - MS, Computer Science"
            found.remove(duplicate)
        found.append(_Found(degree, line_start, read_field=field_id is not None))
    found.sort(key=lambda f: f.degree.evidence[0].start)
    return tuple(f.degree for f in found)


def highest_degree(degrees: Iterable[Degree]) -> Degree | None:
    """The highest completed degree by level rank; the first one on a tie."""
    catalog = load_degrees()
    best: Degree | None = None
    for degree in degrees:
        if degree.status != "completed":
            continue
        if best is None or catalog.rank(degree.level) > catalog.rank(best.level):
            best = degree
    return best


_NEAR_LINES = 2  # a degree's school stands this close to it ("University of X" over "BSc …")


def unread_entries(text: str, sections: Sequence[Section], degrees: Sequence[Degree]) -> int:
    """How many lines of an education section name a university or college with no degree
    read within two lines of them ("University of Michigan — Computer Science, 2014"):
    an entry whose level the extractor could not read, so the degree is unknown."""
    degree_lines = [_line_number(text, d.evidence[0].start) for d in degrees]
    count = 0
    for section in sections:
        if section.name != "education":
            continue
        offset = section.start
        for line in text[section.start : section.end].split("\n"):
            number = _line_number(text, offset)
            offset += len(line) + 1
            if not _UNIVERSITY.search(line) or _NOT_A_DEGREE.search(line):
                continue
            if all(abs(number - other) > _NEAR_LINES for other in degree_lines):
                count += 1
    return count


_UNIVERSITY = re.compile(rf"\b(?:{words_alternation(_DEGREES.university_words)})\b")
# A course, a bootcamp or an exchange term at a university is an entry, but no degree.
_NOT_A_DEGREE = re.compile(
    rf"\b(?:{words_alternation(_DEGREES.not_a_degree_words)})\b", re.IGNORECASE
)


def _line_number(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)
