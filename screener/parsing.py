"""The library's parsing entry points: a file, bytes or text in, a ``Profile`` out.

These run in the calling process under the byte, page, decompression and character
limits. For files from people you do not trust, or for many files, use
``screener.extract.pool.ProfilePool`` (killable workers, time and memory limits), which is
what the command line and the HTTP API do.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from screener.extract.profile import build_profile
from screener.ingest.extracted import Extracted
from screener.ingest.isolation import read_path
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.ingest.reader import assemble, read_document
from screener.models import Document, Profile, Source
from screener.months import YearMonth

AsOf = str | YearMonth | None


def parse_file(path: str | Path, *, as_of: AsOf = None, limits: Limits = DEFAULT_LIMITS) -> Profile:
    """Parse a résumé file (PDF, DOCX or TXT) into a Profile."""
    path = Path(path)
    return parse_bytes(read_path(path, limits), path.name, as_of=as_of, limits=limits)


def parse_bytes(
    data: bytes, filename: str | None = None, *, as_of: AsOf = None, limits: Limits = DEFAULT_LIMITS
) -> Profile:
    """Parse a résumé's bytes; ``filename`` only names it (the format is sniffed)."""
    return build_profile(read_document(data, filename, limits), as_of=as_of)


def parse_text(text: str, *, as_of: AsOf = None, limits: Limits = DEFAULT_LIMITS) -> Profile:
    """Parse résumé text that is already extracted (normalised like any file's text)."""
    return build_profile(text_document(text, limits), as_of=as_of)


def text_document(text: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """A Document for text that is already extracted, normalised like any file's text."""
    encoded = text.encode("utf-8")
    source = Source(
        filename=None,
        sha256=hashlib.sha256(encoded).hexdigest(),
        media_type="text/plain",
        size=len(encoded),
        encoding="utf-8",
    )
    return assemble(Extracted(pages=[text], encoding="utf-8"), source, limits)
