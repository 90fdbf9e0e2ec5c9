"""Screener: candidate-qualification screening with evidence for every decision.

``parse_file``/``parse_bytes``/``parse_text`` turn a résumé into a ``Profile`` whose every
fact carries the quote that proves it; ``read_document`` stops after reading the file.
For untrusted or many files use the killable worker pools
(``screener.stages.ProfilePool``, ``screener.stages.ParserPool``).
"""

from screener.errors import ScreenerError
from screener.ingest import Limits, read_document
from screener.models import Document, Profile
from screener.parsing import parse_bytes, parse_file, parse_text
from screener.screening import Screener
from screener.version import __version__

__all__ = [
    "Document",
    "Limits",
    "Profile",
    "Screener",
    "ScreenerError",
    "__version__",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "read_document",
]
