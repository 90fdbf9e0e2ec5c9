"""The certifications component: credentials from ``taxonomy/certifications.yaml`` in a Doc.

Built once per pipeline (the matchers and the fuzzy choice list are precomputed); per Doc
it runs the phrase matchers once over the whole text and then looks at the lines of the
certifications sections only. Results go to ``doc.spans["certifications"]`` (label = the
catalog id, or ``""`` for an unknown certificate kept as written) and, with scores and
the entry each mention belongs to, to :func:`certification_matches`.

Rules:

* **Exact matches, anywhere.** Every name and alias is matched case-insensitively on
  tokens (``PhraseMatcher`` on ``LOWER``); every ``exact_aliases`` form only with exactly
  that case (``ORTH``). Overlapping matches keep the longest.
* **Bare acronyms are guarded.** An exact form made only of letters ("CKA", "PMP",
  "CSM", "RN", "CPA") is ordinary text too ("CSM" is a Customer Success Manager). It
  counts only inside a certifications section, when the issuer is named on the same line
  ("PMP, Project Management Institute"), or right next to "certified"/"certification"
  ("PMP-certified", "certified CKA"). Forms with a digit, hyphen or space ("AZ-900",
  "AWS SAA", "SHRM-CP") are specific enough to count anywhere.
* **Entries.** A certifications section (section name ``certifications``) is cut into
  entries: blank lines separate blocks; in a block that starts with a bullet, each bullet
  line starts an entry and other lines continue it when indented or by the rules that
  follow; otherwise a line continues the
  previous one when that one ends with a joiner (``– - — , / & · :`` or "and", "of",
  "in", "for"), when it starts with a lower-case letter, ``(``, a digit or a dash, or when
  the block is a narrow column (every line ≤ 36 characters, some line holding a year) and
  the previous line has no year (sidebar layouts wrap "Certified Kubernetes /
  Application Developer (CKAD), / 2022"). Items on one line separated by `` · `` are
  entries of their own.
* **Entries without an exact match** (on its lines, or on the entry read as one line,
  which catches wrapped names) are matched fuzzily: the entry, stripped of bullets,
  years and status words, is compared with every name and alias by
  ``rapidfuzz.fuzz.token_set_ratio`` (default processing: lower case, punctuation
  dropped), and mapped when the best score is at least :data:`FUZZY_THRESHOLD`
  ("MIT xPRO / MIT Professional Education – Professional Certificate in ML & AI").
* **Unknown certificates.** An entry still unmatched is kept with label ``""`` and its raw
  name when it looks like a credential: not a heading (an all-capitals line of 3+ words
  without a credential word), not a bare date, at most 16 words and not a sentence; and,
  when the section heading is not a certification/licence heading ("Professional
  Development", "Continuing Education", "Courses"), only if it holds a credential word
  (certified, certificate, licence, diploma, accredited, chartered, specialization, ...).
  Fuzzy matching is tried only on entries that would be kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, cast

from rapidfuzz import fuzz, process, utils
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from screener.nlp.annotations import sections_of, text_of
from screener.nlp.sections import Section
from screener.taxonomy import CertificationCatalog, load_certifications

CERTIFICATIONS_COMPONENT = "screener_certifications"
SPAN_KEY = "certifications"
FUZZY_THRESHOLD = 94.0
"""Lowest ``token_set_ratio`` (0-100) that maps an entry to a catalog entry; see the
module docstring and the measurements in tests/nlp/test_certifications.py."""
_MATCHES = "screener.certifications"
_NARROW = 36
_MAX_WORDS = 16

Method = Literal["exact", "fuzzy", "unknown"]


@dataclass(frozen=True, slots=True)
class CertificationMatch:
    """One mention of a credential.

    ``text[start:end]`` is the mention (the whole entry for fuzzy and unknown ones);
    ``entry`` is the span of the line(s) it sits on, where status and year are read.
    """

    start: int
    end: int
    cert_id: str | None
    score: float
    method: Method
    entry: tuple[int, int]
    in_section: bool
    name: str


_BULLET_RE = re.compile(r"[ \t]*(?:[•▪◦‣●■□➢►○*·–—-]|\d{1,2}[.)])[ \t]+")
_BULLET_CHARS = frozenset("•▪◦‣●■□➢►○*·–—-")
_YEAR_RE = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
_JOINER_END_RE = re.compile(r"(?:[–—\-,/&·:+(]|\b(?:and|of|in|for|&))\s*$", re.IGNORECASE)
_CONT_START_RE = re.compile(r"\s*(?:[a-z(]|\d|[–—-])")
_DOT_SPLIT_RE = re.compile(r"\s+·\s+")
_CREDENTIAL_RE = re.compile(
    r"certif|licen[cs]|diplom|accredit|chartered|credential|speciali[sz]ation|nanodegree"
    r"|zertifi|sertifi|certyfik|registered",
    re.IGNORECASE,
)
_CREDENTIAL_HEADING_RE = re.compile(
    r"certif|licen[cs]|zertifi|sertifi|certyfik|credential|accredit|akkredit", re.I
)
_STATUS_WORDS = (
    r"in[ -]progress|pursuing|expected|ongoing|enrolled|currently|completing|expired|lapsed"
    r"|active|current|verified|licensed|admitted|earned|renewed|valid|since|until"
)
_PAREN_NOISE_RE = re.compile(rf"\((?=[^)]*(?:\d|\b(?:{_STATUS_WORDS})\b))[^)]*\)?", re.IGNORECASE)
_TRAIL_RE = re.compile(
    rf"(?:[\s,;:–—\-|]+(?:(?:{_STATUS_WORDS})\b[^,;]*|(?:\d{1, 2}[/.])?\d{4}[\d\s/.\-–]*))+$",
    re.IGNORECASE,
)
_NAME_SPLIT_RE = re.compile(r"\s+[–—|]\s+|\s+-\s+")
_GENERIC = frozenset(
    {
        "a",
        "an",
        "the",
        "in",
        "of",
        "and",
        "with",
        "on",
        "by",
        "via",
        "for",
        "certificate",
        "certification",
        "certified",
        "cert",
        "course",
        "program",
        "programme",
        "professional",
        "specialization",
        "specialisation",
    }
)
_LEVELS = frozenset(
    {
        "senior",
        "associate",
        "professional",
        "expert",
        "specialty",
        "specialist",
        "advanced",
        "foundation",
        "foundations",
        "practitioner",
        "fundamentals",
        "level",
        "administrator",
        "developer",
    }
)
_GUARD_CONTEXT_RE = re.compile(r"^[\s-]*certifi(?:ed|cation)\b|\bcertified[\s-]*$", re.I)


@dataclass(frozen=True, slots=True)
class _Form:
    cert_id: str
    guarded: bool


class CertificationMatcher:
    """The component: matchers and fuzzy choices built once, applied per Doc."""

    def __init__(self, nlp: Language, catalog: CertificationCatalog | None = None) -> None:
        """Index every surface form of ``catalog`` (default: the shipped one)."""
        self.catalog = catalog if catalog is not None else load_certifications()
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._nlp = nlp
        self._guarded: set[str] = set()
        choices: list[str] = []
        self._choice_ids: list[str] = []
        self._issuers: dict[str, re.Pattern[str]] = {}
        for entry in self.catalog.certifications:
            normal = (entry.name, *entry.aliases)
            self._lower.add(entry.id, [nlp.make_doc(text) for text in normal])
            for text in entry.exact_aliases:
                key = f"{entry.id}\x00{text}"
                self._orth.add(key, [nlp.make_doc(text)])
                if text.isalpha():
                    self._guarded.add(key)
            for text in normal:
                choice = self._expand(utils.default_process(text))
                if len(set(choice.split()) - _GENERIC) >= 2:
                    choices.append(choice)
                    self._choice_ids.append(entry.id)
            self._issuers[entry.id] = _issuer_pattern(entry.issuer)
        self._choices = choices
        # token → choices holding it: a query is compared only with choices it shares a
        # distinctive token with (a ratio of 94+ needs that), not with the whole catalog.
        self._by_token: dict[str, list[int]] = defaultdict(list)
        for index, choice in enumerate(choices):
            for token in set(choice.split()) - _GENERIC:
                self._by_token[token].append(index)

    def _expand(self, text: str) -> str:
        """Words spelled out as the catalog's ``abbreviations`` say ("ml" → "machine learning")."""
        table = self.catalog.abbreviations
        return " ".join(table.get(word, word) for word in text.split())

    def __call__(self, doc: Doc) -> Doc:
        """Find the credentials of ``doc``; see the module docstring."""
        text = text_of(doc)
        sections = [s for s in sections_of(doc) if s.name == "certifications"]
        spans = self._exact_spans(doc, sections)
        matches: list[CertificationMatch] = []
        covered: list[tuple[int, int]] = []
        for section in sections:
            credential = _credential_heading(text, section)
            for start, end in _entries(text, section):
                inside = [s for s in spans if start <= s.start_char < end]
                if inside:
                    covered.append((start, end))
                    continue
                found = self._match_entry(text, start, end, credential)
                if found is not None:
                    matches.append(found)
                    covered.append((start, end))
        for span in spans:
            entry = next(
                ((a, b) for a, b in covered if a <= span.start_char < b),
                _line(text, span.start_char),
            )
            cert_id = span.label_.split("\x00", 1)[0]
            matches.append(
                CertificationMatch(
                    start=span.start_char,
                    end=span.end_char,
                    cert_id=cert_id,
                    score=100.0,
                    method="exact",
                    entry=entry,
                    in_section=_inside(sections, span.start_char),
                    name=self.catalog.by_id(cert_id).name,
                )
            )
        matches.sort(key=lambda m: (m.start, m.end))
        doc.user_data[_MATCHES] = matches
        group: list[Span] = []
        for match in matches:
            aligned = doc.char_span(
                match.start, match.end, label=match.cert_id or "", alignment_mode="expand"
            )
            if aligned is not None:
                group.append(aligned)
        doc.spans[SPAN_KEY] = group
        return doc

    # ---------------------------------------------------------------- exact matching
    def _exact_spans(self, doc: Doc, sections: Sequence[Section]) -> list[Span]:
        text = text_of(doc)
        found: list[Span] = [
            Span(doc, start, end, label=match_id) for match_id, start, end in self._lower(doc)
        ]
        for match_id, start, end in self._orth(doc):
            span = Span(doc, start, end, label=match_id)
            key = span.label_
            if key in self._guarded and not self._guard_ok(text, span, sections):
                continue
            found.append(span)
        return sorted(filter_spans(found), key=lambda s: s.start)

    def _guard_ok(self, text: str, span: Span, sections: Sequence[Section]) -> bool:
        if _inside(sections, span.start_char):
            return True
        line_start, line_end = _line(text, span.start_char)
        before = text[max(line_start, span.start_char - 16) : span.start_char]
        after = text[span.end_char : min(line_end, span.end_char + 16)]
        if _GUARD_CONTEXT_RE.search(before) or _GUARD_CONTEXT_RE.search(after):
            return True
        cert_id = span.label_.split("\x00", 1)[0]
        line = text[line_start:line_end]
        return self._issuers[cert_id].search(line) is not None

    def _exact_in(self, text: str) -> str | None:
        """The id of the longest exact (unguarded) match in a short text, if any."""
        doc = self._nlp.make_doc(text)
        spans = [Span(doc, s, e, label=m) for m, s, e in self._lower(doc)]
        spans += [Span(doc, s, e, label=m) for m, s, e in self._orth(doc)]
        if not spans:
            return None
        best = max(spans, key=lambda s: (s.end_char - s.start_char, -s.start))
        return best.label_.split("\x00", 1)[0]

    # ---------------------------------------------------------------- entries
    def _match_entry(
        self, text: str, start: int, end: int, credential_heading: bool
    ) -> CertificationMatch | None:
        raw = text[start:end]
        flat = " ".join(raw.split())
        body = _strip_bullet(flat)
        name = clean_name(body)
        cert_id: str | None = None
        score = 0.0
        method: Method = "unknown"
        if "\n" in raw.strip():
            cert_id = self._exact_in(flat)
            if cert_id is not None:
                score, method = 100.0, "exact"
        if cert_id is None:
            query = self._expand(utils.default_process(_strip_noise(body)))
            candidates = sorted(
                {
                    i
                    for token in set(query.split()) - _GENERIC
                    for i in self._by_token.get(token, ())
                }
            )
            if candidates:
                best = process.extractOne(
                    query,
                    {i: self._choices[i] for i in candidates},
                    scorer=fuzz.token_set_ratio,
                    processor=None,
                    score_cutoff=FUZZY_THRESHOLD,  # lets rapidfuzz skip hopeless choices
                )
                if best is not None and not (set(query.split()) - set(best[0].split())) & _LEVELS:
                    cert_id = self._choice_ids[best[2]]
                    score, method = float(best[1]), "fuzzy"
        # A catalog match stands on its own; an unknown entry must look like a credential.
        if cert_id is None and not _looks_like_credential(body, name, credential_heading):
            return None
        first = start + (len(raw) - len(raw.lstrip()))
        last = start + len(raw.rstrip())
        bullet = _BULLET_RE.match(text, first, last)
        if bullet is not None:
            first = bullet.end()
        return CertificationMatch(
            start=first,
            end=last,
            cert_id=cert_id,
            score=score,
            method=method,
            entry=(start, end),
            in_section=True,
            name=self.catalog.by_id(cert_id).name if cert_id else name,
        )


def _issuer_pattern(issuer: str) -> re.Pattern[str]:
    """A pattern finding any part of an issuer's name ("Linux Foundation", "CNCF")."""
    parts = re.split(r"[(),/;]|\band\b|\bby\b|\bformerly\b", issuer)
    keys = []
    for part in parts:
        key = re.sub(r"^\s*(?:the|various)\s+", "", part.strip(), flags=re.I).strip()
        key = key.removesuffix(", Inc.").strip()
        if len(key) >= 3 and key.lower() not in {"various", "inc.", "inc", "us"}:
            keys.append(re.escape(key))
    if not keys:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(keys) + r")\b", re.IGNORECASE)


def _inside(sections: Sequence[Section], offset: int) -> bool:
    return any(s.start <= offset < s.end for s in sections)


def _line(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _credential_heading(text: str, section: Section) -> bool:
    if section.heading is None:
        return True
    return _CREDENTIAL_HEADING_RE.search(text[section.heading[0] : section.heading[1]]) is not None


def _is_bulleted(line: str) -> bool:
    stripped = line.lstrip()
    return bool(stripped) and stripped[0] in _BULLET_CHARS and _BULLET_RE.match(line) is not None


def _entries(text: str, section: Section) -> list[tuple[int, int]]:
    """Spans of the entries of a certifications section (see the module docstring)."""
    blocks: list[list[tuple[int, int]]] = [[]]
    offset = section.start
    for line in text[section.start : section.end].split("\n"):
        span = (offset, offset + len(line))
        offset += len(line) + 1
        if line.strip():
            blocks[-1].append(span)
        elif blocks[-1]:
            blocks.append([])
    entries: list[tuple[int, int]] = []
    for block in blocks:
        if not block:
            continue
        lines = [text[a:b] for a, b in block]
        bulleted = _is_bulleted(lines[0])
        narrow = all(len(line.strip()) <= _NARROW for line in lines) and any(
            _YEAR_RE.search(line) for line in lines
        )
        current = block[0]
        for index in range(1, len(block)):
            line, previous = lines[index], lines[index - 1]
            joined = _JOINER_END_RE.search(previous) is not None
            if bulleted:
                joined = not _is_bulleted(line) and (
                    joined or line[:1].isspace() or _CONT_START_RE.match(line) is not None
                )
            else:
                joined = (
                    joined
                    or _CONT_START_RE.match(line) is not None
                    or (narrow and _YEAR_RE.search(previous) is None)
                )
            if joined:
                current = (current[0], block[index][1])
            else:
                entries.append(current)
                current = block[index]
        entries.append(current)
    return [piece for entry in entries for piece in _split_dots(text, entry)]


def _split_dots(text: str, entry: tuple[int, int]) -> Iterable[tuple[int, int]]:
    start, end = entry
    for match in _DOT_SPLIT_RE.finditer(text, start, end):
        if text[start : match.start()].strip():
            yield start, match.start()
        start = match.end()
    if text[start:end].strip(" \t\n·"):
        yield start, end


def _strip_bullet(line: str) -> str:
    match = _BULLET_RE.match(line)
    return line[match.end() :] if match else line


def _strip_noise(text: str) -> str:
    """Text without parentheticals holding dates or status words, nor a trailing date."""
    text = _PAREN_NOISE_RE.sub(" ", text)
    return _TRAIL_RE.sub("", text).strip(" \t,;:–—-|·")


def clean_name(text: str) -> str:
    """A certificate's name as written: bullets, dates, status words and issuer dropped.

    "Genomic Data Science Specialization — Johns Hopkins University / Coursera (2018)"
    gives "Genomic Data Science Specialization".
    """
    text = _strip_noise(_strip_bullet(" ".join(text.split())))
    head = _NAME_SPLIT_RE.split(text, maxsplit=1)[0].strip(" \t,;:–—-|·")
    return head or text


def _looks_like_credential(body: str, name: str, credential_heading: bool) -> bool:
    if not re.search(r"[^\W\d_]{2}", name):
        return False  # blank, a bare date, a stray symbol
    words = body.split()
    if len(words) > _MAX_WORDS or (body.rstrip().endswith(".") and len(words) > 8):
        return False
    credential = _CREDENTIAL_RE.search(body) is not None
    letters = [ch for ch in name if ch.isalpha()]
    if len(name.split()) >= 3 and all(ch.isupper() for ch in letters) and not credential:
        return False  # a heading the section finder did not know
    return credential or credential_heading


@Language.factory(CERTIFICATIONS_COMPONENT)
def make_certification_matcher(nlp: Language, name: str) -> CertificationMatcher:
    """Build the component (matchers and fuzzy choices are computed here, once)."""
    return CertificationMatcher(nlp)


def certification_matches(doc: Doc) -> list[CertificationMatch]:
    """The mentions found by the component, in text order."""
    return cast(list[CertificationMatch], doc.user_data.get(_MATCHES, []))
