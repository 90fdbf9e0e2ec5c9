"""Row names: the stem, then as much of the path as it takes to be unique."""

from __future__ import annotations

from screener.report.names import row_names, short_names
from tests.report import failed, screened


def test_stems_when_they_are_unique() -> None:
    names = short_names(["/a/b/jane.pdf", "/a/c/john.docx", "zoe.txt"])
    assert names == {"/a/b/jane.pdf": "jane", "/a/c/john.docx": "john", "zoe.txt": "zoe"}


def test_a_shared_stem_adds_the_extension_then_the_folders() -> None:
    names = short_names(["in/cv.pdf", "in/cv.docx", "march/x/cv.txt", "april/x/cv.txt"])
    assert names["in/cv.pdf"] == "cv.pdf"
    assert names["in/cv.docx"] == "cv.docx"
    assert names["march/x/cv.txt"] == "march/x/cv.txt"
    assert names["april/x/cv.txt"] == "april/x/cv.txt"


def test_names_are_unique_even_across_levels() -> None:
    sources = ["t.pdf.docx", "t.pdf", "u/t.pdf", "t", "t.txt"]
    names = short_names(sources)
    assert len(set(names.values())) == len(sources)
    assert set(names) == set(sources)


def test_blind_rows_are_named_by_their_id() -> None:
    results = [screened("Jane_Doe.pdf"), failed("John_Roe.pdf")]
    names = row_names(results, blind=True)
    assert all(name.startswith("candidate-") for name in names.values())
    assert names["Jane_Doe.pdf"] == results[0].display_name(blind=True)
