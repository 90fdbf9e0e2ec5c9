"""Document → Profile: run the pipeline once, then every extractor over the same Doc.

Experience is counted from the experience sections, from the date ranges that are not on
a line naming a degree ("AOS in Culinary Arts (2009–2011)" is study wherever it stands).
A résumé with no headings at all is read whole (and says so in a warning); one with
headings but no recognised experience heading is read in its sections that are about
nothing else, with the warning ``no_experience_section``. When no dated position is found
at all, ``no_dated_positions`` lets the evaluator answer ``needs_review``, never a silent
zero.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from screener.extract.certifications import extract_certifications
from screener.extract.contact import extract_contact
from screener.extract.degrees import extract_degrees, highest_degree, unread_entries
from screener.extract.experience import (
    claimed_years,
    compute_experience,
    find_positions,
    is_internship_heading,
)
from screener.extract.languages import extract_languages
from screener.extract.skills import extract_skills
from screener.lines import line_bounds
from screener.models import Certification, Contact, Degree, Document, DocumentWarning, Profile
from screener.models.profile import SectionSpan, SpokenLanguage
from screener.models.warning_codes import WarningCode
from screener.months import YearMonth, parse_as_of
from screener.nlp.annotations import dates_of, sections_of, text_of
from screener.nlp.dates import DateRange
from screener.nlp.pipeline import analyse
from screener.nlp.sections import Section
from screener.taxonomy.languages import phrase_key
from screener.taxonomy.loader import load_languages, load_roles


def build_profile(document: Document, *, as_of: str | YearMonth | None = None) -> Profile:
    """Extract every fact of one Document, each with its evidence."""
    month = parse_as_of(as_of)
    text = document.text
    page_at = _page_finder(document)
    doc = analyse(text)
    sections = sections_of(doc)
    spans, warnings = _experience_spans(sections, len(text))
    degrees = extract_degrees(doc, page_at)
    dates = _job_dates(doc, degrees)
    interns = [
        (s.start, s.end)
        for s in sections
        if s.heading and is_internship_heading(text[s.heading[0] : s.heading[1]])
    ]
    positions = find_positions(text, spans, page_at, month, dates=dates, internship_spans=interns)
    if spans and not positions:
        warnings.append(_warning(WarningCode.NO_DATED_POSITIONS, "No dated position was found."))
    if not any(section.name == "education" for section in sections) and not degrees:
        warnings.append(
            _warning(WarningCode.NO_EDUCATION_SECTION, "No education section was found.")
        )
    if unread := unread_entries(text, sections, degrees):
        message = f"{unread} education entr{'y' if unread == 1 else 'ies'} named a school "
        message += "but no degree that could be read."
        warnings.append(_warning(WarningCode.UNREAD_EDUCATION_ENTRY, message))
    contact = extract_contact(text)
    languages = extract_languages(doc, page_at)
    return Profile(
        degrees=degrees,
        highest_degree=highest_degree(degrees),
        positions=tuple(positions),
        experience=compute_experience(positions, month, claimed_years(text)),
        skills=extract_skills(doc, positions, page_at),
        certifications=_not_contact_or_language(
            extract_certifications(doc, page_at, month), contact, languages, text
        ),
        contact=contact,
        languages=languages,
        warnings=(*document.warnings, *warnings),
        sections=tuple(SectionSpan(name=s.name, start=s.start, end=s.end) for s in sections),
    )


_PARENTHESES = re.compile(r"\([^)]*\)")


def _page_finder(document: Document) -> Callable[[int], int]:
    """``document.page_at`` with the page starts listed once, not on every quote."""
    if not document.pages:
        return document.page_at
    starts = [page.start for page in document.pages]
    numbers = [page.number for page in document.pages]

    def page_at(offset: int) -> int:
        return numbers[max(bisect_right(starts, offset) - 1, 0)]

    return page_at


def _not_contact_or_language(
    certifications: Sequence[Certification],
    contact: Contact,
    languages: Sequence[SpokenLanguage],
    document_text: str,
) -> tuple[Certification, ...]:
    """Raw certification entries that are the candidate's name (the contact's, or the
    text's first line), the headline below it, or a spoken language (a sidebar read into
    a certifications section) are not certifications."""
    spoken = [(e.start, e.end) for language in languages for e in language.evidence]
    name = (contact.name or "").casefold()
    first_line = document_text.strip().split("\n", 1)[0].strip().casefold()

    names = load_languages().names

    spoken += _headline(document_text, name)

    def stray(cert: Certification) -> bool:
        quote = cert.evidence[0]
        overlaps = any(quote.start < end and start < quote.end for start, end in spoken)
        language = phrase_key(_PARENTHESES.sub(" ", cert.name)) in names  # "Igbo (conversational)"
        named = cert.name.casefold()
        return overlaps or language or (bool(name) and named in name) or named == first_line

    return tuple(cert for cert in certifications if cert.id is not None or not stray(cert))


def _headline(text: str, name: str) -> list[tuple[int, int]]:
    """The line right below the candidate's name (their headline: "PSICÓLOGA · PEOPLE
    ANALYTICS"), which a sidebar's certifications section can run into."""
    if not name:
        return []
    offset, previous_was_name = 0, False
    for line in text.split("\n"):
        stripped = " ".join(line.split()).casefold()
        if stripped and previous_was_name and stripped not in name:
            return [(offset, offset + len(line))]
        if stripped:
            previous_was_name = stripped in name and len(stripped) >= 3
        offset += len(line) + 1
    return []


_ROLES = load_roles()
_JOB_WORD = _ROLES.pattern(_ROLES.job_words)


def _job_dates(doc: Doc, degrees: Sequence[Degree]) -> list[DateRange]:
    """The text's date ranges less those of a degree (study, not a job).

    A degree's dates stand on its line, or alone on the line right below it.
    """
    text = text_of(doc)
    degree_lines: set[tuple[int, int]] = set()
    below: set[tuple[int, int]] = set()
    for degree in degrees:
        line = line_bounds(text, degree.evidence[0].start)
        degree_lines.add(line)
        if line[1] < len(text):
            below.add(line_bounds(text, line[1] + 1))
    dates = dates_of(doc)
    return [d for d in dates if not _is_study_date(text, d, degree_lines, below)]


def _is_study_date(
    text: str, date: DateRange, degree_lines: set[tuple[int, int]], below: set[tuple[int, int]]
) -> bool:
    """A date on a degree's line, or on the line below it (alone, or beside the school:
    "University of Auckland<tab>2014 – 2017"); a job heading below a degree keeps its
    dates ("Software Engineer<tab>Sept 2013 – Mar 2019")."""
    line = line_bounds(text, date.start)
    if line in degree_lines:
        return True
    rest = text[line[0] : date.start] + text[date.end : line[1]]
    return line in below and (len(rest.strip(" \t|·•-–—,()")) <= 3 or not _JOB_WORD.search(rest))


def _experience_spans(
    sections: Sequence[Section], length: int
) -> tuple[list[tuple[int, int]], list[DocumentWarning]]:
    spans = [(s.start, s.end) for s in sections if s.name == "experience"]
    if spans:
        return spans, []
    if all(section.heading is None for section in sections):
        message = "No section headings were found; the whole text was read as experience."
        return [(0, length)], [_warning(WarningCode.NO_SECTIONS, message)]
    # An unrecognised heading ("Where I've been") leaves its jobs in a neighbouring section:
    # read every section that is not about something else, and say so.
    spans = [(s.start, s.end) for s in sections if s.name not in _NOT_EXPERIENCE]
    message = "No experience heading was recognised; sections not about education, skills, "
    message += "certifications, projects or languages were read for dated positions."
    return spans, [_warning(WarningCode.NO_EXPERIENCE_SECTION, message)]


_NOT_EXPERIENCE = frozenset(
    {"education", "skills", "certifications", "projects", "languages", "other"}
)


def _warning(code: str, message: str) -> DocumentWarning:
    return DocumentWarning(code=code, message=message)
