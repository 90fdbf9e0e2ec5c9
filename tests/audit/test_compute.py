"""``run_audit`` on data sets whose every figure is worked out by hand in the comments."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from screener.audit.models import AuditReport, GroupRow
from tests.audit import Group, audit, by_group

# Sixty candidates, two categories. By sex: F 20 (6 selected), M 30 (12), X 1 (1), unknown
# 9 (3). By race: Asian 28 (13), Black 22 (8), unknown 10 (1).
SIXTY = [
    Group(("F", "Asian"), 10, 4),
    Group(("F", "Black"), 10, 2),
    Group(("M", "Asian"), 12, 6),
    Group(("M", "Black"), 12, 6),
    Group(("M", ""), 6, 0),
    Group(("X", "Asian"), 1, 1),
    Group(("", "Asian"), 5, 2),
    Group(("", ""), 4, 1),
]


@pytest.fixture(scope="module")
def sixty(tmp_path_factory: pytest.TempPathFactory) -> AuditReport:
    return audit(tmp_path_factory.mktemp("sixty"), SIXTY)


# (table, group, count, selected, rate, impact ratio, excluded, flagged)
SIXTY_ROWS = [
    # X is 1 of 60 (1.7 % < 2 %): excluded, so its rate 1.0 is not the highest; M's 0.4 is.
    ("sex", "F", 20, 6, Fraction(3, 10), Fraction(3, 4), False, True),
    ("sex", "M", 30, 12, Fraction(2, 5), Fraction(1), False, False),
    ("sex", "X", 1, 1, Fraction(1), None, True, False),
    # Highest 13/28; Black (8/22) / (13/28) = 112/143 = 0.783 < 0.8.
    ("race", "Asian", 28, 13, Fraction(13, 28), Fraction(1), False, False),
    ("race", "Black", 22, 8, Fraction(4, 11), Fraction(112, 143), False, True),
    # Highest 0.5 (M × Asian, M × Black); F × Asian is exactly 0.8: not flagged.
    ("sex × race", "F × Asian", 10, 4, Fraction(2, 5), Fraction(4, 5), False, False),
    ("sex × race", "F × Black", 10, 2, Fraction(1, 5), Fraction(2, 5), False, True),
    ("sex × race", "M × Asian", 12, 6, Fraction(1, 2), Fraction(1), False, False),
    ("sex × race", "M × Black", 12, 6, Fraction(1, 2), Fraction(1), False, False),
    ("sex × race", "X × Asian", 1, 1, Fraction(1), None, True, False),
]


def _table(report: AuditReport, name: str) -> list[GroupRow]:
    return report.intersectional[name] if " × " in name else report.categories[name]


@pytest.mark.parametrize(
    ("table", "group", "count", "selected", "rate", "ratio", "excluded", "flagged"),
    SIXTY_ROWS,
    ids=[f"{row[0]}:{row[1]}" for row in SIXTY_ROWS],
)
def test_rows_known_by_hand(
    sixty: AuditReport,
    table: str,
    group: str,
    count: int,
    selected: int,
    rate: Fraction,
    ratio: Fraction | None,
    excluded: bool,
    flagged: bool,
) -> None:
    row = by_group(_table(sixty, table))[group]
    assert (row.count, row.selected) == (count, selected)
    assert row.rate == pytest.approx(float(rate))
    if ratio is None:
        assert row.impact_ratio is None
    else:
        assert row.impact_ratio == pytest.approx(float(ratio))
    assert (row.excluded, row.four_fifths_flag) == (excluded, flagged)


@pytest.mark.parametrize(
    ("key", "count", "selected"),
    [("sex", 9, 3), ("race", 10, 1), ("sex × race", 15, 3)],
)
def test_unknowns_are_counted_apart(
    sixty: AuditReport, key: str, count: int, selected: int
) -> None:
    where = sixty.unknown.intersectional if " × " in key else sixty.unknown.categories
    assert (where[key].count, where[key].selected) == (count, selected)
    assert all(row.group for row in _table(sixty, key))  # no "" group
    assert sum(row.count for row in _table(sixty, key)) + count == 60


def test_totals_and_group_order(sixty: AuditReport) -> None:
    assert sixty.total == 60
    assert sixty.rate == "selection"
    assert [row.group for row in sixty.categories["sex"]] == ["F", "M", "X"]
    assert list(sixty.intersectional) == ["sex × race"]
    assert sixty.counts.matched == 60
    assert sixty.data.rules is not None
    assert sixty.data.rules.id == "ml-engineer"
    assert sixty.data.as_of == ["2025-01"]


def test_a_group_with_no_selections(tmp_path: Path) -> None:
    report = audit(tmp_path, [Group(("F",), 5, 0), Group(("M",), 5, 2)], ("sex",))
    rows = by_group(report.categories["sex"])
    assert (rows["F"].rate, rows["F"].impact_ratio, rows["F"].four_fifths_flag) == (0, 0, True)


def test_nobody_selected_leaves_impact_ratios_undefined(tmp_path: Path) -> None:
    report = audit(tmp_path, [Group(("F",), 5, 0), Group(("M",), 5, 0)], ("sex",))
    rows = report.categories["sex"]
    assert [(row.rate, row.impact_ratio, row.four_fifths_flag) for row in rows] == [
        (0.0, None, False),
        (0.0, None, False),
    ]
    assert any("sex: impact ratios are undefined" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("members", "excluded"),
    [
        (49, False),  # 1 of 50 is exactly 2 %: kept
        (50, True),  # 1 of 51 is under 2 %: excluded
    ],
)
def test_the_two_percent_boundary(tmp_path: Path, members: int, excluded: bool) -> None:
    report = audit(tmp_path, [Group(("A",), members, 10), Group(("B",), 1, 0)], ("g",))
    assert by_group(report.categories["g"])["B"].excluded is excluded
    assert (by_group(report.categories["g"])["B"].impact_ratio is None) is excluded


# Ten scores, median (50 + 50) / 2 = 50; the four 50s tie at the median and are not above
# it. A: 10, 50, 50, 90 → 1 of 4 above; B: 20, 30, 50, 50, 70, 80 → 2 of 6.
SCORED = [
    Group(("A",), 4, scores=(10, 50, 50, 90)),
    Group(("B",), 6, scores=(20, 30, 50, 50, 70, 80)),
]


def test_scoring_rate_ties_at_the_median_are_not_above(tmp_path: Path) -> None:
    report = audit(tmp_path, SCORED, ("g",), rate="scoring")
    assert report.median_score == 50
    rows = by_group(report.categories["g"])
    assert (rows["A"].selected, rows["A"].rate) == (1, 0.25)
    assert rows["B"].selected == 2
    assert rows["B"].rate == pytest.approx(1 / 3)
    assert rows["A"].impact_ratio == pytest.approx(0.75)
    assert rows["A"].four_fifths_flag


def test_scoring_rate_with_everyone_at_or_below_the_median(tmp_path: Path) -> None:
    # Odd count: median 60 itself; nobody scores above it.
    groups = [Group(("A",), 1, scores=(40,)), Group(("B",), 2, scores=(60, 60))]
    report = audit(tmp_path, groups, ("g",), rate="scoring")
    assert report.median_score == 60
    assert [row.impact_ratio for row in report.categories["g"]] == [None, None]


# G1: meets, needs_review, does_not_meet ×2; G2: meets ×2, does_not_meet ×2.
REVIEWED = [
    Group(("G1",), 4, verdicts=("meets", "needs_review", "does_not_meet", "does_not_meet")),
    Group(("G2",), 4, verdicts=("meets", "meets", "does_not_meet", "does_not_meet")),
]


@pytest.mark.parametrize(
    ("treatment", "total", "g1", "g2", "g1_ratio"),
    [
        ("not_selected", 8, (4, 1), (4, 2), Fraction(1, 2)),
        ("selected", 8, (4, 2), (4, 2), Fraction(1)),
        ("excluded", 7, (3, 1), (4, 2), Fraction(2, 3)),
    ],
)
def test_needs_review_treatment(
    tmp_path: Path,
    treatment: str,
    total: int,
    g1: tuple[int, int],
    g2: tuple[int, int],
    g1_ratio: Fraction,
) -> None:
    report = audit(tmp_path, REVIEWED, ("g",), needs_review=treatment)  # type: ignore[arg-type]
    rows = by_group(report.categories["g"])
    assert report.total == total
    assert (rows["G1"].count, rows["G1"].selected) == g1
    assert (rows["G2"].count, rows["G2"].selected) == g2
    assert rows["G1"].impact_ratio == pytest.approx(float(g1_ratio))
    assert report.counts.needs_review == 1
    assert report.counts.needs_review_excluded == (1 if treatment == "excluded" else 0)


# degree: G1 met, met, not_met, unknown (2 of 4); G2 all met. experience: G1 all met, G2 2
# of 4. A preferred criterion is in every screening and in no table.
CRITERIA = [
    Group(
        ("G1",),
        4,
        statuses={
            "degree": ("met", "met", "not_met", "unknown"),
            "experience": ("met", "met", "met", "met"),
        },
    ),
    Group(
        ("G2",),
        4,
        statuses={
            "degree": ("met", "met", "met", "met"),
            "experience": ("met", "not_met", "met", "unknown"),
        },
    ),
]


@pytest.mark.parametrize(
    ("criterion", "group", "passed", "status_unknown", "rate", "ratio", "flagged"),
    [
        ("degree", "G1", 2, 1, 0.5, 0.5, True),
        ("degree", "G2", 4, 0, 1.0, 1.0, False),
        ("experience", "G1", 4, 0, 1.0, 1.0, False),
        ("experience", "G2", 2, 1, 0.5, 0.5, True),
    ],
)
def test_per_criterion_pass_rates(
    tmp_path: Path,
    criterion: str,
    group: str,
    passed: int,
    status_unknown: int,
    rate: float,
    ratio: float,
    flagged: bool,
) -> None:
    report = audit(tmp_path, CRITERIA, ("g",))
    assert list(report.criteria) == ["degree", "experience"]
    row = by_group(report.criteria[criterion]["g"])[group]
    assert (row.selected, row.status_unknown, row.rate) == (passed, status_unknown, rate)
    assert (row.impact_ratio, row.four_fifths_flag) == (ratio, flagged)
    assert report.data.required_criteria == {"degree": "Has degree", "experience": "Has experience"}
