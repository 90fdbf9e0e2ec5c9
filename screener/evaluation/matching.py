"""Pair expected certifications and languages with what a Profile found.

A label names a certification by catalog id, or, when the catalog has none, by its name as
written (``id: null``). The catalog grows, so a credential labelled by name may later be
found with a catalog id: a name is matched against the raw name found *and* against the
catalog entry's official name and aliases. Matching is fuzzy on tokens (rapidfuzz) because
a label's name and the résumé's wording differ in punctuation and small words.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from screener.evaluation.labels import ExpectedCertification
from screener.models import Certification
from screener.taxonomy import load_certifications

NAME_MATCH = 85
"""Minimum rapidfuzz ``token_set_ratio`` for a labelled name to match a found one."""


@dataclass(frozen=True, slots=True)
class CertificationPairs:
    """Expected certifications paired with found ones; the rest on each side unpaired."""

    pairs: tuple[tuple[ExpectedCertification, Certification], ...]
    missed: tuple[ExpectedCertification, ...]
    extra: tuple[Certification, ...]


def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c if c.isalnum() else " " for c in folded if not unicodedata.combining(c))


def _names_of(found: Certification) -> list[str]:
    names = [found.name]
    if found.id is not None:
        entry = load_certifications().get(found.id)
        if entry is not None:
            names += [entry.name, *entry.aliases, *entry.exact_aliases]
    return names


def _matches(expected: ExpectedCertification, found: Certification) -> bool:
    if expected.id is not None:
        return expected.id == found.id
    if expected.name is None:
        return False
    want = _norm(expected.name)
    return any(
        _norm(name) == want or fuzz.token_set_ratio(want, _norm(name)) >= NAME_MATCH
        for name in _names_of(found)
    )


def pair_certifications(
    expected: Sequence[ExpectedCertification], found: Sequence[Certification]
) -> CertificationPairs:
    """Pair each expected certification with at most one found one (catalog ids first)."""
    left = list(found)
    pairs: list[tuple[ExpectedCertification, Certification]] = []
    missed: list[ExpectedCertification] = []
    for want in sorted(expected, key=lambda e: e.id is None):
        match = next((cert for cert in left if _matches(want, cert)), None)
        if match is None:
            missed.append(want)
        else:
            left.remove(match)
            pairs.append((want, match))
    return CertificationPairs(tuple(pairs), tuple(missed), tuple(left))


def certification_label(cert: ExpectedCertification | Certification) -> str:
    """How a certification is named in a list of misses."""
    return cert.id or f"'{cert.name}'"
