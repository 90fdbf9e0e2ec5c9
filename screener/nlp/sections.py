"""Find the sections of a résumé (experience, education, skills, ...) from its headings.

Pure Python and fast: each line of ``Document.text`` is looked at once, and only short lines
are normalised and looked up in a dict of the heading phrases of
``screener/taxonomy/sections.yaml`` (loaded once per process).

Heading rules:

* A *block heading* is a line that, stripped of bullets, numbering and decoration
  (``—``, ``==``, ``#``, ``:``, ``|``, ...), normalises (casefold, accents stripped, ``&``
  read as "and", punctuation dropped) to a known phrase, and starts with a capital letter
  ("EXPERIENCE", "Work History", "Experiencia laboral").
* It may also *start* with a phrase and go on, at most 6 words in all, after a separator
  (``/ | ( - – — : , + &`` or "and"/"und"/"y"/"et"): "EXPERIENCE (10 years)",
  "Education & Certifications", "BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE". The words
  after the phrase must be Title Case or ALL CAPS (or themselves a known phrase, as in
  "En bref / In short"), and carry no digits outside parentheses. The longest phrase at
  the start decides the section: for combined headings **the first recognised phrase
  wins**. So a sentence ("Experience with Python required") or a dated PDF row
  ("Research Assistant\\t2019 – 2020") is never a heading.
* An underline right below a heading ("-----", "═════") belongs to the heading, and so
  does a rule line right above it; the body starts after the underline.
* An *inline heading* "Skills: Python, Java" starts a section whose body begins right
  after the colon. To keep sub-labels of a skills table ("Languages: Python") inside their
  section, an inline heading counts only when the line is not indented, is not the first
  body line after a block heading, and follows a blank line, another inline heading, or
  sits before any heading.

Text before the first heading is one implicit section (``heading=None``): "summary" when
it holds more than 3 prose lines (8+ words, no "@"), otherwise "other" — it usually holds
the name and contact details. A text without any heading is a single "other" section.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import cast, get_args

from screener.models.profile import SectionName
from screener.taxonomy.loader import read_data

SECTIONS_FILE = "sections.yaml"
MAX_HEADING_WORDS = 6
_HEADING_JOINERS = frozenset({"and", "e", "y", "et", "und", "i", "ve", "en", "&"})
_TITLE_LINKS = frozenset({"of", "for", "de", "du", "des", "der", "di", "da", "do", "and"})
_MAX_LINE = 80
_MAX_SPACES = 12
_PROSE_LINES = 3

_WORD_RE = re.compile(r"[^\W_]+|&")
_LEAD_RE = re.compile(r"[^\w(]*(?:\d{1,2}[.)]\s*)?")
_FIRST_RE = re.compile(r"[^\w(]*(?:\d{1,2}[.)]\s*)?([^\W_]+)")
_DIGIT_RE = re.compile(r"\d")
_TRAIL_RE = re.compile(r"[^\w)]*$")
_PAREN_RE = re.compile(r"\([^)]*\)?")
_RULE_RE = re.compile(r"[ \t]*[-=_~*#.·•═─━–—+]{3,}[ \t]*")
_SEPARATORS = frozenset("/|(-–—:,+")
_CONNECTORS = frozenset({"and", "und", "y", "et", "e", "dan"})


@dataclass(frozen=True, slots=True)
class Section:
    """One section: ``text[start:end]`` is its body, ``heading`` the span of its heading."""

    name: SectionName
    start: int
    end: int
    heading: tuple[int, int] | None


@lru_cache(maxsize=4096)
def _norm_word(word: str) -> str:
    if word == "&":
        return "and"
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Singular and plural are one heading ("Academic Qualification(s)", "Certificate(s)").
    if len(folded) > 3 and folded.endswith("s") and not folded.endswith("ss"):
        return folded[:-1]
    return folded


def _norm_words(phrase: str) -> tuple[str, ...]:
    return tuple(_norm_word(word) for word in _WORD_RE.findall(phrase))


@lru_cache(maxsize=1)
def _headings() -> tuple[dict[tuple[str, ...], SectionName], frozenset[str], int, str]:
    """Phrase (normalised words) → section, the phrases' first words, the longest phrase's
    length in words, and the file's version."""
    data = read_data(SECTIONS_FILE)
    names = get_args(SectionName)
    lookup: dict[tuple[str, ...], SectionName] = {}
    for name, phrases in data["sections"].items():
        if name not in names:
            raise ValueError(f"{SECTIONS_FILE}: unknown section {name!r}")
        for phrase in phrases:
            key = _norm_words(str(phrase))
            if key in lookup and lookup[key] != name:
                raise ValueError(f"{SECTIONS_FILE}: {phrase!r} is in {lookup[key]} and {name}")
            lookup[key] = cast(SectionName, name)
    firsts = frozenset(key[0] for key in lookup)
    return lookup, firsts, max(map(len, lookup)), str(data["version"])


def sections_version() -> str:
    """Version of the shipped heading list (``sections.yaml``), for provenance."""
    return _headings()[3]


_BILINGUAL_SPLIT = re.compile(r"\s+[–—/|-]\s+")


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _match(label: str) -> SectionName | None:
    """The section a heading label names, or None (see the module docstring)."""
    if not label or not label[0].isupper():
        return None
    lookup, firsts, longest, _ = _headings()
    tokens = list(_WORD_RE.finditer(label))
    if len(tokens) > MAX_HEADING_WORDS:
        return None
    if _norm_word(tokens[0].group()) not in firsts:
        return _translated(label, lookup) or _match_end(label, tokens, lookup)
    return _match_start(label, tokens, lookup, longest) or _match_end(label, tokens, lookup)


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    return frozenset(key[-1] for key in _headings()[0])


def _ends_like_a_heading(line: str) -> bool:
    """Whether a line's last word ends a known heading ("… e certificazioni")."""
    words = _WORD_RE.findall(line)
    return (
        bool(words) and len(words) <= MAX_HEADING_WORDS and _norm_word(words[-1]) in _last_words()
    )


def _match_end(
    label: str, tokens: list[re.Match[str]], lookup: dict[tuple[str, ...], SectionName]
) -> SectionName | None:
    """A heading whose last words are a known heading, in capitals ("CLINICAL SKILLS") or
    joined to it ("Abilitazioni e certificazioni") — never a job title such as "HEAD OF
    EDUCATION" or "Director of Research and Education"."""
    words = [token.group() for token in tokens]
    letters = [c for c in label if c.isalpha()]
    if len(words) < 2 or _DIGIT_RE.search(label):
        return None
    capitals = all(c.isupper() for c in letters)
    folded = tuple(_norm_word(word) for word in words)
    for k in range(1, len(folded)):
        name = lookup.get(folded[k:])
        if name is not None:
            if folded[k - 1] in _TITLE_LINKS:
                return None
            # in capitals ("CLINICAL SKILLS"), or joined to it ("Abilitazioni e certificazioni")
            return name if capitals or folded[k - 1] in _HEADING_JOINERS else None
    return None


def _translated(label: str, lookup: dict[tuple[str, ...], SectionName]) -> SectionName | None:
    """A bilingual heading whose first half is in a language we do not know but whose
    second half is a whole known phrase: "Deneyim – Experience", "Eğitim / Education"."""
    parts = _BILINGUAL_SPLIT.split(label)
    if len(parts) != 2:
        return None
    return lookup.get(_norm_words(parts[1]))


def _match_start(
    label: str,
    tokens: list[re.Match[str]],
    lookup: dict[tuple[str, ...], SectionName],
    longest: int,
) -> SectionName | None:
    """The section of the longest phrase the label starts with (see the module docstring)."""
    words = tuple(_norm_word(token.group()) for token in tokens)
    for k in range(min(longest, len(words)), 0, -1):
        name = lookup.get(words[:k])
        if name is not None:
            break
    else:
        return None
    if k == len(words):
        return name
    gap = label[tokens[k - 1].end() : tokens[k].start()]
    rest = words[k + 1 :] if words[k] in _CONNECTORS else words[k:]
    qualifier = tokens[1].group() if len(tokens) == 2 else ""
    if k == 1 and qualifier[:1].islower() and gap == " " and not _DIGIT_RE.search(label):
        return name  # a heading and one lowercase qualifier: "Competenze informatiche"
    if words[k] not in _CONNECTORS and not _SEPARATORS.intersection(gap):
        return None
    tail = _PAREN_RE.sub(" ", label[tokens[k - 1].end() :])
    if _DIGIT_RE.search(tail) or _YEAR_RE.search(label):
        return None  # "Learning – Specialty (2023)": a wrapped certificate, not a heading
    if tail.isupper() or rest in lookup:
        return name
    lower = any(len(w) > 3 and w[0].islower() for w in _WORD_RE.findall(tail))
    return None if lower else name


def heading_name(label: str) -> SectionName | None:
    """The section a heading label names ("Languages", "• Technical Skills"), or None.

    The label is read like the part before the colon of an inline heading: bullets,
    numbering and decoration stripped, then matched under the rules above.
    """
    begin, end = _heading_span(label)
    return _match(label[begin:end])


def _heading_span(line: str) -> tuple[int, int]:
    """Span of the heading text in a line, without bullets, numbering and decoration."""
    start = _LEAD_RE.match(line)
    begin = start.end() if start else 0
    trail = _TRAIL_RE.search(line, begin)
    return begin, trail.start() if trail else len(line)


# "W O R K   E X P E R I E N C E": a heading set with letter-spacing typed as spaces.
_LETTER_SPACED = re.compile(r"[^\W\d_](?: {1,3}[^\W\d_]){3,}")


def _spaced(line: str) -> SectionName | None:
    """A letter-spaced heading read with its letters joined, words apart where the gaps
    are wider."""
    stripped = line.strip()
    if not _LETTER_SPACED.fullmatch(stripped):
        return None
    words = ["".join(word.split(" ")) for word in re.split(r" {2,}", stripped)]
    return _match(" ".join(words))


# A one-word heading a PDF's kerning broke in two: "Exp erience", "Cer tificates".
_BROKEN_WORD = re.compile(r"([^\W\d_]{2,}) ([^\W\d_]{2,})")


def _broken_word(line: str) -> SectionName | None:
    """The section a heading names once its two halves are joined, if only then."""
    broken = _BROKEN_WORD.fullmatch(line)
    if broken is None or _match(line) is not None:
        return None
    return _match(broken.group(1) + broken.group(2))


def _side_by_side(line: str) -> SectionName | None:
    """Two headings on one line, a column each ("Opleiding<tab>Certificeringen"): the
    line is a heading, named by its first cell (the columns' rows interleave below)."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    if len(cells) < 2:
        return None
    names = [heading_name(cell) for cell in cells]
    return names[0] if all(names) else None


def _implicit_name(text: str) -> SectionName:
    prose = sum(1 for line in text.split("\n") if len(line.split()) >= 8 and "@" not in line)
    return "summary" if prose > _PROSE_LINES else "other"


_DASH_TAIL = re.compile(r"\s[—–-]\s+\S")


def find_sections(text: str) -> list[Section]:
    """The sections of ``text``, in order, covering it without gaps."""
    lines = text.split("\n")
    firsts = _headings()[1]
    # (boundary, body start, heading span, name) of every heading found.
    found: list[tuple[int, int, tuple[int, int], SectionName]] = []
    offset = 0
    prev_blank = True
    prev_inline = False
    first_body = False
    prev_rule: int | None = None
    for i, line in enumerate(lines):
        line_start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if not stripped:
            prev_blank, prev_inline, prev_rule = True, False, None
            continue
        first = _FIRST_RE.match(line)
        is_rule = first is None and _RULE_RE.fullmatch(line) is not None
        inline = False
        if (
            first is not None
            and first.group(1)[0].isupper()
            and (
                _norm_word(first.group(1)) in firsts
                or _BILINGUAL_SPLIT.search(stripped)
                or _ends_like_a_heading(stripped)
                or _LETTER_SPACED.fullmatch(stripped)
                or _broken_word(stripped) is not None
            )
            and len(stripped) <= _MAX_LINE
            and (stripped.count(" ") <= _MAX_SPACES or _LETTER_SPACED.fullmatch(stripped))
        ):
            colon = line.find(":")
            if colon >= 0 and line[colon + 1 :].strip():
                label = line[:colon]
                allowed = not found or prev_blank or prev_inline
                if allowed and not first_body and not line[0].isspace():
                    begin, end = _heading_span(label)
                    name = _match(label[begin:end])
                    if name is not None:
                        span = (line_start + begin, line_start + end)
                        found.append((line_start, line_start + colon + 1, span, name))
                        inline = True
            else:
                begin, end = _heading_span(line)
                # Two headings side by side name the left column's section first.
                name = (
                    _side_by_side(line)
                    or _match(line[begin:end])
                    or _spaced(line)
                    or _broken_word(stripped)
                )
                tail = _DASH_TAIL.search(line) is not None
                if name is not None and found and found[-1][3] == name and not prev_blank and tail:
                    # "Google Advanced Data Analytics" / "Professional Certificate — en
                    # curso": the wrapped entry of the section, not its heading again.
                    name = None
                if name is not None:
                    boundary = line_start if prev_rule is None else prev_rule
                    if found:
                        boundary = max(boundary, found[-1][1])
                    body = offset
                    if i + 1 < len(lines) and _RULE_RE.fullmatch(lines[i + 1]):
                        body += len(lines[i + 1]) + 1
                    span = (line_start + begin, line_start + end)
                    found.append((boundary, min(body, len(text)), span, name))
                    prev_blank, prev_inline, prev_rule, first_body = False, False, None, True
                    continue
        if not is_rule:
            first_body = False
        prev_blank, prev_inline = False, inline
        prev_rule = line_start if is_rule else None
    if not found:
        return [Section("other", 0, len(text), None)]
    sections: list[Section] = []
    if found[0][0] > 0:
        sections.append(Section(_implicit_name(text[: found[0][0]]), 0, found[0][0], None))
    for j, (_, body, span, name) in enumerate(found):
        end = found[j + 1][0] if j + 1 < len(found) else len(text)
        sections.append(Section(name, body, max(body, end), span))
    return sections


def section_at(sections: Sequence[Section], offset: int) -> SectionName:
    """Name of the section an offset of the text falls in (a heading is in its section)."""
    if not sections:
        return "other"
    index = bisect_right([section.end for section in sections], offset)
    return sections[min(index, len(sections) - 1)].name
