"""Screener: candidate-qualification screening with evidence for every decision.

``parse_file``/``parse_bytes``/``parse_text`` turn a résumé into a ``Profile`` whose every
fact carries the quote that proves it; ``read_document`` stops after reading the file.
For untrusted or many files use the killable worker pools
(``screener.stages.ProfilePool``, ``screener.stages.ParserPool``).

The names below are imported on first use (PEP 562), so that ``import screener.cli`` or
``screener --help`` does not pay for spaCy and pdfminer.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from screener.version import __version__

if TYPE_CHECKING:
    from screener.errors import ScreenerError
    from screener.ingest import Limits, read_document
    from screener.models import Document, Profile
    from screener.parsing import parse_bytes, parse_file, parse_text
    from screener.screening import Screener

_HOMES = {
    "Document": "screener.models",
    "Limits": "screener.ingest",
    "Profile": "screener.models",
    "Screener": "screener.screening",
    "ScreenerError": "screener.errors",
    "parse_bytes": "screener.parsing",
    "parse_file": "screener.parsing",
    "parse_text": "screener.parsing",
    "read_document": "screener.ingest",
}

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


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'screener' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, imported or not."""
    return sorted(set(globals()) | set(__all__))
