"""How the skills of a clause are joined: all of them, one of them, or a mixture."""

from __future__ import annotations

import re

import pytest

from screener.drafting.skill_lists import SkillList, join_skills


def _names(clause: str, words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    names: list[tuple[int, int, tuple[str, ...]]] = []
    for word in words:
        match = re.search(re.escape(word), clause)
        assert match is not None
        names.append((match.start(), match.end(), (word.lower(),)))
    return names


@pytest.mark.parametrize(
    ("clause", "words", "expected"),
    [
        ("Python and Java", ["Python", "Java"], SkillList(("python", "java"), ())),
        ("Go or Java", ["Go", "Java"], SkillList((), (("go", "java"),))),
        ("Go/Java", ["Go", "Java"], SkillList((), (("go", "java"),))),
        (
            "Python, Java, or Go",
            ["Python", "Java", "Go"],
            SkillList((), (("python", "java", "go"),)),
        ),
        ("Python, Java and Go", ["Python", "Java", "Go"], SkillList(("python", "java", "go"), ())),
        ("SQL and Python or R", ["SQL", "Python", "R"], SkillList(("sql",), (("python", "r"),))),
        (
            "such as Tableau and Looker",
            ["Tableau", "Looker"],
            SkillList((), (("tableau", "looker"),)),
        ),
        ("SIEM tools such as Splunk", ["SIEM", "Splunk"], SkillList((), (("siem", "splunk"),))),
        ("Python", ["Python"], SkillList(("python",), ())),
    ],
)
def test_joins(clause: str, words: list[str], expected: SkillList) -> None:
    assert join_skills(clause, _names(clause, words)) == expected


def test_a_kind_of_tool_is_one_of_its_tools() -> None:
    listed = join_skills("BI tools", [(0, 8, ("tableau", "looker"))])
    assert listed == SkillList((), (("tableau", "looker"),))
