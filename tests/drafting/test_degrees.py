"""A degree requirement's fields, related fields and alternatives."""

from __future__ import annotations

from screener.drafting.degree_forms import find_degrees
from screener.drafting.degrees import read_degree


def _read(clause: str) -> tuple[dict[str, object], tuple[str, ...], bool]:
    requirement = read_degree(clause, find_degrees(clause), len(clause))
    return requirement.test(), requirement.notes, requirement.equivalent_experience


def test_fields_in_a_list_and_related() -> None:
    test, notes, equivalent = _read(
        "Bachelor's degree in statistics, economics, computer science or a related field"
    )
    assert test == {
        "min_level": "bachelor",
        "fields": ["statistics", "economics", "computer-science"],
        "related": True,
    }
    assert notes == ()
    assert not equivalent


def test_an_unknown_field_is_left_out_with_a_note() -> None:
    test, notes, _ = _read("Associate degree in Emergency Medical Services")
    assert test == {"min_level": "associate"}
    assert notes == ("“Emergency Medical Services” is no field of study in fields.yaml: left out",)


def test_equivalent_experience_and_an_equivalent_credential() -> None:
    assert _read("BS in CS or equivalent experience")[2]
    assert not _read("High school diploma or equivalent")[2]


def test_field_words_end_at_a_cue_or_a_qualifier() -> None:
    test, notes, _ = _read("A PhD is a plus")
    assert test == {"min_level": "doctorate"}
    assert notes == ()
    test, _, _ = _read("Master's degree in Finance with a focus on risk")
    assert test == {"min_level": "master", "fields": ["finance"]}
