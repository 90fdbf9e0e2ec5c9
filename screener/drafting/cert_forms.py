"""Credentials named in a posting's clause, read with the forms of ``certifications.yaml``.

Every name, alias and exact alias of the catalog is looked for as a whole word (exact
aliases — acronyms such as ``BLS``, ``CPA``, ``RN`` — in their case only), the longest
first where two overlap; dashes and apostrophes match their typographic forms. A list of
credentials ("BLS and ACLS", "CPA or CMA") is one mention each, which the résumé reader's
entry-by-entry matcher would read as a single unknown entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from screener.taxonomy import load_certifications

_DASHES = "[-‐‑–—]"
_APOSTROPHES = "['’]"


@dataclass(frozen=True, slots=True)
class CertificationMention:
    """A credential named in a clause: ``clause[start:end]`` and its catalog id."""

    start: int
    end: int
    id: str


@dataclass(frozen=True, slots=True)
class _Forms:
    sensitive: re.Pattern[str]
    insensitive: re.Pattern[str]
    exact: dict[str, str]
    folded: dict[str, str]


def find_certifications(clause: str) -> list[CertificationMention]:
    """The credentials ``clause`` names, in text order."""
    forms = _forms()
    found: list[CertificationMention] = []
    candidates = [(True, m) for m in forms.sensitive.finditer(clause)]
    candidates += [(False, m) for m in forms.insensitive.finditer(clause)]
    candidates.sort(key=lambda item: (item[1].start() - item[1].end(), item[1].start()))
    for sensitive, match in candidates:
        if any(match.start() < c.end and c.start < match.end() for c in found):
            continue
        key = _key(match.group())
        cert_id = forms.exact.get(key) if sensitive else forms.folded.get(key.casefold())
        if cert_id is not None:
            found.append(CertificationMention(match.start(), match.end(), cert_id))
    return sorted(found, key=lambda c: c.start)


def _key(text: str) -> str:
    """A matched form as the catalog writes it: ASCII dash and apostrophe, single spaces."""
    text = re.sub(_DASHES, "-", text.replace("’", "'"))
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _forms() -> _Forms:
    forms = [form for entry in load_certifications().certifications for form in entry.surface_forms]
    exact = {_key(f.text): f.owner for f in forms if f.case_sensitive}
    folded = {_key(f.text).casefold(): f.owner for f in forms if not f.case_sensitive}
    return _Forms(
        sensitive=_pattern(list(exact), 0),
        insensitive=_pattern(list(folded), re.IGNORECASE),
        exact=exact,
        folded=folded,
    )


def _pattern(forms: list[str], flags: int) -> re.Pattern[str]:
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        escaped = re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", _DASHES)
        parts.append(escaped.replace("'", _APOSTROPHES))
    return re.compile(rf"(?<![\w.+#])(?:{'|'.join(parts)})(?![\w+#])", flags)
