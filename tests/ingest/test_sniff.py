from __future__ import annotations

import io
import zipfile

import pytest

from screener.errors import Corrupt, Encrypted, ScreenerError, TypeMismatch, UnsupportedFormat
from screener.ingest.sniff import claimed_kind, sniff
from tests import factory

PDF = b"%PDF-1.7\n..."


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = factory.raw_docx(factory.p("hello"))


@pytest.mark.parametrize(
    ("data", "filename", "kind", "claimed"),
    [
        (PDF, "cv.pdf", "pdf", None),
        (PDF, None, "pdf", None),
        (b"\x00junk before the header %PDF-1.4", "cv.pdf", "pdf", None),
        (PDF, "cv.docx", "pdf", "docx"),
        (PDF, "cv.txt", "pdf", "text"),
        (DOCX, "cv.docx", "docx", None),
        (DOCX, "cv.pdf", "docx", "pdf"),
        (DOCX, "CV.DOCX", "docx", None),
        (b"Plain text resume", "cv.txt", "text", None),
        (b"Plain text resume", None, "text", None),
        (b"Plain text resume", "cv.md", "text", None),
    ],
)
def test_sniff_detects_kind_by_content(
    data: bytes, filename: str | None, kind: str, claimed: str | None
) -> None:
    sniffed = sniff(data, filename)
    assert (sniffed.kind, sniffed.claimed) == (kind, claimed)


@pytest.mark.parametrize(
    ("data", "filename", "error"),
    [
        (b"Plain text named as a PDF", "cv.pdf", TypeMismatch),
        (b"Plain text named as a DOCX", "cv.docx", TypeMismatch),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "photo.png", UnsupportedFormat),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "scan.jpg", UnsupportedFormat),
        (b"{\\rtf1\\ansi resume}", "cv.rtf", UnsupportedFormat),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "cv.doc", UnsupportedFormat),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le"),
            "cv.docx",
            Encrypted,
        ),
        (b"PK\x03\x04 this is not really a zip", "cv.docx", Corrupt),
        (_zip({"xl/workbook.xml": b"<x/>"}), "cv.xlsx", UnsupportedFormat),
        (_zip({"notes.txt": b"hello"}), "cv.docx", UnsupportedFormat),
    ],
)
def test_sniff_refuses(data: bytes, filename: str, error: type[ScreenerError]) -> None:
    with pytest.raises(error):
        sniff(data, filename)


def test_strict_types_refuses_a_renamed_file() -> None:
    with pytest.raises(TypeMismatch) as caught:
        sniff(PDF, "cv.docx", strict=True)
    assert caught.value.details == {"claimed": "docx", "detected": "pdf"}


@pytest.mark.parametrize(
    ("filename", "claim"),
    [
        ("a.PDF", "pdf"),
        ("a.b.docx", "docx"),
        ("a.txt", "text"),
        ("a.doc", "doc"),
        ("a", None),
        (None, None),
        ("a.odt", None),
    ],
)
def test_claimed_kind(filename: str | None, claim: str | None) -> None:
    assert claimed_kind(filename) == claim
