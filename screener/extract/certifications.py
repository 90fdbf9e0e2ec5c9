"""Certifications from the mentions the ``screener_certifications`` component found.

One :class:`~screener.models.profile.Certification` per catalog id, and one per unknown
certificate (an entry of a certifications section the catalog does not know, kept with
its raw name), in order of first mention. For each, the *deciding* mention is the first
one inside a certifications section, else the first one; status and year are read from
its entry (the line, or the wrapped lines, it sits on):

* status ``in_progress`` for "in progress", "pursuing", "expected", "ongoing",
  "enrolled", "currently", "completing", "underway"; ``expired`` for "expired",
  "lapsed"; otherwise ``completed``.
  A credential "valid until" / "expires" a month before the as-of month is ``expired``.
* year: the first year (1950-2099) on the entry.

Evidence is the entry of every mention (``quote``); its confidence is the fuzzy score
divided by 100 for fuzzy matches, 1.0 for exact ones, and ``None`` for unknown
certificates (nothing was matched).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from screener.extract.evidence import PageAt, quote
from screener.models.profile import Certification, CertificationStatus, Evidence
from screener.months import YearMonth
from screener.nlp.annotations import sections_of, text_of
from screener.nlp.certifications import CertificationMatch, certification_matches
from screener.nlp.dates import find_date_ranges
from screener.nlp.sections import Section
from screener.provenance import register_extractor
from screener.taxonomy import load_certifications
from screener.taxonomy.loader import load_credential_status
from screener.taxonomy.words import words_pattern

# 6: status cells; 7: "· en preparación", "valid until" a past month; 8: a line of spoken
# languages is no credential
EXTRACTOR = register_extractor("certifications", "8")

_STATUS = load_credential_status()
_IN_PROGRESS = words_pattern(_STATUS.in_progress)
_NOT_EARNED = words_pattern(_STATUS.not_earned)
_EXPIRED = words_pattern(_STATUS.expired)
_VALID_UNTIL = words_pattern(_STATUS.valid_until)
# "CFA Program — Level I passed (2019); Level II passed (2022); Level III candidate": each
# level named is its own credential when the catalog has one ("cfa-level-2").
_LEVEL = re.compile(r"\bLevel\s+(III|II|I|[123])\b", re.IGNORECASE)
_LEVEL_NUMBER = {"i": 1, "ii": 2, "iii": 3, "1": 1, "2": 2, "3": 3}
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
_ISSUER_SPLIT = re.compile(r"\s+[–—|]\s+|\s+-\s+")


_RENEWAL = re.compile(r"\b(?:renew\w*|recertif\w*|re-certif\w*)\b", re.IGNORECASE)


def read_status(entry: str) -> CertificationStatus:
    """The status the words of an entry give (see the module docstring).

    A renewal under way does not make a lapsed credential one in progress: "expired
    03/2025, renewal booked" is expired.
    """
    expired = _EXPIRED.search(entry) is not None
    if _IN_PROGRESS.search(entry) and not (expired and _RENEWAL.search(entry)):
        return "in_progress"
    return "expired" if expired else "completed"


def status_as_of(entry: str, as_of: YearMonth | None) -> CertificationStatus:
    """:func:`read_status`, and expired when the entry says it ran only to a month before
    ``as_of`` ("2022 (valid until March 2025)")."""
    status = read_status(entry)
    if status != "completed" or as_of is None or _RENEWAL.search(entry):
        return status  # "valid until 2025; renewed 2025" still holds
    for words in _VALID_UNTIL.finditer(entry):
        dates = find_date_ranges(entry[words.end() : words.end() + 40])
        date = dates[0] if dates else None
        if date is not None and date.start <= 3:
            last = date.last or date.first
            return "expired" if last < as_of else status
    return status


def read_year(entry: str) -> int | None:
    """The first year written on an entry, if any."""
    match = _YEAR.search(entry)
    return int(match.group()) if match else None


def _key(match: CertificationMatch) -> str:
    return match.cert_id if match.cert_id else "\x00" + match.name.casefold()


def _issuer_of_unknown(text: str, match: CertificationMatch) -> str | None:
    """The words after the name ("— Johns Hopkins University / Coursera"), if any."""
    entry = " ".join(text[match.entry[0] : match.entry[1]].split())
    parts = _ISSUER_SPLIT.split(entry, maxsplit=1)
    if len(parts) < 2:
        return None
    rest = re.sub(r"\([^)]*\d[^)]*\)|,?\s*\b(?:19|20)\d\d\b.*$", "", parts[1]).strip(" ,;–—-")
    if not re.search(r"[^\W\d_]{2}", rest) or read_status(rest) != "completed":
        return None
    return rest


def _levels(text: str, match: CertificationMatch) -> list[tuple[str, str]]:
    """``(cert id, the words about that level)`` for each level an entry lists."""
    entry = text[match.entry[0] : match.entry[1]]
    family = (match.cert_id or match.name).split("-")[0].split()[0].casefold()
    hits = list(_LEVEL.finditer(entry))
    catalog = load_certifications()
    found = []
    for index, hit in enumerate(hits):
        cert_id = f"{family}-level-{_LEVEL_NUMBER[hit.group(1).casefold()]}"
        if catalog.get(cert_id) is None:
            return []
        end = hits[index + 1].start() if index + 1 < len(hits) else len(entry)
        found.append((cert_id, entry[hit.start() : end]))
    return found


def _level_cert(
    text: str, match: CertificationMatch, page_at: PageAt, sections: Sequence[Section],
    cert_id: str, words: str,
) -> Certification:  # fmt: skip
    entry = load_certifications().by_id(cert_id)
    evidence = quote(text, *match.entry, page_at=page_at, sections=sections, extractor=EXTRACTOR)
    return Certification(
        id=cert_id,
        name=entry.name,
        issuer=entry.issuer,
        status=read_status(words),
        year=read_year(words),
        evidence=(evidence,),
    )


def _status_entry(
    text: str, decider: CertificationMatch, mentions: Sequence[CertificationMatch]
) -> str | None:
    """The words of the mention that says how the credential stands, when the deciding
    one says nothing ("CSM" in a list of acronyms, "Certified ScrumMaster – 2019
    (expired 2021)" further down): mentions in a certifications section first."""
    if read_status(text[decider.entry[0] : decider.entry[1]]) != "completed":
        return None
    for mention in sorted(mentions, key=lambda m: not m.in_section):
        words = text[mention.entry[0] : mention.entry[1]]
        status = read_status(words)
        # Outside a certifications section only a lapse counts: "while completing ACCA
        # exams" in a job's bullet is the past, not the credential's state.
        if status == "expired" or (status == "in_progress" and mention.in_section):
            return words
    return None


def extract_certifications(
    doc: Doc, page_at: PageAt, as_of: YearMonth | None = None
) -> tuple[Certification, ...]:
    """The certifications of a Doc run through the certifications component; a credential
    valid only until a month before ``as_of`` is expired."""
    text = text_of(doc)
    sections = sections_of(doc)
    catalog = load_certifications()
    grouped: dict[str, list[CertificationMatch]] = {}
    for match in certification_matches(doc):
        grouped.setdefault(_key(match), []).append(match)
    results: list[Certification] = []
    for mentions in grouped.values():
        levels = _levels(text, mentions[0])
        if levels:
            results += [
                _level_cert(text, mentions[0], page_at, sections, *level) for level in levels
            ]
            continue
        decider = next((m for m in mentions if m.in_section), mentions[0])
        entry = text[decider.entry[0] : decider.entry[1]]
        if _NOT_EARNED.search(entry):
            continue  # "audited, no certificate": a course taken, no credential held
        entry = _status_entry(text, decider, mentions) or entry
        evidence: list[Evidence] = []
        seen: set[tuple[int, int]] = set()
        for mention in mentions:
            if mention.entry in seen:
                continue
            seen.add(mention.entry)
            confidence = None if mention.cert_id is None else mention.score / 100
            evidence.append(
                quote(
                    text,
                    mention.entry[0],
                    mention.entry[1],
                    page_at=page_at,
                    sections=sections,
                    extractor=EXTRACTOR,
                    confidence=confidence,
                )
            )
        issuer: str | None
        if decider.cert_id is not None:
            catalog_entry = catalog.by_id(decider.cert_id)
            name, issuer = catalog_entry.name, catalog_entry.issuer
        else:
            name, issuer = decider.name, _issuer_of_unknown(text, decider)
        results.append(
            Certification(
                id=decider.cert_id,
                name=name,
                issuer=issuer,
                status=status_as_of(entry, as_of),
                year=read_year(entry),
                evidence=tuple(evidence),
            )
        )
    return tuple(results)
