"""Degree forms in a clause, with the ambiguous ones confirmed by their neighbours."""

from __future__ import annotations

import pytest

from screener.drafting.degree_forms import find_degrees, find_generic_degree


@pytest.mark.parametrize(
    ("clause", "levels"),
    [
        ("BS/MS in CS", ["bachelor", "master"]),
        ("Bachelor’s degree in nursing", ["bachelor"]),
        ("MA or MS in statistics", ["master", "master"]),
        ("Associate or bachelor's degree", ["associate", "bachelor"]),
        ("PhD in physics", ["doctorate"]),
        ("BSN", ["bachelor"]),
        ("High school diploma or GED", ["secondary", "secondary"]),
        ("Proficient in MS Excel", []),
        ("Teach high school students", []),
        ("Experience as a BA on agile teams", []),
    ],
)
def test_levels(clause: str, levels: list[str]) -> None:
    assert [d.level for d in find_degrees(clause)] == levels


def test_a_form_that_names_its_field() -> None:
    (mba,) = find_degrees("MBA preferred")
    assert mba.field == "business-administration"


@pytest.mark.parametrize(
    ("clause", "level"),
    [
        ("Degree in Accounting", "bachelor"),
        ("a four-year degree", "bachelor"),
        ("Two-year degree in electronics", "associate"),
        ("A high degree of accuracy", None),
    ],
)
def test_a_degree_without_a_level(clause: str, level: str | None) -> None:
    found = find_generic_degree(clause)
    assert (found.level if found else None) == level
