"""Postings read through the safe ingest: text, Markdown, HTML, JSON-LD, DOCX and PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener.drafting import draft_bytes, read_posting, read_posting_file
from screener.errors import EmptyFile, TooLarge, UnsupportedFormat
from screener.ingest.limits import Limits
from tests import factory

LINES = ["Staff Nurse", "", "Requirements", "", "- Active RN licence", "- BLS certification"]
JOB_POSTING = {
    "@type": "JobPosting",
    "title": "Staff Nurse",
    "qualifications": ["Active RN licence", "BLS certification"],
    "skills": ["Patient assessment"],  # a JSON Resume has "skills" too: never read as one
}


def _required(data: bytes, filename: str) -> list[str]:
    draft = draft_bytes(data, filename, rules_id="nurse")
    return [c.id for c in draft.rules.ruleset.required]


@pytest.mark.parametrize(
    ("data", "filename", "read_from"),
    [
        ("\n".join(LINES).encode("utf-8"), "posting.txt", "text"),
        ("\n".join(LINES).replace("Requirements", "## Requirements").encode(), "p.md", "text"),
        ("\n".join(LINES).encode("utf-16"), "posting.txt", "text"),
        (
            b"<html><body><h1>Staff Nurse</h1><h2>Requirements</h2><ul><li>Active RN licence"
            b"</li><li>BLS certification</li></ul></body></html>",
            "posting.html",
            "html",
        ),
        (json.dumps(JOB_POSTING).encode(), "posting.json", "jobposting"),
        (
            b"<html><head><script type='application/ld+json'>"
            + json.dumps(JOB_POSTING).encode()
            + b"</script></head><body>Apply now</body></html>",
            "page.html",
            "jobposting",
        ),
        (factory.docx_document([line for line in LINES if line]), "posting.docx", "docx"),
        (factory.pdf_pages([[line for line in LINES if line]]), "posting.pdf", "pdf"),
    ],
    ids=["txt", "md", "utf16", "html", "json-ld", "html-json-ld", "docx", "pdf"],
)
def test_every_format_drafts_the_same_requirements(
    data: bytes, filename: str, read_from: str
) -> None:
    assert read_posting(data, filename).read_from == read_from
    assert _required(data, filename)[:2] == ["registered-nurse", "aha-bls"]


def test_offsets_point_into_the_text_as_read() -> None:
    data = b"<html><body><h2>Requirements</h2><ul><li>Go &amp; Java</li></ul></body></html>"
    draft = draft_bytes(data, "p.html", rules_id="x")
    source = draft.rules.ruleset.required[0].source
    assert source is not None
    assert draft.posting.text[source.start : source.end] == source.text == "Go & Java"


def test_bad_input_gets_the_ingest_codes(tmp_path: Path) -> None:
    with pytest.raises(EmptyFile):
        read_posting(b"", "p.json")
    with pytest.raises(TooLarge):
        read_posting(b"x" * 2048, "p.txt", Limits(max_bytes=1024))
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(TooLarge):
        read_posting_file(big, Limits(max_bytes=1024))
    with pytest.raises(UnsupportedFormat, match="JobPosting"):
        read_posting(b'{"@type": "Organization"}', "org.json")
    with pytest.raises(UnsupportedFormat):
        read_posting(b"\x00\x01\x02" * 400, "binary.txt")


def test_a_text_that_starts_with_a_brace_is_text() -> None:
    text = read_posting(b"{Company} is hiring\n\nRequirements\n\n- Python\n", "p.txt")
    assert text.read_from == "text"


def test_a_json_ld_summary_gives_way_to_the_page() -> None:
    summary = {"@type": "JobPosting", "title": "Staff Nurse", "description": "Join our ward."}
    page = (
        b"<html><head><script type='application/ld+json'>"
        + json.dumps(summary).encode()
        + b"</script></head><body><h1>Staff Nurse</h1><p>We run a 30-bed surgical ward and "
        b"look for a nurse who likes a busy shift.</p><h2>Requirements</h2><ul>"
        b"<li>Active RN licence</li><li>BLS certification</li></ul></body></html>"
    )
    assert read_posting(page, "page.html").read_from == "html"
    assert _required(page, "page.html")[:2] == ["registered-nurse", "aha-bls"]
