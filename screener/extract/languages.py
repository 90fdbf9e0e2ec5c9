"""Spoken languages from the languages sections and explicit "Languages: …" lines.

*Where*: the body of every ``languages`` section (block headings "Languages", "Sprachen",
"Idiomas", "Języki", …, and inline ones, "Languages: English, German", as
``screener/nlp/sections.py`` finds them) and, anywhere else, a line whose label before
the colon names the languages section ("Languages: English (native)" closing a skills
section). Nowhere else: a language name in a sentence, in a degree ("B.A. English
Literature") or in a skills list ("Programming languages: Python") is never read, and
only names from ``taxonomy/languages.yaml`` (CLDR's, through babel) are languages, so
"Java" or "Python" never is one.

*How*: each line (with a next line that starts with "(", a wrapped level) is split into
entries at ``, ; | • ·`` and tabs outside brackets (a table cell that names no language
stays with the cell before it: "Português\\tlíngua materna"). In an entry,
language names are found folded (case, accents) as whole words, the longest first; the
level of a name is the first level word or CEFR code after it, before the next name
("English (native)", "German – C1", "Französisch: fließend", "Spanish B2 level"), else the
level of the next name when only "and", "/" or "&" join them ("Filipino and English
(fluent)"), else one before the entry's first name ("Native: English", "Fluent in English
and German"), else one on the next line when that line names no language and is short
("English\\nNative").
Dots, bars and percentages are not read: the level is then None. An entry of more than
six words outside brackets is prose, not a list entry, and is not read.

One :class:`~screener.models.profile.SpokenLanguage` per ISO 639-1 code, in order of
first mention: the name as first written, the first level stated, and as evidence the
entries that name it (each exactly ``Document.text[start:end]``). Languages are kept apart
like contact details: no rule reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from screener.extract.evidence import PageAt, quote
from screener.models.profile import Evidence, LanguageLevel, SpokenLanguage
from screener.nlp.annotations import sections_of, text_of
from screener.nlp.sections import Section, heading_name
from screener.provenance import register_extractor
from screener.taxonomy.languages import Level, fold, fold_char, phrase_key
from screener.taxonomy.loader import load_languages

EXTRACTOR = register_extractor("languages", "1")
MAX_EVIDENCE = 5
"""At most this many entries are quoted per language."""

_LABELLED = re.compile(r"^([^\n:]{1,60}?)[ \t]*:[ \t]*(\S[^\n]*)$", re.MULTILINE)
_SEPARATORS = frozenset(",;|•·▪‣●○◦")
_OPEN, _CLOSE = "([{", ")]}"
_LEAD = " \t-–—*>" + "".join(sorted(_SEPARATORS))
_TRAIL = " \t,;.|"
_CONTINUATION_WORDS = 4
_MAX_ENTRY_WORDS = 6
"""An entry with more words outside brackets is prose ("Led projects for German clients")."""
_BRACKETED = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")
# What may join two names that share the level written after the second (folded text).
_WORDS = re.compile(r"\w+")
_JOINED = re.compile(r"(?:[\s/&+]|\b(?:and|und|en|et|y|e|i|ve|dan|oraz)\b)*")


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    names: re.Pattern[str]
    levels: re.Pattern[str]
    code_of: dict[str, str]
    level_of: dict[str, Level]


@dataclass(frozen=True, slots=True)
class _Found:
    """One language named on one entry: ``text[start:end]`` is the entry."""

    code: str
    name: str
    level: LanguageLevel | None
    start: int
    end: int


def _alternation(keys: Iterable[str]) -> re.Pattern[str]:
    """Whole-word matcher of folded phrases, the longest first (words may be joined by any
    non-word characters: "Noors - Bokmål", "norweski (bokmål)")."""
    ordered = sorted(keys, key=lambda key: (-len(key), key))
    body = "|".join(r"[^\w\n]+".join(map(re.escape, key.split(" "))) for key in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = load_languages()
    return _Vocabulary(
        _alternation(data.names), _alternation(data.level_words), data.names, data.level_words
    )


class _Folded:
    """``text[start:end]`` folded like the vocabulary, with a map back to text offsets."""

    def __init__(self, text: str, start: int, end: int) -> None:
        parts: list[str] = []
        self.origin: list[int] = []
        for offset in range(start, end):
            folded = fold_char(text[offset])
            parts.append(folded)
            self.origin.extend([offset] * len(folded))
        self.origin.append(end)
        self.text = "".join(parts)

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        """The text offsets of a match in the folded text."""
        return self.origin[match.start()], self.origin[match.end() - 1] + 1


def _spans(text: str, sections: Sequence[Section]) -> list[tuple[int, int]]:
    """What is read: languages sections, and "Languages: …" lines outside them."""
    spans = [(s.start, s.end) for s in sections if s.name == "languages" and s.end > s.start]
    for match in _LABELLED.finditer(text):
        inside = any(start <= match.start(2) < end for start, end in spans)
        if not inside and heading_name(match.group(1)) == "languages":
            spans.append((match.start(2), match.end(2)))
    return sorted(spans)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a span; a line starting with "(" continues the one before (a wrapped
    "English\\n(C1), Hungarian")."""
    bounds: list[tuple[int, int]] = []
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        if bounds and text[start:stop].lstrip().startswith("("):
            bounds[-1] = (bounds[-1][0], stop)
        else:
            bounds.append((start, stop))
        start = stop + 1
    return bounds


def _entries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entries of a line: split at separators and tabs outside brackets, trimmed; a
    cell after a tab that names no language belongs to the one before ("English\\tNative")."""
    entries: list[tuple[int, int]] = []
    depth, begin, after_tab = 0, start, False
    for offset in range(start, end + 1):
        char = text[offset] if offset < end else ","
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif (char in _SEPARATORS or char == "\t") and (depth == 0 or offset == end):
            entry = _trim(text, begin, offset)
            if entry[0] < entry[1]:
                if (
                    after_tab
                    and entries
                    and not _vocabulary().names.search(fold(text[slice(*entry)]))
                ):
                    entries[-1] = (entries[-1][0], entry[1])
                else:
                    entries.append(entry)
            begin, after_tab = offset + 1, char == "\t"
    return entries


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def _first_level(
    vocab: _Vocabulary, levels: Sequence[re.Match[str]], begin: int, end: int
) -> LanguageLevel | None:
    """The first level whose words start in ``[begin, end)`` of the folded entry."""
    for match in levels:
        if begin <= match.start() < end:
            return vocab.level_of[phrase_key(match.group())]
    return None


def _read_entry(text: str, start: int, end: int) -> list[_Found]:
    """The languages one entry names, each with its level (see the module docstring)."""
    vocab = _vocabulary()
    if len(_WORDS.findall(_BRACKETED.sub(" ", text[start:end]))) > _MAX_ENTRY_WORDS:
        return []
    folded = _Folded(text, start, end)
    names = list(vocab.names.finditer(folded.text))
    if not names:
        return []
    levels = list(vocab.levels.finditer(folded.text))
    stops = [name.start() for name in names[1:]] + [len(folded.text)]
    own = [_first_level(vocab, levels, n.end(), stop) for n, stop in zip(names, stops, strict=True)]
    for i in range(len(names) - 2, -1, -1):  # "Filipino and English (fluent)": both
        gap = folded.text[names[i].end() : names[i + 1].start()]
        if own[i] is None and _JOINED.fullmatch(gap):
            own[i] = own[i + 1]
    before = _first_level(vocab, levels, 0, names[0].start())
    found = []
    for name, level in zip(names, own, strict=True):
        name_start, name_end = folded.span(name)
        code = vocab.code_of[phrase_key(name.group())]
        found.append(_Found(code, text[name_start:name_end], level or before, start, end))
    return found


def _continued(text: str, found: list[_Found], line: tuple[int, int]) -> _Found | None:
    """A lone language without level followed by a short line holding only a level."""
    if len(found) != 1 or found[0].level is not None:
        return None
    vocab = _vocabulary()
    start, end = _trim(text, *line)
    folded = _Folded(text, start, end)
    if len(folded.text.split()) > _CONTINUATION_WORDS or vocab.names.search(folded.text):
        return None
    levels = list(vocab.levels.finditer(folded.text))
    level = _first_level(vocab, levels, 0, len(folded.text))
    if level is None:
        return None
    lone = found[0]
    return _Found(lone.code, lone.name, level, lone.start, end)


def _find(text: str, spans: Sequence[tuple[int, int]]) -> list[_Found]:
    found: list[_Found] = []
    for span in spans:
        lines = _lines(text, *span)
        skip = False
        for i, line in enumerate(lines):
            if skip:
                skip = False
                continue
            on_line = [
                item for entry in _entries(text, *line) for item in _read_entry(text, *entry)
            ]
            if i + 1 < len(lines):
                joined = _continued(text, on_line, lines[i + 1])
                if joined is not None:
                    on_line, skip = [joined], True
            found += on_line
    return found


def extract_languages(doc: Doc, page_at: PageAt) -> tuple[SpokenLanguage, ...]:
    """The spoken languages a Doc states, one per ISO 639-1 code, each with its evidence."""
    text = text_of(doc)
    sections = sections_of(doc)
    grouped: dict[str, list[_Found]] = {}
    for item in _find(text, _spans(text, sections)):
        grouped.setdefault(item.code, []).append(item)
    languages = []
    for code, items in grouped.items():
        evidence: list[Evidence] = []
        for start, end in dict.fromkeys((item.start, item.end) for item in items):
            if len(evidence) < MAX_EVIDENCE:
                evidence.append(
                    quote(text, start, end, page_at=page_at, sections=sections, extractor=EXTRACTOR)
                )
        level = next((item.level for item in items if item.level is not None), None)
        languages.append(
            SpokenLanguage(code=code, name=items[0].name, level=level, evidence=tuple(evidence))
        )
    return tuple(languages)
