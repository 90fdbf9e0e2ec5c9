"""The library's parsing entry points: a file, bytes or text in, a ``Profile`` out.

These run in the calling process under the byte, page, decompression and character
limits. For files from people you do not trust, or for many files, use
``screener.stages.ProfilePool`` (killable workers, time and memory limits), which is
what the command line and the HTTP API do.
"""

from __future__ import annotations

from pathlib import Path

from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.models import Profile
from screener.stages import AsOf, profile, read, read_text
from screener.workers import read_path

text_document = read_text
"""A Document for text that is already extracted (``screener.stages.read_text``)."""


def parse_file(path: str | Path, *, as_of: AsOf = None, limits: Limits = DEFAULT_LIMITS) -> Profile:
    """Parse a résumé file (PDF, DOCX or TXT) into a Profile."""
    path = Path(path)
    return parse_bytes(read_path(path, limits), path.name, as_of=as_of, limits=limits)


def parse_bytes(
    data: bytes, filename: str | None = None, *, as_of: AsOf = None, limits: Limits = DEFAULT_LIMITS
) -> Profile:
    """Parse a résumé's bytes; ``filename`` only names it (the format is sniffed)."""
    return profile(read(data, filename, limits), as_of=as_of)


def parse_text(text: str, *, as_of: AsOf = None, limits: Limits = DEFAULT_LIMITS) -> Profile:
    """Parse résumé text that is already extracted (normalised like any file's text)."""
    return profile(read_text(text, limits), as_of=as_of)
