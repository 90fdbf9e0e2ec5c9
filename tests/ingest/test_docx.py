from __future__ import annotations

import io
import zipfile

import pytest

from screener.errors import ArchiveBomb, Corrupt, ScreenerError
from screener.ingest.docx import read_docx
from screener.ingest.limits import Limits
from tests import factory
from tests.factory import p

LIMITS = Limits()
TEXT_BOX = (
    "<w:p><w:r><w:t>Anchor paragraph</w:t></w:r><w:r><mc:AlternateContent><mc:Choice "
    'Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
    + p("Boxed skills: Python, Java")
    + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
    + p("Boxed skills: Python, Java")
    + "</w:txbxContent></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r></w:p>"
)


def _text(data: bytes) -> str:
    return "\n".join(read_docx(data, LIMITS).pages)


def test_paragraphs_table_header_and_footer_in_document_order() -> None:
    data = factory.docx_document(
        ["Dana Whitfield", "SKILLS"],
        table=[["Python", "Java"], ["SQL", "Spark"]],
        header="dana@example.com",
        footer="Page 1",
    )
    assert _text(data).splitlines() == [
        "dana@example.com",
        "Dana Whitfield",
        "SKILLS",
        "Python\tJava",
        "SQL\tSpark",
        "Page 1",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (p("one") + p("two"), "one\ntwo"),
        (TEXT_BOX, "Anchor paragraph\nBoxed skills: Python, Java"),
        (
            "<w:p><w:r><w:t>Tab</w:t><w:tab/><w:t>bed</w:t><w:br/><w:t>next</w:t></w:r></w:p>",
            "Tab\tbed\nnext",
        ),
        ("<w:p><w:r><w:t>co</w:t></w:r><w:r><w:noBreakHyphen/><w:t>op</w:t></w:r></w:p>", "co-op"),
        (
            "<w:p><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>",
            "inserted",
        ),
        (
            '<w:p><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>'
            "<w:hyperlink><w:r><w:t>link text</w:t></w:r></w:hyperlink></w:p>",
            "link text",
        ),
        (
            "<w:sdt><w:sdtContent>" + p("in a content control") + "</w:sdtContent></w:sdt>",
            "in a content control",
        ),
        (
            "<w:tbl><w:tr><w:tc>"
            + p("outer")
            + "<w:tbl><w:tr><w:tc>"
            + p("inner")
            + "</w:tc></w:tr></w:tbl></w:tc><w:tc>"
            + p("right")
            + "</w:tc></w:tr></w:tbl>",
            # the nested table is read, below "outer" in its column (it was once joined
            # onto the same line; the row's paragraphs now keep their lines)
            "outer\tright\ninner",
        ),
        # a data row whose value cell holds a few paragraphs: each on its own line, in
        # the value's column (a Europass "Certifications | entry, entry, entry" row)
        (
            "<w:tbl><w:tr><w:tc>"
            + p("Certifications")
            + "</w:tc><w:tc>"
            + "".join(p(x) for x in ("AWS ML Specialty (2022)", "CFA Level I – passed"))
            + "</w:tc></w:tr></w:tbl>",
            "Certifications\tAWS ML Specialty (2022)\n\tCFA Level I – passed",
        ),
        # a layout table: a sidebar cell of many paragraphs is read as its own block
        (
            "<w:tbl><w:tr><w:tc>"
            + "".join(p(x) for x in ("CONTACT", "Milano", "SKILLS", "Python"))
            + "</w:tc><w:tc>"
            + "".join(p(x) for x in ("EXPERIENCE", "ML Engineer", "2022 – oggi"))
            + "</w:tc></w:tr></w:tbl>",
            "CONTACT\nMilano\nSKILLS\nPython\n\nEXPERIENCE\nML Engineer\n2022 – oggi",
        ),
    ],
)
def test_body_text(body: str, expected: str) -> None:
    assert _text(factory.raw_docx(body)) == expected


def test_page_breaks_split_pages() -> None:
    body = p("page one") + '<w:p><w:r><w:br w:type="page"/><w:t>page two</w:t></w:r></w:p>'
    assert read_docx(factory.raw_docx(body), LIMITS).pages == ["page one\n", "page two"]


@pytest.mark.parametrize(
    "properties",
    ["<w:vanish/>", '<w:sz w:val="2"/>', '<w:color w:val="FFFFFF"/>'],
)
def test_hidden_runs_are_removed_and_counted(properties: str) -> None:
    extracted = read_docx(factory.raw_docx(p("Shown") + p("stuffed keywords", properties)), LIMITS)
    assert "stuffed" not in "".join(extracted.pages)
    assert [(w.code, w.count) for w in extracted.warnings] == [("hidden_text", 16)]


def test_white_text_on_shading_is_kept() -> None:
    body = (
        '<w:p><w:pPr><w:shd w:val="clear" w:fill="1F3864"/></w:pPr><w:r><w:rPr>'
        '<w:color w:val="FFFFFF"/></w:rPr><w:t>Sidebar heading</w:t></w:r></w:p>'
    )
    extracted = read_docx(factory.raw_docx(body), LIMITS)
    assert extracted.pages == ["Sidebar heading"]
    assert extracted.warnings == []


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
        '<!DOCTYPE w:document SYSTEM "http://example.invalid/evil.dtd">',
    ],
)
def test_dtds_and_entities_are_refused(prolog: str) -> None:
    with pytest.raises(Corrupt) as caught:
        read_docx(factory.raw_docx(p("&xxe;" if "xxe" in prolog else "x"), prolog=prolog), LIMITS)
    assert caught.value.details == {"reason": "dtd"}


def test_zip_bomb_is_refused_before_inflating() -> None:
    with pytest.raises(ArchiveBomb):
        read_docx(factory.docx_zip_bomb(200), LIMITS)


def test_high_ratio_entry_is_refused_under_the_size_limit() -> None:
    with pytest.raises(ArchiveBomb) as caught:
        read_docx(factory.docx_zip_bomb(20), LIMITS)
    assert caught.value.details["ratio"] > 200


def test_too_many_entries_are_refused() -> None:
    extra = {f"word/media/{index}.xml": b"<x/>" for index in range(LIMITS.max_zip_entries)}
    with pytest.raises(ArchiveBomb):
        read_docx(factory.raw_docx(p("x"), extra=extra), LIMITS)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda data: data[: len(data) // 2],
        lambda data: factory.raw_docx("<w:p><w:r><w:t>unclosed</w:r></w:p>"),
        lambda data: _without("word/document.xml", data),
    ],
)
def test_damaged_documents_are_corrupt(mutate: object) -> None:
    data = factory.docx_document(["hello"])
    with pytest.raises(ScreenerError) as caught:
        read_docx(mutate(data), LIMITS)  # type: ignore[operator]
    assert caught.value.code == "corrupt"


def _without(name: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for entry in source.infolist():
            if entry.filename != name:
                target.writestr(entry, source.read(entry))
    return buffer.getvalue()
