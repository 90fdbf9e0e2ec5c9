"""A job posting's bytes → the text drafting reads, through the same safe ingest as résumés.

* PDF, DOCX and text (plain, Markdown) go through :func:`screener.ingest.read_document`
  with its limits (bytes, pages, decompression, characters) and normalisation.
* HTML is read as text by ingest (its encoding detected), then taken apart here
  (:mod:`screener.drafting.html`); a page carrying a schema.org ``JobPosting`` in JSON-LD
  is drafted from that JobPosting — unless its description is a summary: when the
  rendered JobPosting is under half the length of the page's own text, the page is read.
* A ``.json`` file (or text that is a JSON object) must hold a ``JobPosting``.

The text returned is "the posting text as read": every ``source`` offset points into it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Literal

from screener.drafting.html import PageText, html_to_text, looks_like_html
from screener.drafting.jobposting import find_job_posting, parse_json, render_job_posting
from screener.errors import Corrupt, EmptyFile, TooLarge, UnsupportedFormat
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.ingest.reader import assemble, read_document
from screener.ingest.text import read_text as read_text_bytes
from screener.models import Source

ReadFrom = Literal["text", "pdf", "docx", "html", "jobposting"]
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", *_HTML_SUFFIXES})
_MEDIA_KINDS: dict[str, ReadFrom] = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


@dataclass(frozen=True, slots=True)
class PostingText:
    """A posting as drafting reads it."""

    text: str
    filename: str | None
    sha256: str
    read_from: ReadFrom
    title: str | None = None


def read_posting_file(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> PostingText:
    """Read a posting file (refused by size before it is read whole)."""
    path = Path(path)
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise TooLarge(
            f"The file has {size:,} bytes; the limit is {limits.max_bytes:,}.",
            size=size,
            limit=limits.max_bytes,
        )
    return read_posting(path.read_bytes(), path.name, limits)


def read_posting(
    data: bytes, filename: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> PostingText:
    """The posting text of a file's bytes; ``screener.errors.InputError`` when unreadable."""
    sha256 = hashlib.sha256(data).hexdigest()
    suffix = PurePath(filename).suffix.lower() if filename else ""
    if suffix == ".json" or (suffix not in _TEXT_SUFFIXES and data.lstrip()[:1] == b"{"):
        return _from_json(data, filename, sha256, limits)
    document = read_document(data, filename, limits)
    kind = _MEDIA_KINDS.get(document.source.media_type)
    if kind is not None:
        return PostingText(document.text, filename, sha256, kind)
    if suffix in _HTML_SUFFIXES or looks_like_html(document.text.encode("utf-8")):
        return _from_page(html_to_text(document.text), filename, sha256)
    return PostingText(document.text, filename, sha256, "text")


def read_posting_text(text: str, filename: str | None = None) -> PostingText:
    """Posting text already extracted (tests, the API), read like a text file."""
    return read_posting(text.encode("utf-8"), filename or "posting.txt")


def _from_json(data: bytes, filename: str | None, sha256: str, limits: Limits) -> PostingText:
    """A JSON-LD file: decoded, normalised and limited as text by ingest (never read as
    a JSON Resume, which a JobPosting's ``skills`` would make it look like)."""
    if not data:
        raise EmptyFile()
    if len(data) > limits.max_bytes:
        raise TooLarge(
            f"The file has {len(data):,} bytes; the limit is {limits.max_bytes:,}.",
            size=len(data),
            limit=limits.max_bytes,
        )
    extracted = read_text_bytes(data)
    source = Source(
        filename=filename,
        sha256=sha256,
        media_type="application/json",
        size=len(data),
        encoding=extracted.encoding,
    )
    text = assemble(extracted, source, limits).text
    posting = find_job_posting(parse_json(text))
    if posting is None:
        raise UnsupportedFormat("The JSON holds no schema.org JobPosting.")
    return PostingText(render_job_posting(posting), filename, sha256, "jobposting")


def _from_page(page: PageText, filename: str | None, sha256: str) -> PostingText:
    for script in page.json_ld:
        try:
            posting = find_job_posting(parse_json(script))
        except Corrupt:
            continue  # a broken script on a page is the page's problem, not the posting's
        if posting is not None:
            rendered = render_job_posting(posting)
            if len(rendered) * 2 < len(page.text):
                break  # a summary of the page: the page says more
            return PostingText(rendered, filename, sha256, "jobposting")
    return PostingText(page.text, filename, sha256, "html", page.title)
