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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, cast

from rapidfuzz import fuzz, process, utils
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from screener.nlp.annotations import SECTIONS_ATTR, sections_of, text_of
from screener.nlp.cert_entries import (
    BULLET_RE,
    clean_name,
    in_any_section,
    is_credential_heading,
    issuer_pattern,
    line_span,
    looks_like_credential,
    section_entries,
    strip_bullet,
    strip_noise,
    wrapped_line_span,
)
from screener.nlp.sections import Section
from screener.taxonomy import CertificationCatalog, load_certifications
from screener.taxonomy.loader import load_credential_status
from screener.taxonomy.words import word_set

CERTIFICATIONS_COMPONENT = "screener_certifications"
SPAN_KEY = "certifications"
FUZZY_THRESHOLD = 94.0
"""Lowest ``token_set_ratio`` (0-100) that maps an entry to a catalog entry; see the
module docstring and the measurements in tests/nlp/test_certifications.py."""
_MATCHES = "screener_certification_matches"
# A word hyphenated at a line's end ("Special-" / "ization"): one word again.
_WRAP_HYPHEN = re.compile(r"(?<=[^\W\d_]{2})-[ \t]*\n[ \t]*(?=[a-z])")
if not Doc.has_extension(_MATCHES):
    Doc.set_extension(_MATCHES, default=None)

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


_WORDS = load_credential_status()
_GENERIC = word_set(_WORDS.fuzzy_generic_words)
_LEVELS = word_set(_WORDS.fuzzy_level_words)
_DISTINCT = 1  # words beyond the issuer's and generic ones a fuzzy match needs
_ROLES = word_set(_WORDS.fuzzy_role_words)
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
            self._issuers[entry.id] = issuer_pattern(entry.issuer)
        self._choices = choices
        # token → choices holding it: a query is compared only with choices it shares a
        # distinctive token with (a ratio of 94+ needs that), not with the whole catalog.
        self._by_token: dict[str, list[int]] = defaultdict(list)
        for index, choice in enumerate(choices):
            for token in set(choice.split()) - _GENERIC:
                self._by_token[token].append(index)

    def _distinctive(self, query: str, cert_id: str) -> bool:
        """Whether a fuzzy query names more than its issuer and generic words: an issuer
        line ("Amazon Web Services 2025") or a lone "Engineer" is no credential, though
        every one of its words is in some credential's name."""
        residue = set(self._issuers[cert_id].sub(" ", query).split())
        return len(residue - _GENERIC - _LEVELS - _ROLES) >= _DISTINCT

    def _narrowed(self, cert_id: str, entry: str) -> str:
        """The issuer-specific form of a generic credential whose issuer ``entry`` names
        ("Chartered Accountant — ICAI" is icai-ca), else ``cert_id``."""
        for narrower in self.catalog.by_id(cert_id).narrower:
            if self._issuers[narrower].search(entry):
                return narrower
        return cert_id

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
            credential = is_credential_heading(text, section)
            for start, end in section_entries(text, section):
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
                wrapped_line_span(text, span.start_char),
            )
            cert_id = self._narrowed(span.label_.split("\x00", 1)[0], text[slice(*entry)])
            matches.append(
                CertificationMatch(
                    start=span.start_char,
                    end=span.end_char,
                    cert_id=cert_id,
                    score=100.0,
                    method="exact",
                    entry=entry,
                    in_section=in_any_section(sections, span.start_char),
                    name=self.catalog.by_id(cert_id).name,
                )
            )
        matches.sort(key=lambda m: (m.start, m.end))
        setattr(doc._, _MATCHES, matches)
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
        if in_any_section(sections, span.start_char):
            return True
        line_start, line_end = line_span(text, span.start_char)
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
        raw = _WRAP_HYPHEN.sub("", text[start:end])
        flat = " ".join(raw.split())
        body = strip_bullet(flat)
        name = clean_name(body)
        cert_id: str | None = None
        score = 0.0
        method: Method = "unknown"
        if "\n" in raw.strip():
            cert_id = self._exact_in(flat)
            if cert_id is not None:
                score, method = 100.0, "exact"
        if cert_id is None:
            written = utils.default_process(strip_noise(body))
            query = self._expand(written)
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
                if (
                    best is not None
                    and not (set(query.split()) - set(best[0].split())) & _LEVELS
                    and self._distinctive(written, self._choice_ids[best[2]])
                    and _covers(query, best[0])
                ):
                    cert_id = self._choice_ids[best[2]]
                    score, method = float(best[1]), "fuzzy"
        if cert_id is not None:
            cert_id = self._narrowed(cert_id, raw)
        # A catalog match stands on its own; an unknown entry must look like a credential.
        if cert_id is None and not looks_like_credential(body, name, credential_heading):
            return None
        first = start + (len(raw) - len(raw.lstrip()))
        last = start + len(raw.rstrip())
        bullet = BULLET_RE.match(text, first, last)
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


def _covers(query: str, choice: str) -> bool:
    """Whether the query holds at least half of the choice's distinctive words: "New
    York, 2015" is a place, not the "Food Protection Certificate (New York City)"."""
    wanted = set(choice.split()) - _GENERIC - _LEVELS
    return 2 * len(wanted & set(query.split())) >= len(wanted)


@Language.factory(
    CERTIFICATIONS_COMPONENT,
    requires=[f"doc._.{SECTIONS_ATTR}"],
    assigns=["doc.spans", f"doc._.{_MATCHES}"],
)
def make_certification_matcher(nlp: Language, name: str) -> CertificationMatcher:
    """Build the component (matchers and fuzzy choices are computed here, once)."""
    return CertificationMatcher(nlp)


def certification_matches(doc: Doc) -> list[CertificationMatch]:
    """The mentions found by the component, in text order."""
    return cast(list[CertificationMatch], getattr(doc._, _MATCHES) or [])
