"""Blind mode on a candidate's page: names and contact details masked in the résumé's text.

Masking keeps every character's offset (each hidden character becomes ``█``), so the
evidence marks stay where they were. What is hidden: the contact details extraction found
(name, e-mails, phones, links), the words of the e-mail's local part and of the file's
name (they usually spell the person's name), and the first line of the text when it reads
like a name line (no digit, a few words). Matching ignores case and accents, so
"Adébáyọ̀" is hidden by "adebayo".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

MASK = "█"
# Words of file names and e-mail addresses that are not a person's name.
_NOT_NAMES = frozenset(
    [
        "resume",
        "résumé",
        "cv",
        "curriculum",
        "vitae",
        "final",
        "updated",
        "new",
        "copy",
        "draft",
        "english",
        "mail",
        "email",
        "contact",
        "info",
        "hello",
        "me",
        "jobs",
        "job",
        "work",
        "career",
        "careers",
        "the",
        "and",
        "of",
    ]
)
_SPLIT = re.compile(r"[\W\d_]+")


def fold(char: str) -> str:
    """A character without accents, case-folded ("Ọ̀" → "o"); "" for a combining mark."""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded, and for each folded character the offset it came from."""
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def secrets_of(profile: dict[str, Any] | None, filename: str | None) -> list[str]:
    """What identifies the candidate: contact details and the words that spell a name."""
    contact = (profile or {}).get("contact") or {}
    found = [str(contact.get("name") or "")]
    for key in ("emails", "phones", "links"):
        found.extend(str(value) for value in contact.get(key) or ())
    sources = [str(e).split("@", 1)[0] for e in contact.get("emails") or ()]
    if filename:
        sources.append(filename.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    for source in sources:
        found.extend(
            word
            for word in _SPLIT.split(source)
            if len(word) >= 3 and fold_all(word) not in _NOT_NAMES
        )
    return [value for value in found if value.strip()]


def fold_all(text: str) -> str:
    """``text`` without accents, case-folded."""
    return "".join(fold(char) for char in text)


def mask(text: str, secrets: Iterable[str], *, name_line: bool = True) -> str:
    """``text`` with each whole-word occurrence of a secret (and of each of its words)
    masked, ignoring case and accents, and (``name_line``) its first line when it reads
    like a name line."""
    needles: set[str] = set()
    for secret in secrets:
        folded = fold_all(secret.strip())
        if len(folded) >= 2:
            needles.add(folded)
            needles.update(w for w in re.split(r"[\s,|/]+", folded) if len(w) >= 2)
    hidden = [False] * len(text)
    folded, origin = _folded(text)
    if needles:
        ordered = sorted(needles, key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
        for match in pattern.finditer(folded):
            for index in range(origin[match.start()], origin[match.end() - 1] + 1):
                hidden[index] = True
    if name_line:
        _hide_name_line(text, hidden)
    return "".join(
        MASK if hide and not char.isspace() else char
        for char, hide in zip(text, hidden, strict=True)
    )


def masked_outcome(
    outcome: dict[str, Any], text: str, masked: str, secrets: Sequence[str]
) -> dict[str, Any]:
    """A criterion's outcome whose reason and hint show its quotes as the masked text does
    (a quote from the name line is hidden there too) and no secret anywhere."""
    quotes = []
    for evidence in outcome.get("evidence") or ():
        start, end = int(evidence.get("start", -1)), int(evidence.get("end", -1))
        if 0 <= start < end <= len(text) and len(masked) == len(text):
            quotes.append((text[start:end], masked[start:end]))
    quotes.sort(key=lambda pair: len(pair[0]), reverse=True)  # a longer quote first
    shown = dict(outcome)
    for key in ("reason", "to_meet"):
        value = outcome.get(key)
        if not value:
            continue
        words = str(value)
        for quote, hidden in quotes:
            if quote != hidden:
                words = words.replace(quote, hidden)
        shown[key] = mask(words, secrets, name_line=False)
    return shown


def _hide_name_line(text: str, hidden: list[bool]) -> None:
    """Hide the first non-empty line when it has no digit and at most eight words."""
    match = re.search(r"\S[^\n]*", text)
    if match is None:
        return
    line = match.group()
    if re.search(r"\d|@", line) or len(line.split()) > 8:
        return
    for index in range(match.start(), match.end()):
        hidden[index] = True
