"""The degrees component: every degree mention ("B.Sc.", "Dipl.-Ing.", "MBA", "Abitur").

Matches go to ``doc.spans["degrees"]``; each span's ``label_`` is the level id and its
``id_`` the catalog form that matched, so :func:`form_of` gives the form back.

Why a regex and not a ``PhraseMatcher``: spaCy's tokenizer splits abbreviations
differently depending on what follows them. ``"B.S."`` alone is one token but
``"B.Sc. Computer"`` is ``B.Sc`` + ``.``; ``"S.Kom."`` before a newline is ``S.Kom`` +
``.``; ``"M.Ed.,"`` is ``M.Ed`` + ``.`` + ``,``; ``"Dipl.-Ing."`` is ``Dipl.-Ing`` + ``.``.
A phrase pattern tokenised on its own therefore misses many written forms. Instead all
forms are compiled into two prefix-trie regexes (case-sensitive forms and the others),
run once over the text, and each match becomes a span with
``doc.char_span(..., alignment_mode="expand")``.

Rules:

* A form matches only as whole words: not after a letter, digit, ``.``, ``@`` or ``/``,
  and not before a letter, digit, ``@`` or ``/`` (no e-mail addresses, no URLs).
  Spaces in a form match any whitespace run (PDF line breaks); straight and typographic
  apostrophes are the same.
* The longest match wins ("Dipl.-Ing. (FH)" over "Dipl.-Ing.", "Bachelor of Science in
  Nursing" over "Bachelor of Science"); overlapping shorter matches are dropped.
* A ``requires_context`` form ("BE", "MS", "MA", "BA", "AS", "JD", ...) counts only in an
  education section, or when its line holds a catalog ``context`` word ("degree",
  "university", "GPA", ...), or when a field of study follows it ("MS Computer
  Science"). Even then it is dropped before a catalog ``product_words`` word ("MS
  Office", "MS Excel"), after a city as a US state ("Boston, MA"), and, for a form that
  names a discipline (``starts_entry``), after a connector ("Ciencia e Ingeniería").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from screener.lines import line_bounds
from screener.nlp.annotations import SECTIONS_ATTR, sections_of, text_of
from screener.nlp.fields import field_finder
from screener.nlp.sections import section_at
from screener.taxonomy.degrees import DegreeForm, DegreeLevel
from screener.taxonomy.loader import load_degrees

DEGREES_COMPONENT = "screener_degrees"
SPAN_KEY = "degrees"

_BEFORE = r"(?<![\w.@/])"
_AFTER = r"(?![\w@/])(?!\.\w)"
_NEXT_WORD = re.compile(r"[^\S\n]*([^\W_]+)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "Boston, MA" / "Jackson, MS 39201": a US state after its city, not a degree.
_CITY_BEFORE = re.compile(
    r"(?:^|[,|·•\t])[^\S\n]*((?:[A-Z][\w.'-]+[^\S\n]+){0,2}[A-Z][\w.'-]+),[^\S\n]*$"
)
# A connector or preposition right before: the form continues a name ("Ciencia e …").
_INSIDE_A_NAME = re.compile(
    r"(?<!\w)(?:e|y|i|and|et|und|en|em|de|da|do|del|of|in|w)[^\S\n]+$", re.I
)
_ADDRESS_END = re.compile(r"[^\S\n]*(?:$|\n|\t|[,|·•]|\d{5}(?!\d))")


# Field-text helpers, shared with screener.extract.degrees.
def _trie_pattern(forms: Iterable[str]) -> str:
    """One regex alternation of ``forms`` as a prefix trie; longer continuations first."""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(key for key in node if key):
            if ch == " ":
                atom = r"\s+"
            elif ch in "'’":
                atom = "['’]"
            else:
                atom = re.escape(ch)
            branches.append(atom + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
        return body

    return emit(trie)


def _fold_apostrophes(forms: Iterable[str]) -> set[str]:
    return {form.replace("’", "'") for form in forms}


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[DegreeLevel, DegreeForm]]:
    catalog = load_degrees()
    return {form.text: (level, form) for level in catalog.levels for form in level.forms}


def is_degree_form(text: str) -> bool:
    """Whether ``text`` is, as a whole, one of the catalog's degree forms ("MEng", "BASc")."""
    key = " ".join(text.split()).replace("’", "'")
    return key in _forms() or key.casefold() in _folded_forms()


@lru_cache(maxsize=1)
def _folded_forms() -> frozenset[str]:
    return frozenset(f.casefold() for f, (_, form) in _forms().items() if not form.case_sensitive)


def form_of(span: Span) -> tuple[DegreeLevel, DegreeForm]:
    """The level and catalog form a span of ``doc.spans["degrees"]`` matched."""
    return _forms()[span.id_]


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    form: str


class DegreeMatcher:
    """Finds degree mentions in a Doc (see the module docstring for the rules)."""

    def __init__(self) -> None:
        catalog = load_degrees()
        self._forms = _forms()
        sensitive = [f for f, (_, form) in self._forms.items() if form.case_sensitive]
        insensitive = [f for f, (_, form) in self._forms.items() if not form.case_sensitive]
        insensitive_folded = {f.casefold() for f in insensitive}
        self._exact = {form.replace("’", "'"): form for form in sensitive}
        # Lines set in capitals ("ENDÜSTRİ MÜHENDİSLİĞİ, LISANS") write case-sensitive
        # forms in capitals too: matched there only.
        self._upper = {
            form.replace("’", "'").upper(): form
            for form in sensitive
            if form.upper() != form and form.upper().casefold() not in insensitive_folded
        }
        self._folded = {form.replace("’", "'").casefold(): form for form in insensitive}
        self._sensitive = re.compile(
            _BEFORE + "(?:" + _trie_pattern(_fold_apostrophes(sensitive)) + ")" + _AFTER
        )
        self._capitals = re.compile(
            _BEFORE + "(?:" + _trie_pattern(_fold_apostrophes(self._upper)) + ")" + _AFTER
        )
        self._insensitive = re.compile(
            _BEFORE + "(?:" + _trie_pattern(_fold_apostrophes(insensitive)) + ")" + _AFTER,
            re.IGNORECASE,
        )
        words = sorted(catalog.context, key=len, reverse=True)
        self._context = re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
            + r")(?!\w)",
            re.IGNORECASE,
        )
        self._products = frozenset(word.casefold() for word in catalog.product_words)
        self._fields = field_finder()

    def _canonical(self, matched: str) -> str | None:
        key = " ".join(matched.split()).replace("’", "'")
        return self._exact.get(key) or self._folded.get(key.casefold())

    def find(self, doc: Doc) -> list[_Match]:
        """The accepted, non-overlapping matches in text order."""
        text = text_of(doc)
        raw: list[_Match] = []
        for pattern in (self._sensitive, self._insensitive):
            for hit in pattern.finditer(text):
                form = self._canonical(hit.group())
                if form is not None:
                    raw.append(_Match(hit.start(), hit.end(), form))
        for hit in self._capitals.finditer(text):
            form = self._upper.get(" ".join(hit.group().split()).replace("’", "'"))
            start, end = line_bounds(text, hit.start())
            letters = [c for c in text[start:end] if c.isalpha()]
            if form is not None and all(c.isupper() for c in letters):
                raw.append(_Match(hit.start(), hit.end(), form))
        raw.sort(key=lambda m: (m.start, m.start - m.end))
        sections = sections_of(doc)
        accepted: list[_Match] = []
        last_end = -1
        for match in raw:
            if match.start < last_end:
                continue
            written = self._forms[match.form][1]
            if written.requires_context and not self._has_context(text, match, sections):
                continue
            if written.education_only and section_at(sections, match.start) != "education":
                continue  # "Ingeniera de Machine Learning": a job title
            accepted.append(match)
            last_end = match.end
        return accepted

    def _has_context(self, text: str, match: _Match, sections: Any) -> bool:
        following = _NEXT_WORD.match(text, match.end)
        if following and following.group(1).casefold() in self._products:
            return False
        number = following.group(1) if following else ""
        if number.isdigit() and not _YEAR.fullmatch(number) and number not in _STUDY_YEARS:
            return False  # "Ind AS 116" (a standard), "MS 365": a number that is no year
        if _in_a_list(text, match):
            return False  # "AWS (EC2, S3)": an item of a list, not a degree
        if self._is_state(text, match):
            return False
        start, end = line_bounds(text, match.start)
        if self._forms[match.form][1].starts_entry and _INSIDE_A_NAME.search(
            text, start, match.start
        ):
            return False  # "Posgrado en Ciencia e Ingeniería": a programme's name
        if section_at(sections, match.start) == "education":
            return True
        if self._context.search(text, start, end):
            return True
        field, _ = self._fields.resolve(text[match.end : end])
        return field is not None

    def _is_state(self, text: str, match: _Match) -> bool:
        """Whether the form ends an address as a US state code: "Berklee College of Music,
        Boston, MA" (but "University of Chicago, MA" names a degree after its school)."""
        start, _ = line_bounds(text, match.start)
        city = _CITY_BEFORE.search(text[start : match.start])
        return (
            city is not None
            and _ADDRESS_END.match(text, match.end) is not None
            and self._context.search(city.group(1)) is None
            and self._fields.resolve(city.group(1))[0] is None
        )

    def __call__(self, doc: Doc) -> Doc:
        """Store the degree mentions in ``doc.spans["degrees"]``."""
        spans: list[Span] = []
        for match in self.find(doc):
            level, _ = self._forms[match.form]
            span = doc.char_span(
                match.start,
                match.end,
                label=level.id,
                alignment_mode="expand",
                span_id=match.form,
            )
            if span is not None and (not spans or span.start >= spans[-1].end):
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


_STUDY_YEARS = frozenset({"1", "2", "3"})
"""A year of study after the form ("Licence 3", "Master 2"), not a number that is no year."""


def _in_a_list(text: str, match: _Match) -> bool:
    """Whether the form stands between list separators on both sides: "(EC2, S3)"."""
    before = text[: match.start].rstrip(" \t")[-1:]
    after = text[match.end :].lstrip(" \t")[:1]
    return before in ("(", ",", "/", ";") and before != "" and after in (",", ")", "/", ";")


@Language.factory(DEGREES_COMPONENT, requires=[f"doc._.{SECTIONS_ATTR}"], assigns=["doc.spans"])
def make_degree_matcher(nlp: Language, name: str) -> DegreeMatcher:
    """Build the degrees component (the regexes are compiled once, here)."""
    return DegreeMatcher()


def degree_spans(doc: Doc) -> list[Span]:
    """The degree mentions the component found, in text order."""
    return list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
