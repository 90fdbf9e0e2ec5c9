"""Decide a file's format from its bytes, never from its name alone.

Policy for names and contents that disagree (documented in docs/architecture.md):

* The content is a PDF or a DOCX but the name says otherwise (``cv.docx`` that is really a
  PDF): read it as what it is and record a ``type_mismatch`` warning, or refuse it with
  ``TypeMismatch`` when ``Limits.strict_types`` is set.
* The name says PDF or DOCX but the content is neither: refuse with ``TypeMismatch``;
  a file that claims a binary format and is not one is never guessed at.
* Anything else without a recognised signature is a candidate for plain text; the text
  reader then refuses binary junk with ``UnsupportedFormat``.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from typing import Literal

from screener.errors import Corrupt, Encrypted, InvalidJsonResume, TypeMismatch, UnsupportedFormat
from screener.ingest.jsonresume import looks_like_json_resume

Kind = Literal["pdf", "docx", "text", "jsonresume"]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML_MARKER = "EncryptionInfo".encode("utf-16-le")
_PDF_SEARCH_WINDOW = 1024  # the PDF spec lets junk precede the header; readers look this far

_OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b\x08", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "an executable"),
    (b"%!PS", "a PostScript file"),
)

_CLAIMS: dict[str, Kind | Literal["doc"]] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".txt": "text",
    ".text": "text",
    ".json": "jsonresume",
    ".doc": "doc",
}


@dataclass(frozen=True, slots=True)
class Sniffed:
    """The detected format and, when the file's name claimed another, that claim."""

    kind: Kind
    claimed: str | None


def claimed_kind(filename: str | None) -> str | None:
    """The format a file name's extension claims, or None when it claims none we know."""
    if not filename:
        return None
    return _CLAIMS.get(PurePath(filename).suffix.lower())


def sniff(data: bytes, filename: str | None, *, strict: bool = False) -> Sniffed:
    """Detect the format of ``data``; raise when it is not one Screener reads."""
    claimed = claimed_kind(filename)
    kind = _detect(data)
    if kind is None and looks_like_json_resume(data):
        kind = "jsonresume"
    if kind is None:
        if claimed == "jsonresume":
            raise InvalidJsonResume(
                "The .json file is not a JSON Resume: it needs an object with basics, work, "
                "education, skills, certificates or languages at its top level."
            )
        if claimed in ("pdf", "docx"):
            raise TypeMismatch(
                f"The file is named as {claimed.upper()} but its content is not one.",
                claimed=claimed,
            )
        kind = "text"
    mismatch = claimed is not None and claimed != kind and kind != "text"
    if mismatch and strict:
        raise TypeMismatch(
            f"The file is named as {str(claimed).upper()} but its content is {kind.upper()}.",
            claimed=claimed,
            detected=kind,
        )
    return Sniffed(kind=kind, claimed=claimed if mismatch else None)


def _detect(data: bytes) -> Kind | None:
    """PDF or DOCX by signature, None for no known signature; raise for known others."""
    if b"%PDF-" in data[:_PDF_SEARCH_WINDOW]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _detect_zip(data)
    if data.startswith(_OLE2):
        if _ENCRYPTED_OOXML_MARKER in data:
            raise Encrypted("The Word document is password-protected.")
        raise UnsupportedFormat(
            "Legacy Word (.doc) and other OLE files are not read; save it as DOCX or PDF.",
            detected="ole2",
        )
    for signature, what in _OTHER_SIGNATURES:
        if data.startswith(signature):
            raise UnsupportedFormat(f"The file is {what}, not a résumé document.", detected=what)
    return None


def _detect_zip(data: bytes) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise Corrupt("The file is a damaged zip archive.") from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        raise UnsupportedFormat("Spreadsheets and slide decks are not résumés Screener reads.")
    raise UnsupportedFormat("The zip archive is not a Word document.", detected="zip")
