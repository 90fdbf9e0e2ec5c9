"""Blind output: names, contact details and age-revealing dates hidden, offsets kept.

Below both the API (``?blind=true``) and the web page's blind mode, so the two hide the
same things the same way. Masking keeps every character's offset (each hidden character
becomes ``█``), so the evidence marks stay where they were. What is hidden:

* the contact details extraction found (name, e-mails, phones, links), the words of the
  e-mail's local part and of the file's name (they usually spell the person's name), and
  the first line of the text when it reads like a name line (no digit, a few words).
  Matching ignores case and accents, so "Adébáyọ̀" is hidden by "adebayo";
* the dates that reveal age, in the text, in every quote and reason, and the years of a
  profile's degrees, certifications and positions (``screener.report.age_dates``).

``mask`` and ``masked_outcome`` work on text; ``blind_outcome``, ``blind_screening`` and
``blind_profile`` on the stored JSON of a Screening and a Profile (pure functions: the
input is never changed).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from screener.report.age_dates import MASK as MASK
from screener.report.age_dates import blank_age_dates

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


def blind_text(text: str, secrets: Sequence[str]) -> str:
    """The résumé's text as blind output shows it: secrets masked, the name line hidden,
    age-revealing dates blanked; the same length as ``text``."""
    return blank_age_dates(mask(text, secrets))


def _blind_words(words: str, secrets: Sequence[str]) -> str:
    return blank_age_dates(mask(words, secrets, name_line=False))


def _blind_evidence(
    evidence: dict[str, Any], text: str | None, blinded: str | None, secrets: Sequence[str]
) -> dict[str, Any]:
    """A quote as the blind text shows it at its offsets (else masked on its own)."""
    quote = str(evidence.get("text") or "")
    start, end = evidence.get("start"), evidence.get("end")
    shown = dict(evidence)
    if (
        text is not None
        and blinded is not None
        and isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start <= end <= len(text)
        and text[start:end] == quote
    ):
        shown["text"] = blinded[start:end]
    else:
        shown["text"] = _blind_words(quote, secrets)
    return shown


def blind_outcome(
    outcome: dict[str, Any], text: str | None, blinded: str | None, secrets: Sequence[str]
) -> dict[str, Any]:
    """A criterion's outcome with its quotes, reason and hint blind (see ``blind_text``)."""
    if text is not None and blinded is not None and len(blinded) == len(text):
        shown = masked_outcome(outcome, text, blinded, secrets)
    else:
        shown = dict(outcome)
    for key in ("reason", "to_meet"):
        if shown.get(key):
            shown[key] = _blind_words(str(shown[key]), secrets)
    shown["evidence"] = [
        _blind_evidence(e, text, blinded, secrets) for e in outcome.get("evidence") or ()
    ]
    return shown


def blind_screening(
    screening: dict[str, Any], text: str | None, secrets: Sequence[str]
) -> dict[str, Any]:
    """A Screening's JSON as blind output gives it: no file name, every outcome blind."""
    blinded = blind_text(text, secrets) if text is not None else None
    shown = dict(screening)
    shown["outcomes"] = [
        blind_outcome(o, text, blinded, secrets) for o in screening.get("outcomes") or ()
    ]
    candidate = dict(screening.get("candidate") or {})
    candidate["filename"] = None
    shown["candidate"] = candidate
    return shown


_MONTHS = ("start", "end")


def blind_profile(
    profile: dict[str, Any], text: str | None, secrets: Sequence[str]
) -> dict[str, Any]:
    """A Profile's JSON with no contact details, the years of degrees, certifications
    and positions blanked (a year becomes null, ``2016-05`` becomes ``████-05``) and every
    quote blind."""
    blinded = blind_text(text, secrets) if text is not None else None

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            if "extractor" in value and "text" in value:  # an Evidence
                return _blind_evidence(value, text, blinded, secrets)
            return {k: _field(k, v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [walk(item) for item in value]
        return value

    def _field(key: str, value: Any) -> Any:
        if key == "year" and isinstance(value, int):
            return None
        if key in _MONTHS and isinstance(value, str):
            return blank_age_dates(value)
        if key == "intervals" and isinstance(value, list | tuple):
            return [[blank_age_dates(str(month)) for month in pair] for pair in value]
        if key in ("institution", "organisation", "title", "field_text", "name"):
            return _blind_words(value, secrets) if isinstance(value, str) else value
        return walk(value)

    shown: dict[str, Any] = walk(dict(profile))
    shown["contact"] = {"name": None, "emails": [], "phones": [], "links": []}
    return shown
