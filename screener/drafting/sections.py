"""A posting's lines and sections: which heading each line stands under, and what kind of
section that heading names (requirements, preferred, duties, salary, …).

A line is a **heading** when it is short (at most ``MAX_HEADING_WORDS`` words), is no
bullet, does not end like a sentence, and one of:

* it is a Markdown heading (``## Requirements``, which is also how HTML headings are read);
* it ends with a colon ("What you bring:");
* it starts with a known heading and a colon, and goes on ("Requirements: BLS, ACLS"): the
  rest of the line is the section's first line;
* it starts with a capital, has a blank line (or the start) above it, names no skill,
  degree or certification ("Education and experience", "Career path") — so "Experience
  with Python" set apart in a list stays a requirement — and either is a known heading
  or has a blank line, a bullet or the end below it; or it is a known heading with a
  bullet right below it ("Essential⏎- …", as pages and JSON-LD write them).

The first line of a posting is its **title** (at most ``MAX_TITLE_WORDS`` words), unless it
is a known heading of at most ``SECTION_NAME_WORDS`` words ("About us"). A heading's kind is the
first class of ``posting_words.yaml`` (``headings``) with one of its words; a heading with
none is ``unknown``; lines before the first heading are the ``intro``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from screener.drafting.mentions import find_mentions, written_as_qualification
from screener.drafting.vocabulary import HEADING_ORDER, SectionKind, load_vocabulary
from screener.drafting.wrapping import joined_spans

Kind = SectionKind | Literal["title", "intro", "unknown"]
MAX_HEADING_WORDS = 8
MAX_HEADING_CHARS = 80
MAX_TITLE_WORDS = 15
SECTION_NAME_WORDS = 4

_BULLET = re.compile(r"^[ \t]*(?:[•●○◦▪▫■□‣⁃∙·*+\-–—]|\d{1,2}[.)]|[a-z][.)])[ \t]+")
_MARKDOWN = re.compile(r"^[ \t]*#{1,6}[ \t]+")
_SENTENCE_END = re.compile(r"[.,;!?]\s*$")
_INLINE_HEADING = re.compile(r"^(?:\*\*|__)?([^:*_]{2,60}):(?:\*\*|__)?[ \t]+(?=\S)")
_EMPHASIS = re.compile(r"^(\*\*|__)\s*(?P<inner>[^*_\s](?:.*?[^*_\s])?)\s*\1\s*(?P<colon>:?)$")
_MID_LINE_HEADING = re.compile(r"(?<=[.!?])[ \t]+(?=(?:\*\*)?([A-Z][\w'’ /&-]{2,50}):[ \t])")
MID_LINE_KINDS = frozenset({"required", "preferred", "duties"})
"""Kinds of heading that open a section even inside a paragraph ("… team. Preferred
Qualifications: Kubernetes; …"), as pasted pages and JSON-LD descriptions write them."""


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: ``text[start:end]`` is its content (bullet and spaces left out)."""

    start: int
    end: int
    text: str
    bullet: bool


@dataclass(frozen=True, slots=True)
class Section:
    """A heading (None for the intro) and the lines under it, with its kind."""

    kind: Kind
    heading: Line | None
    lines: tuple[Line, ...]

    @property
    def start(self) -> int:
        """Where the section begins in the posting text."""
        first = self.heading or (self.lines[0] if self.lines else None)
        return first.start if first else 0

    @property
    def end(self) -> int:
        """Where the section ends in the posting text."""
        last = self.lines[-1] if self.lines else self.heading
        return last.end if last else 0

    @property
    def title(self) -> str:
        """The heading's words, or the kind for the intro and the title."""
        return self.heading.text if self.heading else self.kind


def posting_lines(text: str) -> list[Line | None]:
    """Every line of ``text``: ``None`` for a blank line, else its content's span; prose
    wrapped over several lines is one line (:mod:`screener.drafting.wrapping`); a line
    holding a requirements heading after a sentence is cut there (:data:`MID_LINE_KINDS`)."""
    physical: list[Line | None] = []
    offset = 0
    for raw in text.split("\n"):
        start, offset = offset, offset + len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            physical.append(None)
            continue
        marker = _BULLET.match(raw)
        skip = marker.end() if marker else len(raw) - len(raw.lstrip())
        content_start = start + skip
        content = raw[skip:].rstrip()
        physical.append(Line(content_start, content_start + len(content), content, bool(marker)))
    lines: list[Line | None] = []
    for run in joined_spans(physical):
        if run is None:
            lines.append(None)
            continue
        first, last = physical[run[0]], physical[run[1]]
        assert first is not None
        assert last is not None
        joined = Line(first.start, last.end, text[first.start : last.end], first.bullet)
        lines += _cut_at_headings(joined)
    return lines


def _cut_at_headings(line: Line) -> list[Line | None]:
    """``line`` cut before each requirements heading written inside it."""
    cuts = [
        (match.start(), match.end())
        for match in _MID_LINE_HEADING.finditer(line.text)
        if len(match.group(1).split()) <= SECTION_NAME_WORDS + 1
        and heading_kind(match.group(1)) in MID_LINE_KINDS
    ]
    if not cuts:
        return [line]
    pieces: list[Line | None] = []
    begin, bullet = 0, line.bullet
    for cut_start, cut_end in [*cuts, (len(line.text), len(line.text))]:
        text = line.text[begin:cut_start]
        pieces.append(Line(line.start + begin, line.start + cut_start, text, bullet))
        begin, bullet = cut_end, False
    return pieces


def heading_kind(text: str) -> Kind:
    """The class of heading ``text`` (its first class with a word), or ``unknown``."""
    vocabulary = load_vocabulary()
    for kind in HEADING_ORDER:
        if vocabulary.heading_pattern(kind).search(text):
            return kind
    return "unknown"


def find_sections(text: str) -> list[Section]:
    """The posting's sections in order: title, intro, then one per heading."""
    lines = posting_lines(text)
    sections: list[Section] = []
    kind: Kind = "intro"
    heading: Line | None = None
    body: list[Line] = []
    for index, line in enumerate(lines):
        if line is None:
            continue
        found = _heading(lines, index, first=not sections and heading is None and not body)
        if found is None:
            body.append(line)
            continue
        if heading is not None or body:
            sections.append(Section(kind, heading, tuple(body)))
        new_heading, rest, kind = found
        heading, body = new_heading, ([rest] if rest else [])
        if kind == "title":  # the lines after the title are the intro
            sections.append(Section("title", heading, ()))
            kind, heading = "intro", None
    if heading is not None or body:
        sections.append(Section(kind, heading, tuple(body)))
    return sections


def _heading(
    lines: list[Line | None], index: int, *, first: bool
) -> tuple[Line, Line | None, Kind] | None:
    """``(heading, rest of its line, kind)`` when line ``index`` opens a section."""
    line = lines[index]
    assert line is not None
    if line.bullet:
        return None
    markdown = _MARKDOWN.match(line.text)
    named = _unemphasised(_shifted(line, markdown.end()) if markdown else line)
    if first and len(named.text.split()) <= MAX_TITLE_WORDS and not _names_a_section(named.text):
        return named, None, "title"
    if markdown:
        return named, None, heading_kind(named.text)
    inline = _INLINE_HEADING.match(line.text)
    if inline and heading_kind(inline.group(1)) not in ("unknown", "other"):
        words = inline.group(1)
        name = Line(line.start + inline.start(1), line.start + inline.end(1), words, False)
        return name, _shifted(line, inline.end()), heading_kind(words)
    if named is not line and _short(named.text) and not _SENTENCE_END.search(named.text):
        return _colon_free(named), None, heading_kind(named.text)
    if not _short(line.text) or not line.text[0].isupper():
        return None
    if line.text.endswith(":"):
        name = Line(line.start, line.end - 1, line.text[:-1].rstrip(), False)
        return name, None, heading_kind(name.text)
    if _SENTENCE_END.search(line.text) or _names_something(line.text):
        return None
    kind = heading_kind(line.text)
    return (line, None, kind) if _set_apart(lines, index, known=kind != "unknown") else None


def _unemphasised(line: Line) -> Line:
    """A line that is bold as a whole ("**Requirements:**", "__About you__") without its
    marks (a Markdown heading of pasted pages); other lines unchanged."""
    match = _EMPHASIS.match(line.text)
    if match is None:
        return line
    inner = match.group("inner") + match.group("colon")
    start = line.start + match.start("inner")
    return Line(start, start + len(match.group("inner")), inner, False)


def _colon_free(line: Line) -> Line:
    """A heading without its final colon."""
    if not line.text.endswith(":"):
        return line
    text = line.text[:-1].rstrip()
    return Line(line.start, line.start + len(text), text, False)


def _names_a_section(text: str) -> bool:
    """A short line that is a known heading ("Requirements", "About us"), not a title."""
    return len(text.split()) <= SECTION_NAME_WORDS and heading_kind(text) != "unknown"


def _names_something(text: str) -> bool:
    """Whether a line names a skill (soft ones too), a degree or a certification."""
    mentions = find_mentions(text, as_skills_section=written_as_qualification(text))
    return mentions.qualifying or bool(mentions.soft_skills)


def _short(text: str) -> bool:
    return len(text) <= MAX_HEADING_CHARS and len(text.split()) <= MAX_HEADING_WORDS


def _set_apart(lines: list[Line | None], index: int, *, known: bool) -> bool:
    """A blank line (or the start) above; below, for a heading the vocabulary does not
    know, a blank line, a bullet or the end. A known heading right above a bullet needs no
    blank line (pages and JSON-LD descriptions set none: "Qualifications⏎• …")."""
    above = lines[index - 1] if index > 0 else None
    below = lines[index + 1] if index + 1 < len(lines) else None
    if known and below is not None and below.bullet:
        return True
    return above is None and (known or below is None or below.bullet)


def _shifted(line: Line, skip: int) -> Line:
    """``line`` without its first ``skip`` characters (a Markdown mark, a heading)."""
    rest = line.text[skip:]
    lead = len(rest) - len(rest.lstrip())
    return Line(line.start + skip + lead, line.end, rest.strip(), False)


def section_lines(sections: list[Section]) -> Iterator[tuple[Section, Line]]:
    """Every body line with the section it stands in."""
    for section in sections:
        for line in section.lines:
            yield section, line
