"""The closing line of a batch and the list of unreadable files (counts and codes only)."""

from __future__ import annotations

from rich.console import Console

from screener.cli.progress import LISTED_UNREADABLE, Tally
from tests.report import failed, screened


def _printed(tally: Tally) -> str:
    console = Console(record=True, width=200, color_system=None)
    tally.report(console)
    return console.export_text()


def test_the_summary_counts_every_verdict_and_the_unreadable() -> None:
    tally = Tally()
    for result in (screened("a.pdf"), screened("b.pdf", "does_not_meet"), failed("c.pdf")):
        tally.add(result)
    tally.add_earlier("needs_review")
    text = _printed(tally)
    assert "screened 4 files in" in text
    assert "1 meets, 1 needs_review, 1 does_not_meet, 1 unreadable" in text
    assert "1 of them from an earlier run" in text
    assert "  c.pdf: unsupported_format" in text


def test_many_unreadable_files_are_counted_not_all_listed() -> None:
    tally = Tally()
    for index in range(LISTED_UNREADABLE + 5):
        tally.add(failed(f"{index}.pdf", "corrupt"))
    text = _printed(tally)
    assert text.count(": corrupt") == LISTED_UNREADABLE
    assert "… and 5 more" in text
    assert tally.failed == LISTED_UNREADABLE + 5


def test_blind_names_no_file() -> None:
    tally = Tally()
    tally.add(failed("/hr/Jane_Doe.pdf"), blind=True)
    text = _printed(tally)
    assert "Jane" not in text
    assert "candidate-" in text
