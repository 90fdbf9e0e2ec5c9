"""The HTML report: self-contained, printable, stating what it was made from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from screener.audit.html import render_html
from screener.audit.models import AuditReport
from tests.audit import Group, audit

# 53 candidates: F 25 (rate 0.4), M 25 (0.52: F's ratio 0.769 is flagged), X 1 (under 2 %).
GROUPS = [
    Group(("F", "<b>Asian</b>"), 25, 10),
    Group(("M", "Black"), 25, 13),
    Group(("X", "Black"), 1, 1),
    Group(("", "Black"), 2, 0),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, AuditReport]:
    report = audit(tmp_path_factory.mktemp("html"), GROUPS)
    return render_html(report), report


def test_states_rules_dates_engine_and_counts(page: tuple[str, AuditReport]) -> None:
    html, report = page
    assert report.data.rules is not None
    assert report.data.rules.sha256 in html
    assert "ml-engineer version 3" in html
    assert "screened as of 2025-01" in html
    assert "Screener 0.1.0" in html
    assert f"{report.total} candidates" in html


def test_self_contained_no_script_no_remote_asset(page: tuple[str, AuditReport]) -> None:
    html, _ = page
    assert "<script" not in html.lower()
    assert "<link" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html
    assert "@media print" in html


def test_one_chart_per_table_as_inline_svg(page: tuple[str, AuditReport]) -> None:
    html, report = page
    tables = len(report.categories) + len(report.intersectional)
    tables += sum(len(by_category) for by_category in report.criteria.values())
    assert html.count("<svg") == tables
    assert html.count("<table") == tables
    assert 'class="threshold"' in html


def test_group_names_are_escaped(page: tuple[str, AuditReport]) -> None:
    html, _ = page
    assert "<b>Asian</b>" not in html
    assert "&lt;b&gt;Asian&lt;/b&gt;" in html


def test_flags_exclusion_and_unknowns_are_shown(page: tuple[str, AuditReport]) -> None:
    html, _ = page
    assert "excluded (&lt; 2 %)" in html
    assert "below 4/5" in html
    assert '<tr class="flagged"><th scope="row">F</th>' in html
    assert '<tr class="unknown"><th scope="row">(unknown)</th><td>2</td>' in html


def test_rendering_is_deterministic(tmp_path: Path, page: tuple[str, AuditReport]) -> None:
    html, _ = page
    assert render_html(audit(tmp_path, GROUPS)) == html
