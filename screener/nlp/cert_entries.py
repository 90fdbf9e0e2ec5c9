"""Entries of a certifications section: where one ends, what its name is, whether it is one.

Split from ``certifications.py`` (the matcher) to keep each module to one idea: this one
reads the layout of a section's lines; the matcher decides which catalog entry they name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.nlp.dates import find_date_ranges
from screener.nlp.sections import Section
from screener.taxonomy.loader import load_credential_status, load_languages, load_roles
from screener.taxonomy.words import words_alternation, words_pattern

_NARROW = 36
_MAX_WORDS = 16
_WORDS = load_credential_status()
BULLET_RE = re.compile(r"[ \t]*(?:[•▪◦‣●■□➢►○*·–—-]|\d{1,2}[.)])[ \t]+")
_BULLET_CHARS = frozenset("•▪◦‣●■□➢►○*·–—-")
_YEAR_RE = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
_JOINER_END_RE = re.compile(r"(?:[–—\-,/&·:+(]|\b(?:and|of|in|for|&))\s*$", re.IGNORECASE)
_CONT_START_RE = re.compile(r"\s*(?:[a-z(]|\d|[–—-])")
# A line that starts with its own date (or status) cell and then names something starts
# an entry of a dated list: "2024 Databricks Certified …", "2023: Red Hat …", "desde
# 2014<tab>Cédula Profissional …", "en curso<tab>Google Cloud …".
_YEAR_CELL = (
    r"\s*(?:(?:" + words_alternation(_WORDS.dated_since_words) + r")\s+)?"
    r"(?:\d{1,2}[/.])?(?:19|20)\d\d"
    r"(?:\s*[–—-]\s*(?:(?:\d{1,2}[/.])?(?:19|20)\d\d|\w+))?\s*(?:[:\t]\s*|\s+)(?=[^\W\d_])"
)
_YEAR_CELL_RE = re.compile(_YEAR_CELL)
# A status as the cell, then a capitalised name: "in progress Google Cloud Professional …"
# under "2022 AWS Certified …" (a dated list whose cells are dates or statuses).
_STATUS_CELL = (
    r"\s*(?i:"
    + words_alternation(_WORDS.in_progress)
    + "|"
    + words_alternation(_WORDS.expired)
    + r")(?:[:\t]\s*|\s+)(?=[A-Z])"
)
_STATUS_CELL_RE = re.compile(_STATUS_CELL)
_DATED_START_RE = re.compile(
    _YEAR_CELL + "|" + _STATUS_CELL + r"|\s*[^\t\n:]{1,20}[\t:]\s*(?=[A-Z])"
)
# A sentence under an entry describes it: "Five-course specialisation, verified certificate."
_DESCRIPTION_RE = re.compile(r"\S+(?:\s+\S+){2,}\s+[^\W\d_A-Z]{4,}\.\s*$")
# A line that only says how an entry stands belongs to the entry above it: "Expired
# 06/2022", "Credential ID 7QX-21", "Renewed annually", "Booked Jan 2027", "Level II".
_META_START_RE = re.compile(
    r"\s*(?:"
    + words_alternation(_WORDS.status_line_words)
    + r"|(?:level|part|paper)\s+(?:iii|ii|iv|i|\d)\b)",
    re.IGNORECASE,
)
# A table's header row above the entries ("CREDENTIAL  ISSUER  STATUS").
_HEADER_WORDS = frozenset(
    word.casefold() for group in _WORDS.table_header_words.values() for word in group
)
# A line that is nothing but a status (and a date), in any language: "en préparation",
# "Expected 2027", "(en curso)". Wider than the English words above, so only whole lines.
_STATUS_ONLY_RE = re.compile(
    r"[\s(\[]*(?:"
    + words_alternation(_WORDS.in_progress)
    + "|"
    + words_alternation(_WORDS.expired)
    + r")(?:[\s,;:.()\[\]–—-]|(?:\d{1,2}[/.])?(?:19|20)\d\d)*",
    re.IGNORECASE,
)
_DOT_SPLIT_RE = re.compile(r"\s+·\s+")
_NAMED_RE = re.compile(r"[^\W\d_]{2}")
_CREDENTIAL_RE = words_pattern(_WORDS.credential_words)
_CREDENTIAL_HEADING_RE = words_pattern(_WORDS.credential_heading_words)
_STATUS_WORDS = words_alternation(_WORDS.noise_status_words)
_PAREN_NOISE_RE = re.compile(rf"\((?=[^)]*(?:\d|\b(?:{_STATUS_WORDS})\b))[^)]*\)?", re.IGNORECASE)
_TRAIL_RE = re.compile(
    rf"(?:[\s,;:–—\-|]+(?:(?:{_STATUS_WORDS})\b[^,;]*|(?:\d{{1,2}}[/.])?\d{{4}}[\d\s/.\-–]*))+$",
    re.IGNORECASE,
)
_COURSE_RE = re.compile(r"\s*(?:" + words_alternation(_WORDS.course_words) + ")", re.I)
_SCHOOL_RE = words_pattern(_WORDS.school_words)
_WORDS_RE = re.compile(r"[^\W\d_]{3,}")
_PAGE_NUMBER_RE = re.compile(
    r"\s*(?:(?:page|seite|página|pagina|strona|sida|pagina)\s+)?\d{1,2}\s*"
    r"(?:/|of|von|de|di|z|av|van)\s*\d{1,2}\s*",
    re.IGNORECASE,
)
_TAIL_WORDS = 3
_TAIL_STATUS_RE = re.compile(r"\s*[(\[]|\s+[–—-]\s+|,\s")
_ACRONYM_RE = re.compile(r"[A-Z][A-Z&+./-]{1,5}\d?")  # "CAMS", "CISSP", "PMP", "RN", "ACCA"
_JOB_WORD = load_roles().pattern(load_roles().job_words)
_AT = re.compile(r"\s(?:" + words_alternation(_WORDS.headline_at_words) + r")\s", re.IGNORECASE)
_NAME_SPLIT_RE = re.compile(r"\s+[–—|]\s+|\s+-\s+")


def issuer_pattern(issuer: str) -> re.Pattern[str]:
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


def in_any_section(sections: Sequence[Section], offset: int) -> bool:
    return any(s.start <= offset < s.end for s in sections)


def line_span(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def wrapped_line_span(text: str, offset: int) -> tuple[int, int]:
    """The line around ``offset`` and the next line when it continues it in lower case
    ("… Associate — exam" over "scheduled December 2026")."""
    start, end = line_span(text, offset)
    following = text[end + 1 : line_span(text, end + 1)[1]] if end < len(text) else ""
    if (
        following[:1].isalpha()
        and _CONT_START_RE.match(following)
        and "\t" not in following
        and not _DATED_START_RE.match(following)
    ):
        return start, end + 1 + len(following)
    return start, end


def is_credential_heading(text: str, section: Section) -> bool:
    if section.heading is None:
        return True
    return _CREDENTIAL_HEADING_RE.search(text[section.heading[0] : section.heading[1]]) is not None


def _is_bulleted(line: str) -> bool:
    stripped = line.lstrip()
    return bool(stripped) and stripped[0] in _BULLET_CHARS and BULLET_RE.match(line) is not None


def section_entries(text: str, section: Section) -> list[tuple[int, int]]:
    """Spans of the entries of a certifications section (see the module docstring)."""
    blocks: list[list[tuple[int, int]]] = [[]]
    offset = section.start
    for line in text[section.start : section.end].split("\n"):
        span = (offset, offset + len(line))
        offset += len(line) + 1
        if _PAGE_NUMBER_RE.fullmatch(line):
            continue  # a page footer the reading order put among the entries: "1/2"
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
        # "2024 Google Cloud Professional Machine" / "Learning Engineer": in a list whose
        # entries begin with their year, a line without one goes on the entry above.
        year_list = _YEAR_CELL_RE.match(lines[0]) is not None and (
            sum(_YEAR_CELL_RE.match(line) is not None for line in lines) >= 2
        )
        current = block[0]
        for index in range(1, len(block)):
            line, previous = lines[index], lines[index - 1]
            joined = _JOINER_END_RE.search(previous) is not None or _open_bracket(text, current)
            if bulleted:
                joined = not _is_bulleted(line) and (
                    joined
                    or line[:1].isspace()
                    or _CONT_START_RE.match(line) is not None
                    or _META_START_RE.match(line) is not None
                    or _STATUS_ONLY_RE.fullmatch(line) is not None
                    or _DESCRIPTION_RE.match(line) is not None
                )
            else:
                joined = (
                    joined
                    or _CONT_START_RE.match(line) is not None
                    or _META_START_RE.match(line) is not None
                    or _STATUS_ONLY_RE.fullmatch(line) is not None
                    or _DESCRIPTION_RE.match(line) is not None
                    or (narrow and _YEAR_RE.search(previous) is None)
                    or (year_list and _YEAR_CELL_RE.match(line) is None)
                    or (
                        current == block[index - 1]  # the entry's first line only
                        and _name_fragment(previous)
                        and _CREDENTIAL_RE.search(line) is not None
                    )
                    or (current == block[index - 1] and _name_tail(previous, line))
                    or _hanging(text[current[0] : current[1]], previous, line)
                )
            if (
                joined
                and _DATED_START_RE.match(line)
                and _DATED_START_RE.match(lines[0])
                and not _status_and_date(line)
            ):
                joined = False  # a list whose every entry begins with its date cell
            if joined:
                current = (current[0], block[index][1])
            else:
                entries.append(current)
                current = block[index]
        entries.append(current)
    return [piece for entry in entries for piece in _split_dots(text, entry)]


def _status_and_date(line: str) -> bool:
    """A line of only a status and a date: "scheduled December 2026" goes on the entry."""
    status = _STATUS_CELL_RE.match(line)
    if status is None:
        return False
    rest = line[status.end() :].strip()
    dates = find_date_ranges(rest)
    return len(dates) == 1 and dates[0].start == 0 and not rest[dates[0].end :].strip(" .,;)")


def _name_fragment(line: str) -> bool:
    """A line that names no credential by itself, the start of a wrapped name: "Google
    Advanced Data Analytics" over "Professional Certificate — en curso"."""
    return (
        line.lstrip()[:1].isupper()
        and _CREDENTIAL_RE.search(line) is None
        and _YEAR_RE.search(line) is None
        and not any(_ACRONYM_RE.fullmatch(word.strip("(),.;:")) for word in line.split())
        and not _JOINER_END_RE.search(line)
        and not _STATUS_ONLY_RE.fullmatch(line.strip())
        and not _META_START_RE.match(line)
    )


def _hanging(entry: str, previous: str, line: str) -> bool:
    """A line flush left under an entry whose first line is indented (first-line indents,
    as word processors export them): "  CKAD – Certified Kubernetes Application" over
    "Developer, 2021 (verlopen in 2024)"."""
    return (
        entry[:1] in " \t"
        and line[:1] not in " \t"
        and previous.rstrip()[-1:] not in ".)]:;"
        and _YEAR_CELL_RE.match(line) is None
    )


def _name_tail(previous: str, line: str) -> bool:
    """The last words of a name the column wrapped, maybe with its status: "Google Cloud
    Certified Professional Machine" over "Engineer (expired)", "Databricks Certified
    Machine" over "Learning Professional — em"."""
    if previous.rstrip()[-1:] in ".)]:;" or _YEAR_CELL_RE.match(line):
        return False
    if _CREDENTIAL_RE.search(previous) is None:
        return False  # "Amélie" over "Rousseau": no credential's name begins above
    words = _TAIL_STATUS_RE.split(line.strip(), maxsplit=1)[0].split()
    return (
        0 < len(words) <= _TAIL_WORDS
        and words[0][:1].isupper()
        and _YEAR_RE.search(line) is None
        and _CREDENTIAL_RE.search(line) is None
        and _JOB_WORD.search(previous) is None
    )


def _open_bracket(text: str, entry: tuple[int, int]) -> bool:
    """Whether the entry so far leaves a bracket open: "… 2013 (member of the" goes on."""
    part = text[entry[0] : entry[1]]
    return part.count("(") > part.count(")")


def _split_dots(text: str, entry: tuple[int, int]) -> list[tuple[int, int]]:
    """The entry's "·"-separated credentials; a piece naming nothing ("2021 (expired
    2024)") or only a status ("en preparación") is the date and status of the piece
    before it."""
    start, end = entry
    bounds = [m.span() for m in _DOT_SPLIT_RE.finditer(text, start, end)] + [(end, end)]
    pieces: list[tuple[int, int]] = []
    for cut, after in bounds:
        piece = text[start:cut]
        if piece.strip(" \t\n·"):
            flat = " ".join(piece.split())
            names = _NAMED_RE.search(strip_noise(flat)) is not None
            if pieces and (not names or _only_a_status(flat)):
                pieces[-1] = (pieces[-1][0], cut)
            else:
                pieces.append((start, cut))
        start = after
    return pieces


def _only_a_status(piece: str) -> bool:
    """Whether a piece says only how the credential before it stands: "en preparación
    (examen en enero de 2027)", "expired 2024" (a status, then no capitalised name)."""
    status = _STATUS_ONLY_RE.match(piece)
    return status is not None and not any(c.isupper() for c in piece[status.end() :])


def strip_bullet(line: str) -> str:
    match = BULLET_RE.match(line)
    return line[match.end() :] if match else line


def strip_noise(text: str) -> str:
    """Text without parentheticals holding dates or status words, nor a trailing date."""
    text = _PAREN_NOISE_RE.sub(" ", text)
    return _TRAIL_RE.sub("", text).strip(" \t,;:–—-|·")


def clean_name(text: str) -> str:
    """A certificate's name as written: bullets, dates, status words and issuer dropped.

    "Genomic Data Science Specialization — Johns Hopkins University / Coursera (2018)"
    gives "Genomic Data Science Specialization".
    """
    text = strip_noise(strip_bullet(" ".join(text.split())))
    if (cell := _YEAR_CELL_RE.match(text)) is not None:
        text = text[cell.end() :]  # "2023: Red Hat Certified …": the date cell is no name
    head = _NAME_SPLIT_RE.split(text, maxsplit=1)[0].strip(" \t,;:–—-|·")
    return head or text


def looks_like_credential(body: str, name: str, credential_heading: bool) -> bool:
    if not re.search(r"[^\W\d_]{2}", name):
        return False  # blank, a bare date, a stray symbol
    words = body.split()
    if len(words) > _MAX_WORDS or (body.rstrip().endswith(".") and len(words) > 8):
        return False
    credential = _CREDENTIAL_RE.search(body) is not None
    letters = [ch for ch in name if ch.isalpha()]
    shouted = all(ch.isupper() for ch in letters) and not credential
    if shouted and len(name.split()) >= 3:
        return False  # a heading the section finder did not know
    if shouted and not any(_ACRONYM_RE.fullmatch(w.strip("(),.;:")) for w in name.split()):
        return False  # "COMPETENCIAS DIGITALES", but not "PHTLS (NAEMT)"
    if not credential and _JOB_WORD.search(name) and _AT.search(name):
        return False  # a headline ("Senior ML Engineer at Lumen Health")
    tokens = re.findall(r"[^\W\d_]+", name.casefold())
    if tokens and all(token in _HEADER_WORDS for token in tokens):
        return False  # "CREDENTIAL  ISSUER  STATUS"
    if not credential and len(name.split()) == 1 and not _ACRONYM_RE.fullmatch(name):
        return False  # one ordinary word ("Valid", "Rousseau"): no credential named
    if not credential and (_META_START_RE.match(name) or _STATUS_ONLY_RE.fullmatch(name)):
        return False
    if not credential and _SCHOOL_RE.search(body):
        return False  # a school or a school-leaving diploma read into the section
    acronym = any(_ACRONYM_RE.fullmatch(word.strip("(),.;:")) for word in name.split())
    if (
        not credential
        and not acronym
        and _YEAR_RE.search(body)
        and len(_WORDS_RE.findall(body)) <= 3
    ):
        return False  # a place and a date ("Stuttgart, im November 2026")
    if not credential and _COURSE_RE.match(strip_bullet(body)):
        return False  # a course, not a credential held ("Curso «IA en el aula», 30 h")
    if not credential and body.count(",") >= 2:
        return False  # a list of tools or activities ("GeoGebra, Python, LaTeX")
    if not credential and len(load_languages().language_words(body)) >= 2:
        return False  # "Spoken: English (native), Spanish (intermediate)"

    if not credential and body.rstrip().endswith(".") and len(words) > 4:
        return False  # a sentence ("Escalade, chorale, bénévolat chez Data for Good.")
    return credential or credential_heading
