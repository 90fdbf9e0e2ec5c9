"""Contact details: name, e-mail addresses, phone numbers and links (pure; no spaCy).

Contact details are kept apart in :class:`~screener.models.profile.Contact`: they can be
redacted for blind review and are **never an input to any score**.

Rules:

* e-mails: ``local@domain.tld``.
* phones: a run of digits, spaces, dots, dashes and parentheses, optionally led by ``+``,
  holding 7-15 digits ("+44 7700 900123", "(555) 010-0123", "555-0147"). Not a phone:
  a date or a range of years ("2019 – 2021", "2020-01-15"), a run whose groups are all
  years, or digits glued to letters.
* links: ``http(s)://...``, ``www....``, and bare ``linkedin.com/in/...`` /
  ``github.com/...``; trailing punctuation dropped.
* name: the first non-empty line that looks like a person's name (2-4 words, each
  starting with a capital letter or a particle such as "de", "van"; no digits, no "@",
  no job or heading word), skipping heading lines such as "RESUME" or "Curriculum
  Vitae". When that line is no name (a sidebar or an avatar's initials come first), the
  first name-like line one of whose words is part of an e-mail address or a link; else
  ``None``. The words (titles, job and address words, particles) are in
  ``taxonomy/contact.yaml``.
"""

from __future__ import annotations

import re
import unicodedata

from screener.models.profile import Contact
from screener.taxonomy.loader import load_contact_words
from screener.taxonomy.words import word_set, words_alternation, words_pattern

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_LINK = re.compile(
    r"\bhttps?://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+"
    r"|\b(?:[a-z]{2,3}\.)?linkedin\.com/in/[^\s<>\"')\]]+|\bgithub\.com/[^\s<>\"')\]]+",
    re.IGNORECASE,
)
# An "@" or a link hint, searched once over the text (no hint spans a line break).
_HINT = re.compile(r"@|https?:|www\.|linkedin\.|github\.", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d(?![\w])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ANY_DIGIT = re.compile(r"\d")
_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}\.\d{2}")
_WORDS = load_contact_words()
_HEADINGS = word_set(_WORDS.title_words)
_NOT_NAME = words_pattern(_WORDS.not_name_words)
_NAME_WORD = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*|(?:" + words_alternation(_WORDS.name_particles) + ")"
)


def _phones(text: str) -> list[str]:
    found: list[str] = []
    for match in _PHONE.finditer(text):
        raw = match.group().strip(" .-")
        digits = re.sub(r"\D", "", raw)
        if not 7 <= len(digits) <= 15:
            continue
        if _DATE.fullmatch(raw.strip("()")):
            continue
        groups = re.findall(r"\d+", raw)
        if all(_YEAR.fullmatch(group) for group in groups):
            continue  # "2019 - 2021", "2019 2020"
        found.append(raw)
    return found


def _links(text: str) -> list[str]:
    return [match.group().rstrip(".,;:") for match in _LINK.finditer(text)]


def _looks_like_name(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 4 or "@" in line or _ANY_DIGIT.search(line):
        return False
    if _NOT_NAME.search(line):
        return False
    return all(_NAME_WORD.fullmatch(word.strip(",")) for word in words)


def _name(text: str, handles: str) -> str | None:
    for line in text.split("\n"):
        stripped = " ".join(line.split())
        if not stripped:
            continue
        if stripped.casefold().strip(" :-–—") in _HEADINGS:
            continue
        if _looks_like_name(stripped):
            return stripped
        break
    return _name_in_handles(text, handles)


_NAME_SCAN_LINES = 150


def _name_in_handles(text: str, handles: str) -> str | None:
    """A name-like line, among the first lines, one of whose words is in an e-mail address
    or link ("Mateus Carvalho Lima" after a sidebar, with mateus.lima@example.com)."""
    if not handles:
        return None
    lines = text.split("\n")[:_NAME_SCAN_LINES]
    for index, line in enumerate(lines):
        stripped = " ".join(line.split())
        if not stripped or not _looks_like_name(stripped):
            continue
        words = (_plain(word) for word in stripped.split())
        if any(len(word) >= _HANDLE_WORD and word in handles for word in words):
            # A display name set over two lines: "CAMILA" over "IBÁÑEZ SOTO".
            above = " ".join(lines[index - 1].split()) if index else ""
            joined = _looks_like_name(f"{above} {stripped}") and len(above.split()) == 1
            if joined and _plain(above) in handles and len(_plain(above)) >= _HANDLE_WORD:
                return f"{above} {stripped}"
            return stripped
    return None


_HANDLE_WORD = 3  # shorter name parts ("Li", "de") occur in any address by chance


def _plain(value: str) -> str:
    """Lowercase letters without accents: "Sérgio" → "sergio"."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def extract_contact(text: str) -> Contact:
    """The contact details of a résumé text (see the module docstring)."""
    # The email and link patterns are costly to try at every word: only lines that could
    # hold one are searched (same results, a fraction of the time).
    lines = text.split("\n")
    hinted = {text.count("\n", 0, hint.start()) for hint in _HINT.finditer(text)}
    candidates = "\n".join(lines[i] for i in sorted(hinted))
    emails = _unique([match.group() for match in _EMAIL.finditer(candidates)])
    links = _unique(_links(candidates))
    scrubbed = "\n".join(
        _LINK.sub(" ", _EMAIL.sub(" ", line)) if i in hinted else line
        for i, line in enumerate(lines)
    )
    handles = " ".join(_plain(value) for value in (*emails, *links))
    return Contact(
        name=_name(text, handles),
        emails=emails,
        phones=_unique(_phones(scrubbed)),
        links=links,
    )
