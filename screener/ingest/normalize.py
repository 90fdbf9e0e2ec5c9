"""Text normalisation applied once, in ingest, before any offset is handed out.

NFC composition; CR/LF and form feeds become ``\\n``; typographic ligatures are expanded
(PDFs are full of "ﬁ"); zero-width, bidi-control and other invisible characters are
removed and counted; exotic spaces become plain spaces; control characters are dropped.
Invisible characters sitting inside words, or Latin words salted with look-alike Cyrillic
or Greek letters, are the usual tricks to hide keywords from (or stuff them into) a
screener, so they are reported as ``obfuscated_text``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space/non-joiner/joiner, word joiner, BOM
    "\u00ad\u180e\u2061\u2062\u2063\u2064"  # soft hyphen, Mongolian vowel sep., invisible math
    "\u200e\u200f\u061c"  # left-to-right / right-to-left / Arabic letter marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
)
_SPACES = "\u00a0" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u202f\u205f\u3000"
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_CONTROLS = [chr(c) for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0))]

_TRANSLATION: dict[int, str | None] = {ord(ch): None for ch in _INVISIBLE}
_TRANSLATION.update({ord(ch): " " for ch in _SPACES})
_TRANSLATION.update({ord(lig): plain for lig, plain in _LIGATURES.items()})
_TRANSLATION.update(dict.fromkeys(range(57344, 63744), " "))  # icon-font glyphs
_TRANSLATION[0xFFFC] = " "
_CONTROL_TABLE: dict[int, str | None] = {ord(ch): None for ch in _CONTROLS}

_NEEDS_TRANSLATION = re.compile(f"[{_INVISIBLE}{_SPACES}{''.join(_LIGATURES)}\ue000-\uf8ff\ufffc]")
_HAS_CONTROL = re.compile(f"[{re.escape(''.join(_CONTROLS))}]")
_IN_WORD_INVISIBLE = re.compile(f"(?<=\\w)[{_INVISIBLE}]+(?=\\w)")
_GREEK_CYRILLIC = "\u0370-\u03ff\u0400-\u04ff"
_MIXED_SCRIPT = re.compile(f"[A-Za-z][{_GREEK_CYRILLIC}]|[{_GREEK_CYRILLIC}][A-Za-z]")
_NEWLINES = re.compile(r"\r\n?|[\f\v\x1c\x1d\x1e\x85\u2028\u2029]")
# A pattern that starts with a lookbehind or an alternation is tried at every position;
# these one-class patterns are skipped through at C speed and tell when the others can
# find anything at all (in most texts they cannot).
_HAS_NEWLINE = re.compile(r"[\r\f\v\x1c\x1d\x1e\x85\u2028\u2029]")
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
_HAS_GREEK_CYRILLIC = re.compile(f"[{_GREEK_CYRILLIC}]")


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and what was removed from it."""

    text: str
    invisible_removed: int
    hidden_in_words: int
    mixed_script_words: int
    controls_removed: int


def normalise_text(raw: str) -> Normalised:
    """Normalise one page (or the whole) of extracted text; see the module docstring."""
    text = _NEWLINES.sub("\n", raw) if _HAS_NEWLINE.search(raw) else raw
    hidden_in_words = 0
    if _HAS_INVISIBLE.search(text):
        hidden_in_words = sum(len(m.group()) for m in _IN_WORD_INVISIBLE.finditer(text))
    invisible_removed = controls_removed = 0
    if _NEEDS_TRANSLATION.search(text):  # str.translate with a dict is slow: only when needed
        before = len(text)
        text = text.translate(_TRANSLATION)
        invisible_removed = before - len(text) + _count_ligature_growth(raw)
    if _HAS_CONTROL.search(text):
        before = len(text)
        text = text.translate(_CONTROL_TABLE)
        controls_removed = before - len(text)
    text = unicodedata.normalize("NFC", text)
    mixed = len(_MIXED_SCRIPT.findall(text)) if _HAS_GREEK_CYRILLIC.search(text) else 0
    return Normalised(text, max(invisible_removed, 0), hidden_in_words, mixed, controls_removed)


def _count_ligature_growth(raw: str) -> int:
    """Characters added by expanding ligatures, so they are not miscounted as removals."""
    return sum((len(_LIGATURES[ch]) - 1) * raw.count(ch) for ch in _LIGATURES if ch in raw)
