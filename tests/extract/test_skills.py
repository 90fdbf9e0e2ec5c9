"""Skills of a Profile: one per id, evidence, implications and months per skill."""

from __future__ import annotations

import pytest

from screener.extract.skills import EXTRACTOR, MAX_EVIDENCE, extract_skills
from screener.models.profile import Evidence, Extractor, Position, Skill
from tests.nlp_fixture import Analyse


def page_one(offset: int) -> int:
    return 1


def position(text: str, line: str, start: str, end: str | None, months: int) -> Position:
    at = text.index(line)
    evidence = Evidence(
        text=line,
        start=at,
        end=at + len(line),
        page=1,
        section="experience",
        extractor=Extractor(name="experience", version="1"),
    )
    return Position(start=start, end=end, months=months, evidence=(evidence,))


def skills(nlp: Analyse, text: str, positions: tuple[Position, ...] = ()) -> dict[str, Skill]:
    return {s.id: s for s in extract_skills(nlp(text), positions, page_one)}


RESUME = (
    "EXPERIENCE\n"
    "Data Engineer, Acme | Jan 2020 - Dec 2021\n"
    "- Pipelines in Python and Spark.\n"
    "ML Engineer, Globex | Jan 2022 - Dec 2022\n"
    "- Services in Java with Spring Boot; Python tooling.\n"
    "\n"
    "SKILLS\n"
    "Docker, pandas\n"
)


def resume_positions() -> tuple[Position, ...]:
    return (
        position(RESUME, "Data Engineer, Acme | Jan 2020 - Dec 2021", "2020-01", "2021-12", 24),
        position(RESUME, "ML Engineer, Globex | Jan 2022 - Dec 2022", "2022-01", "2022-12", 12),
    )


def test_evidence_quotes_the_text(nlp: Analyse) -> None:
    for skill in extract_skills(nlp(RESUME), resume_positions(), page_one):
        for evidence in skill.evidence:
            assert RESUME[evidence.start : evidence.end] == evidence.text
            assert evidence.extractor == EXTRACTOR


def test_months_per_skill_from_positions(nlp: Analyse) -> None:
    found = skills(nlp, RESUME, resume_positions())
    assert found["python"].months == 36  # in both positions, merged
    assert found["spark"].months == 24
    assert found["spring-boot"].months == 12
    assert found["java"].months == 12
    assert found["docker"].months is None  # skills section only


def test_ongoing_position_uses_its_months(nlp: Analyse) -> None:
    text = "EXPERIENCE\nDeveloper, Initech | Mar 2024 - Present\n- Built Kotlin apps.\n"
    ongoing = position(text, "Developer, Initech | Mar 2024 - Present", "2024-03", None, 10)
    assert skills(nlp, text, (ongoing,))["kotlin"].months == 10


def test_sections_of_evidence(nlp: Analyse) -> None:
    found = skills(nlp, RESUME, resume_positions())
    assert found["docker"].evidence[0].section == "skills"
    assert found["spark"].evidence[0].section == "experience"


def test_implied_skill_carries_the_implying_evidence(nlp: Analyse) -> None:
    found = skills(nlp, "Built apps with Spring Boot.\nAnalysis in pandas.")
    spring_boot, java = found["spring-boot"], found["java"]
    assert java.implied_by == ("spring-boot",)
    assert java.evidence == spring_boot.evidence
    assert found["python"].implied_by == ("pandas",)
    assert found["python"].evidence == found["pandas"].evidence
    assert found["spring-boot"].implied_by == ()


def test_found_skill_keeps_own_evidence_and_lists_implying(nlp: Analyse) -> None:
    found = skills(nlp, "Python scripts.\nAnalysis in pandas.")
    assert [e.text for e in found["python"].evidence] == ["Python"]
    assert found["python"].implied_by == ("pandas",)


def test_a_thousand_mentions_are_one_skill(nlp: Analyse) -> None:
    found = extract_skills(nlp("Python " * 1000), (), page_one)
    pythons = [skill for skill in found if skill.id == "python"]
    assert len(pythons) == 1
    assert len(pythons[0].evidence) == MAX_EVIDENCE
    starts = [e.start for e in pythons[0].evidence]
    assert starts == sorted(starts)
    assert starts[0] == 0


def test_sorted_and_deterministic(nlp: Analyse) -> None:
    first = extract_skills(nlp(RESUME), resume_positions(), page_one)
    second = extract_skills(nlp(RESUME), resume_positions(), page_one)
    assert [s.id for s in first] == sorted(s.id for s in first)
    assert [s.model_dump() for s in first] == [s.model_dump() for s in second]


def test_no_skills(nlp: Analyse) -> None:
    assert extract_skills(nlp("Managed a bakery."), (), page_one) == ()


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Spring Boot services", {"spring-boot", "java", "spring"}, {"javascript"}),
        ("pandas and NumPy", {"pandas", "numpy", "python"}, set()),
        ("JavaScript only", {"javascript"}, {"java"}),
        ("Python the snake at the zoo", set(), {"python"}),
        # a word of a date is no skill: "Spring 2020" is a term, not the Spring framework
        ("PROJECTS\nStorefront rebuild (React), Spring 2020", {"react"}, {"spring", "java"}),
        ("Spring Boot and Kafka services, 2019 – 2021", {"spring-boot", "java"}, set()),
        # a line break inside a multi-word name (word-processor and PDF wraps)
        ("Tools: PyTorch, Spark MLlib, deep\nlearning, Bayesian stats", {"deep-learning"}, set()),
        ("Built the natural language\nprocessing pipeline", {"nlp"}, set()),
        ("Ran the machine\nroom upgrades; Learning\nManagement", set(), {"machine-learning"}),
    ],
)
def test_profile_ids(nlp: Analyse, text: str, present: set[str], absent: set[str]) -> None:
    found = set(skills(nlp, text))
    assert present <= found
    assert not absent & found
