"""How the report's figures and headings read, shared by the terminal table and the HTML."""

from __future__ import annotations

from screener.audit.models import AuditReport, GroupRow

RATE_NAMES = {"selection": "selection rate", "scoring": "scoring rate"}
HIT_NAMES = {"selection": "selected", "scoring": "above median"}
NEEDS_REVIEW = {
    "not_selected": "needs_review counted as not selected",
    "selected": "needs_review counted as selected",
    "excluded": "needs_review left out of the sample",
}


def percent(rate: float | None) -> str:
    """A rate as a percentage with one decimal ("29.1 %"), or "—"."""
    return "—" if rate is None else f"{rate * 100:.1f} %"


def ratio(value: float | None) -> str:
    """An impact ratio with three decimals ("0.724"), or "—" when undefined."""
    return "—" if value is None else f"{value:.3f}"


def flags(row: GroupRow) -> str:
    """What a row is marked with: "excluded (< 2 %)", "below 4/5", or nothing."""
    if row.excluded:
        return "excluded (< 2 %)"
    return "below 4/5" if row.four_fifths_flag else ""


def rules_line(report: AuditReport) -> str:
    """The rule set as one line: id, version and SHA-256."""
    rules = report.data.rules
    if rules is None:
        return "no screened result"
    return f"{rules.id} v{rules.version}, sha256 {rules.sha256}"


def summary_lines(report: AuditReport) -> list[str]:
    """The facts a report states before its tables: what, of what, and from when."""
    counts = report.counts
    median = "—" if report.median_score is None else f"{report.median_score:g}"
    return [
        f"Rule set: {rules_line(report)}",
        f"Results as of: {', '.join(report.data.as_of) or '—'}; "
        f"engine {', '.join(report.data.engines) or '—'}",
        f"Rate: {RATE_NAMES[report.rate]} ({NEEDS_REVIEW[report.needs_review]}); "
        f"median score {median}",
        f"Sample: {report.total} candidates of {counts.results} results "
        f"({counts.unreadable} unreadable, {counts.needs_review} needs_review, "
        f"{counts.needs_review_excluded} of them left out); "
        f"{counts.matched} with a demographics row, "
        f"{counts.unmatched_rows} demographics row(s) naming no result",
    ]
