"""The draft's report: what was read, what was not screened and why, what the fairness lint
found, and notes on the criteria a person should check.

Nothing of a posting is dropped silently: every line either became (part of) a criterion
or is listed here — one entry per line under requirement, duty and unnamed headings, one
per section for salary, benefits, company, EEO and other text.
"""

from __future__ import annotations

from pydantic import Field

from screener.models.base import Model


class PostingInfo(Model):
    """Which posting the draft was made from."""

    filename: str | None = Field(description="The file's name, when from a file.")
    sha256: str = Field(description="SHA-256 of the posting's bytes.")
    read_from: str = Field(description="text, pdf, docx, html or jobposting (schema.org).")
    characters: int = Field(ge=0, description="Length of the posting text as read.")


class SectionSummary(Model):
    """One section of the posting and the kind its heading names."""

    heading: str
    kind: str
    start: int
    end: int
    lines: int


class NotScreened(Model):
    """Posting text no criterion was drafted from, and why."""

    text: str = Field(description="The posting's words (a line, or a section's heading).")
    start: int
    end: int
    section: str = Field(description="The heading it stands under.")
    reason: str


class LintFinding(Model):
    """Words a fair screening must not use: reported, never turned into a criterion."""

    text: str = Field(description="The words that were flagged.")
    start: int
    end: int
    trait: str = Field(description="The protected trait they refer to or stand in for.")
    reason: str


class DraftNote(Model):
    """Something about one drafted criterion a person should check."""

    criterion: str = Field(description="The criterion's id.")
    message: str


class DraftReport(Model):
    """Everything the draft did not turn into criteria, and why."""

    posting: PostingInfo
    vocabulary: str = Field(description="Version of drafting/data/posting_words.yaml.")
    sections: tuple[SectionSummary, ...] = ()
    not_screened: tuple[NotScreened, ...] = ()
    lint: tuple[LintFinding, ...] = ()
    notes: tuple[DraftNote, ...] = ()


def render_report(report: DraftReport) -> str:
    """The report as plain text for a terminal (stderr of ``screener rules draft``)."""
    lines = [
        f"posting: {report.posting.filename or '(text)'} ({report.posting.read_from}, "
        f"{report.posting.characters} characters, sha256 {report.posting.sha256[:12]})",
        "sections:",
        *(f"  {s.kind:<9} {_one_line(s.heading)} ({s.lines} lines)" for s in report.sections),
    ]
    if report.notes:
        lines.append("notes on the drafted criteria:")
        lines += [f"  {note.criterion}: {note.message}" for note in report.notes]
    if report.lint:
        lines.append("fairness lint (never criteria):")
        lines += [f"  “{_one_line(f.text)}” — {f.reason}" for f in report.lint]
    lines.append(f"not screened ({len(report.not_screened)}):")
    lines += [
        f"  [{_one_line(item.section)}] “{_one_line(item.text)}” — {item.reason}"
        for item in report.not_screened
    ]
    return "\n".join(lines) + "\n"


def _one_line(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
