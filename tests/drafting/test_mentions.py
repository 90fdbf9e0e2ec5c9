"""What a clause names, found with the résumé pipeline's own skill matcher."""

from __future__ import annotations

from screener.drafting.mentions import find_mentions


def test_an_ambiguous_skill_needs_a_skills_list() -> None:
    assert [m.id for m in find_mentions("Experience in R").skills] == []
    assert [m.id for m in find_mentions("Experience in R", as_skills_section=True).skills] == ["r"]


def test_offsets_are_the_clause_s_when_read_as_a_skills_section() -> None:
    clause = "Knowledge of C and C++"
    found = find_mentions(clause, as_skills_section=True)
    assert [clause[m.start : m.end] for m in found.skills] == ["C", "C++"]


def test_kinds_of_tools_hide_the_skills_inside_them() -> None:
    found = find_mentions("Proficient with AI tools")
    assert [m.id for m in found.groups] == ["ai-tools"]
    assert found.skills == ()  # "AI" is part of "AI tools", not artificial-intelligence


def test_soft_skills_are_kept_apart_unless_screened() -> None:
    found = find_mentions("Excellent communication, teamwork and Python skills")
    assert [m.id for m in found.soft_skills] == ["teamwork"]  # a vague trait
    assert [m.id for m in found.skills] == ["communication", "python"]
    assert found.qualifying
    assert not find_mentions("Integrity and drive").qualifying
