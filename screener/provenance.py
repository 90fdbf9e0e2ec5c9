"""What produced a fact: the registry of extractor versions a Screening records.

Each extractor registers its name and version when its module is imported
(``EXTRACTOR = register_extractor("skills", "1")``); evaluation reads the registry instead
of importing the extractors, so the requirements stage never reaches back into extraction.
A behaviour change in an extractor bumps its version here, and every Screening made after
it says so.
"""

from __future__ import annotations

from screener.models.profile import Extractor

_REGISTERED: dict[str, str] = {}


def register_extractor(name: str, version: str) -> Extractor:
    """Record an extractor's version for provenance and return its ``Extractor``."""
    known = _REGISTERED.setdefault(name, version)
    if known != version:
        raise ValueError(f"extractor {name!r} registered as version {known} and {version}")
    return Extractor(name=name, version=version)


def extractor_versions() -> dict[str, str]:
    """Every registered extractor's version, by name (sorted, for stable JSON)."""
    return dict(sorted(_REGISTERED.items()))
