from __future__ import annotations

import pytest

from screener.errors import EmptyFile, ScreenerError, TextTooLong, TooLarge, TypeMismatch
from screener.ingest.limits import Limits
from screener.ingest.reader import read_document
from tests import factory


@pytest.mark.parametrize(
    ("data", "filename", "limits", "code"),
    [
        (b"", "cv.txt", Limits(), "empty_file"),
        (b"", None, Limits(), "empty_file"),
        (b"   \n\t  \n", "cv.txt", Limits(), "empty_file"),
        (b"\xef\xbb\xbf", "cv.txt", Limits(), "empty_file"),
        (b"x" * 101, "cv.txt", Limits(max_bytes=100), "too_large"),
        (b"word " * 100, "cv.txt", Limits(max_chars=50), "text_too_long"),
        (b"plain text", "cv.pdf", Limits(), "type_mismatch"),
        (factory.docx_document([""]), "cv.docx", Limits(), "empty_file"),
    ],
)
def test_error_codes(data: bytes, filename: str | None, limits: Limits, code: str) -> None:
    with pytest.raises(ScreenerError) as caught:
        read_document(data, filename, limits)
    assert caught.value.code == code


def test_error_classes_carry_their_codes() -> None:
    assert (EmptyFile.code, TooLarge.code, TextTooLong.code, TypeMismatch.code) == (
        "empty_file",
        "too_large",
        "text_too_long",
        "type_mismatch",
    )


def test_a_pdf_named_docx_is_read_as_pdf_with_a_warning() -> None:
    document = read_document(factory.pdf_pages([factory.RESUME_LINES]), "cv.docx")
    assert document.source.media_type == "application/pdf"
    assert "Purdue University" in document.text
    assert [w.code for w in document.warnings] == ["type_mismatch"]


def test_a_pdf_named_docx_is_refused_when_strict() -> None:
    with pytest.raises(TypeMismatch):
        read_document(
            factory.pdf_pages([factory.RESUME_LINES]), "cv.docx", Limits(strict_types=True)
        )


def test_source_identifies_the_file_without_its_contents() -> None:
    data = "Zoë Ng\nPython".encode("utf-16")
    source = read_document(data, "zoe.txt").source
    assert source.model_dump() == {
        "filename": "zoe.txt",
        "sha256": __import__("hashlib").sha256(data).hexdigest(),
        "media_type": "text/plain",
        "size": len(data),
        "encoding": "utf-16-le",
    }


def test_obfuscated_text_is_reported() -> None:
    document = read_document("Senior Ja\u200bva and Pуthon developer".encode(), "cv.txt")
    assert document.text == "Senior Java and Pуthon developer"
    assert document.removed_characters == 1
    assert [(w.code, w.count) for w in document.warnings] == [("obfuscated_text", 2)]


def test_control_characters_are_removed_and_reported() -> None:
    document = read_document(b"Python\x07 developer" + b" with Java and SQL" * 10, "cv.txt")
    assert "\x07" not in document.text
    assert [(w.code, w.count) for w in document.warnings] == [("control_characters_removed", 1)]


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (factory.pdf_pages([factory.RESUME_LINES, ["page two"]]), "cv.pdf"),
        (factory.docx_document(["Dana", "Python"], table=[["a", "b"]]), "cv.docx"),
        ("Zoë\r\nPython".encode("cp1252"), "cv.txt"),
    ],
)
def test_the_same_bytes_give_byte_identical_json(data: bytes, filename: str) -> None:
    first = read_document(data, filename).model_dump_json()
    assert read_document(data, filename).model_dump_json() == first
