"""Document → Profile: run the pipeline once, then every extractor over the same Doc.

Experience is counted from the experience sections, from the date ranges that are not on
a line naming a degree ("AOS in Culinary Arts (2009–2011)" is study wherever it stands).
A résumé with no headings at all is read whole (and says so in a warning); one with
headings but no experience section gets no positions and the warning
``no_experience_section`` — the evaluator answers ``needs_review`` for what it cannot see,
never a silent zero.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from screener.extract.asof import parse_as_of
from screener.extract.certifications import extract_certifications
from screener.extract.contact import extract_contact
from screener.extract.degrees import extract_degrees, highest_degree
from screener.extract.evidence import line_bounds
from screener.extract.experience import claimed_years, compute_experience, find_positions
from screener.extract.skills import extract_skills
from screener.ingest.limits import Limits
from screener.ingest.reader import read_document
from screener.models import Document, DocumentWarning, Profile
from screener.nlp.annotations import dates_of, sections_of, text_of
from screener.nlp.dates import DateRange, YearMonth
from screener.nlp.degrees import degree_spans
from screener.nlp.pipeline import analyse
from screener.nlp.sections import Section


def build_profile(document: Document, *, as_of: str | YearMonth | None = None) -> Profile:
    """Extract every fact of one Document, each with its evidence."""
    month = parse_as_of(as_of)
    text = document.text
    doc = analyse(text)
    sections = sections_of(doc)
    spans, warnings = _experience_spans(sections, len(text))
    dates = _job_dates(doc)
    positions = find_positions(text, spans, document.page_at, month, dates=dates)
    if spans and not positions:
        warnings.append(_warning("no_dated_positions", "No dated position was found."))
    degrees = extract_degrees(doc, document.page_at)
    if not any(section.name == "education" for section in sections) and not degrees:
        warnings.append(_warning("no_education_section", "No education section was found."))
    return Profile(
        degrees=degrees,
        highest_degree=highest_degree(degrees),
        positions=tuple(positions),
        experience=compute_experience(positions, month, claimed_years(text)),
        skills=extract_skills(doc, positions, document.page_at),
        certifications=extract_certifications(doc, document.page_at),
        contact=extract_contact(text),
        warnings=(*document.warnings, *warnings),
    )


def profile_task(
    data: bytes, filename: str | None, limits: Limits, *, as_of: str | None = None
) -> Profile:
    """Read and extract one file: what a parse worker runs (see ``WorkerPool``)."""
    return build_profile(read_document(data, filename, limits), as_of=as_of)


def _job_dates(doc: Doc) -> list[DateRange]:
    """The text's date ranges less those on a line naming a degree (study, not a job)."""
    text = text_of(doc)
    degree_lines = {line_bounds(text, span.start_char) for span in degree_spans(doc)}
    return [d for d in dates_of(doc) if line_bounds(text, d.start) not in degree_lines]


def _experience_spans(
    sections: Sequence[Section], length: int
) -> tuple[list[tuple[int, int]], list[DocumentWarning]]:
    spans = [(s.start, s.end) for s in sections if s.name == "experience"]
    if spans:
        return spans, []
    if all(section.heading is None for section in sections):
        message = "No section headings were found; the whole text was read as experience."
        return [(0, length)], [_warning("no_sections", message)]
    return [], [_warning("no_experience_section", "No experience section was found.")]


def _warning(code: str, message: str) -> DocumentWarning:
    return DocumentWarning(code=code, message=message)
