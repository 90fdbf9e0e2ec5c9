"""Plain-text résumés: find the encoding, refuse binary junk.

Order of evidence: a byte-order mark (UTF-8/16/32); strict UTF-8; UTF-16 without a BOM
(every other byte NUL); otherwise ``charset-normalizer`` picks among legacy encodings
among common legacy encodings, ranked by its chaos and language-coherence measures with
ties going to the more common encoding (cp1252 first: charset-normalizer alone picks
exotic code pages for short Western text). Content with more than 1 % control bytes (or NULs that
are not UTF-16) is binary, not text, and is refused with ``unsupported_format``; a few
stray control bytes in otherwise good text are dropped by normalisation and reported.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from screener.errors import UnsupportedFormat
from screener.ingest.extracted import Extracted

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY = (
    "cp1252",
    "cp1250",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1257",
    "cp1255",
    "cp1256",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x0b\x1b")
_MAX_CONTROL_RATIO = 0.01
_NOT_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in _TEXT_CONTROLS)


def read_text(data: bytes) -> Extracted:
    """Decode a plain-text résumé into one page of text."""
    text, encoding = decode_bytes(data)
    return Extracted(pages=[text], encoding=encoding)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise for binary content."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], encoding), encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return _decode(data, utf16), utf16
    _refuse_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


_CHAOS_TIE = 0.01


def _decode_legacy(data: bytes) -> tuple[str, str]:
    matches = [match for match in from_bytes(data, cp_isolation=list(_LEGACY)) if match.encoding]
    if not matches:
        raise UnsupportedFormat("The file is neither a known document nor readable text.")
    # Chaos within _CHAOS_TIE of the least is a tie: a Portuguese cp1252 file reads a hair
    # less chaotic as cp1250 ("Săo", "experięncia"); coherence, then commonness, decide.
    least = min(m.chaos for m in matches)
    best = min(
        matches,
        key=lambda m: (
            m.chaos > least + _CHAOS_TIE,
            -round(m.coherence, 2),
            _LEGACY.index(m.encoding),
        ),
    )
    text = str(best)
    if best.encoding == "cp1252" and _turkish_in_cp1252(text):
        return data.decode("cp1254", errors="replace"), "cp1254"
    for common in _LEGACY[:1]:  # charset-normalizer drops encodings that decode alike
        if best.encoding != common and data.decode(common, errors="replace") == text:
            return text, common
    return text, best.encoding


# Turkish cp1254 read as cp1252 turns ı ş ğ İ Ş Ğ into Icelandic letters ("Öðrenmesi",
# "Kadýköy"); Icelandic itself writes á and æ, which Turkish never does.
_TURKISH_AS_ICELANDIC = re.compile(r"[ýþðÝÞÐ]")
_ICELANDIC_ONLY = re.compile(r"[áæÁÆ]")


def _turkish_in_cp1252(text: str) -> bool:
    return len(_TURKISH_AS_ICELANDIC.findall(text)) >= 3 and not _ICELANDIC_ONLY.search(text)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnsupportedFormat(f"The text is not valid {encoding}.") from exc


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in most odd (LE) or even (BE) positions of ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    half = len(sample) // 2
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    if odd_nuls > 0.6 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes) -> None:
    sample = data[:65536]
    controls = len(sample.translate(None, delete=_NOT_CONTROL))  # counted in C, not per byte
    if controls > _MAX_CONTROL_RATIO * len(sample):
        raise UnsupportedFormat("The file holds binary data, not text.", detected="binary")
