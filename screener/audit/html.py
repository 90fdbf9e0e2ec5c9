"""The audit as one self-contained HTML page (``screener audit --format html``).

A Jinja2 template (``templates/audit.html``, autoescaped) with its CSS inline and its bar
charts as inline SVG laid out from the data (``charts.py``): no script, no font, image or
style sheet from anywhere else, so the file can be archived, mailed and printed to PDF
(``@media print`` keeps each table with its chart).
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from screener.audit.charts import bar_chart
from screener.audit.models import AuditReport
from screener.audit.text import (
    HIT_NAMES,
    NEEDS_REVIEW,
    RATE_NAMES,
    flags,
    percent,
    ratio,
    rules_line,
)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("screener.audit", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(percent=percent, ratio=ratio, flags=flags)
    environment.globals.update(bar_chart=bar_chart)
    return environment


def render_html(report: AuditReport) -> str:
    """The report as an HTML document (a string ending in a newline)."""
    template = _environment().get_template("audit.html")
    page = template.render(
        report=report,
        rules_line=rules_line(report),
        rate_name=RATE_NAMES[report.rate],
        hit_name=HIT_NAMES[report.rate],
        needs_review=NEEDS_REVIEW[report.needs_review],
    )
    return page.rstrip("\n") + "\n"
