"""The report as a terminal reads it."""

from __future__ import annotations

from screener.drafting import draft_posting, read_posting_text, render_report

POSTING = """Sales Representative

Requirements
- 1+ year of B2B sales experience
- Integrity and drive
- Recent graduates welcome
"""


def test_the_report_names_every_part_not_screened_and_the_lint() -> None:
    draft = draft_posting(read_posting_text(POSTING, "sales.txt"), rules_id="sales")
    text = render_report(draft.report)
    assert text.startswith("posting: sales.txt (text, ")
    assert "“Integrity and drive” — a personal quality" in text
    assert "fairness lint (never criteria):" in text
    assert "“Recent graduates” — refers to age" in text
