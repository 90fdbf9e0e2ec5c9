"""Criteria, combinators, verdicts and score properties on Profiles built directly."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.models import (
    Degree,
    Profile,
)
from screener.models.screening import RuleSetRef
from screener.requirements.evaluate import screen_profile
from screener.requirements.models import RuleSet
from screener.resources import bundled_rules_dir
from tests.builders import EV, profile

REF = RuleSetRef(id="test", version=1, sha256="0" * 64)
ML = RuleSet.model_validate(yaml.safe_load((bundled_rules_dir() / "ml-engineer.yaml").read_text()))


def rules(*criteria: dict[str, Any], preferred: tuple[dict[str, Any], ...] = ()) -> RuleSet:
    return RuleSet.model_validate(
        {
            "id": "t",
            "title": "T",
            "version": 1,
            "required": list(criteria),
            "preferred": list(preferred),
        }
    )


def outcome_of(criterion: dict[str, Any], candidate: Profile) -> tuple[str, float]:
    screening = screen_profile(candidate, rules({"id": "c", "label": "c", **criterion}), REF)
    result = screening.outcomes[0]
    return result.status, result.credit


BACHELOR_CS = {"degree": {"min_level": "bachelor", "fields": ["computer-science"], "related": True}}


@pytest.mark.parametrize(
    ("criterion", "candidate", "status", "credit"),
    [
        (BACHELOR_CS, profile(), "met", 1.0),
        (BACHELOR_CS, profile(degrees=(("master", "machine-learning", "completed"),)), "met", 1.0),
        (BACHELOR_CS, profile(degrees=(("bachelor", "data-science", "completed"),)), "met", 1.0),
        (BACHELOR_CS, profile(degrees=(("bachelor", "biology", "completed"),)), "not_met", 0.0),
        (
            BACHELOR_CS,
            profile(degrees=(("associate", "computer-science", "completed"),)),
            "not_met",
            0.0,
        ),
        (
            BACHELOR_CS,
            profile(degrees=(("bachelor", "computer-science", "in_progress"),)),
            "not_met",
            0.5,
        ),
        (
            BACHELOR_CS,
            profile(
                degrees=(
                    ("doctorate", "computer-science", "incomplete"),
                    ("bachelor", "mathematics", "completed"),
                )
            ),
            "met",
            1.0,
        ),
        (BACHELOR_CS, profile(degrees=(), warnings=("no_text_layer",)), "unknown", 0.0),
        (BACHELOR_CS, profile(degrees=(), warnings=("no_education_section",)), "unknown", 0.0),
        (BACHELOR_CS, profile(degrees=()), "not_met", 0.0),
        (
            {"degree": {"min_level": "bachelor", "fields": ["computer-science"]}},
            profile(degrees=(("bachelor", "mathematics", "completed"),)),
            "not_met",
            0.0,
        ),
        (
            {"degree": {"min_level": "bachelor", "fields": ["computer-science"]}},
            profile(degrees=(("bachelor", "machine-learning", "completed"),)),
            "met",
            1.0,
        ),
        (
            {"degree": {"min_level": "bachelor", "fields": ["engineering"]}},
            profile(degrees=(("bachelor", "electrical-engineering", "completed"),)),
            "met",
            1.0,
        ),
        (
            {"degree": {"min_level": "master", "include_in_progress": True}},
            profile(degrees=(("master", "biology", "in_progress"),)),
            "met",
            1.0,
        ),
        (
            {"degree": {"min_level": "bachelor", "fields": ["computer-science"]}},
            profile(degrees=(("bachelor", "other", "completed"),)),
            "not_met",
            0.0,
        ),
        ({"experience": {"min_years": 2}}, profile(months=24), "met", 1.0),
        ({"experience": {"min_years": 2}}, profile(months=18), "not_met", 0.75),
        (
            {"experience": {"min_years": 2}},
            profile(months=0, positions=0, warnings=("no_dated_positions",)),
            "unknown",
            0.0,
        ),
        ({"experience": {"min_years": 2}}, profile(months=0, positions=0), "not_met", 0.0),
        ({"skills": {"all_of": ["python", "java"]}}, profile(), "met", 1.0),
        ({"skills": {"all_of": ["python", "java"]}}, profile(skills=("python",)), "not_met", 0.5),
        (
            {"skills": {"all_of": ["python", "java"]}},
            profile(skills=("javascript",)),
            "not_met",
            0.0,
        ),
        (
            {"skills": {"any_of": ["tensorflow", "pytorch"]}},
            profile(skills=("pytorch",)),
            "met",
            1.0,
        ),
        (
            {"skills": {"any_of": ["tensorflow", "pytorch", "keras"], "min_count": 2}},
            profile(skills=("pytorch",)),
            "not_met",
            0.5,
        ),
        (
            {"skills": {"all_of": ["python"]}},
            profile(skills=(), warnings=("no_text_layer",)),
            "unknown",
            0.0,
        ),
        (
            {"certification": {"any_of": ["ibm-ml-professional"]}},
            profile(certs=(("ibm-ml-professional", "completed"),)),
            "met",
            1.0,
        ),
        (
            {"certification": {"any_of": ["ibm-ml-professional"]}},
            profile(certs=(("ibm-ml-professional", "in_progress"),)),
            "not_met",
            0.5,
        ),
        (
            {"certification": {"any_of": ["ibm-ml-professional"], "include_in_progress": True}},
            profile(certs=(("ibm-ml-professional", "in_progress"),)),
            "met",
            1.0,
        ),
        (
            {"certification": {"any_of": ["aws-ml-specialty"]}},
            profile(certs=(("aws-ml-specialty", "expired"),)),
            "not_met",
            0.0,
        ),
        (
            {"any": [BACHELOR_CS, {"experience": {"min_years": 4}}]},
            profile(degrees=(), months=60),
            "met",
            1.0,
        ),
        (
            {"all": [BACHELOR_CS, {"experience": {"min_years": 4}}]},
            profile(months=24),
            "not_met",
            0.75,
        ),
        ({"not": {"skills": {"any_of": ["cobol"]}}}, profile(), "met", 1.0),
        ({"not": {"skills": {"any_of": ["python"]}}}, profile(), "not_met", 0.0),
        (
            {"all": [BACHELOR_CS, {"experience": {"min_years": 2}}]},
            profile(degrees=(), positions=0, months=0, warnings=("no_text_layer",)),
            "unknown",
            0.0,
        ),
    ],
)
def test_criterion(
    criterion: dict[str, Any], candidate: Profile, status: str, credit: float
) -> None:
    assert outcome_of(criterion, candidate) == (status, credit)


@pytest.mark.parametrize(
    ("candidate", "verdict"),
    [
        (profile(), "meets"),
        (profile(skills=("python",)), "does_not_meet"),
        (profile(months=12), "does_not_meet"),
        (
            profile(degrees=(("bachelor", "computer-science", "in_progress"),)),
            "does_not_meet",
        ),
        (
            profile(degrees=(), months=0, positions=0, skills=(), warnings=("no_text_layer",)),
            "needs_review",
        ),
        (profile(degrees=(), warnings=("no_education_section",)), "needs_review"),
        (
            profile(degrees=(), warnings=("no_education_section",), skills=("python",)),
            "does_not_meet",
        ),
    ],
)
def test_verdict_on_the_ml_engineer_rules(candidate: Profile, verdict: str) -> None:
    assert screen_profile(candidate, ML, REF).verdict == verdict


def test_a_miss_says_what_would_have_met_it() -> None:
    screening = screen_profile(profile(months=16, skills=("python",)), ML, REF)
    by_id = {o.criterion: o for o in screening.outcomes}
    assert by_id["experience"].to_meet == "8 months more of experience"
    assert "Needs 2 years of experience; found 1 year 4 months" in by_id["experience"].reason
    assert by_id["programming"].to_meet == "also Java"
    assert by_id["degree"].to_meet is None


# -------------------------------------------------------------------- score properties
FACTS = st.fixed_dictionaries(
    {
        "degrees": st.lists(
            st.tuples(
                st.sampled_from(["secondary", "associate", "bachelor", "master", "doctorate"]),
                st.sampled_from(["computer-science", "biology", "mathematics", "other"]),
                st.sampled_from(["completed", "in_progress"]),
            ),
            max_size=3,
        ).map(tuple),
        "months": st.integers(0, 200),
        "skills": st.sets(
            st.sampled_from(
                [
                    "python",
                    "java",
                    "statistics",
                    "data-science",
                    "pytorch",
                    "software-engineering",
                    "sql",
                ]
            )
        ).map(tuple),
        "certs": st.sets(
            st.tuples(
                st.sampled_from(["ibm-ml-professional", "mit-pcp-ml-ai"]),
                st.sampled_from(["completed", "in_progress", "expired"]),
            )
        ).map(tuple),
    }
)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(facts=FACTS)
def test_score_is_bounded_and_deterministic(facts: dict[str, Any]) -> None:
    first = screen_profile(profile(**facts), ML, REF)
    assert 0 <= first.score <= 100
    assert screen_profile(profile(**facts), ML, REF).model_dump_json() == first.model_dump_json()


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    facts=FACTS,
    extra_skill=st.sampled_from(["python", "java", "pytorch", "statistics"]),
    extra_months=st.integers(0, 60),
    extra_degree=st.sampled_from(["bachelor", "master", "doctorate"]),
)
def test_adding_a_qualification_never_lowers_the_score(
    facts: dict[str, Any], extra_skill: str, extra_months: int, extra_degree: str
) -> None:
    before = screen_profile(profile(**facts), ML, REF).score
    more = dict(facts)
    more["skills"] = tuple(dict.fromkeys((*facts["skills"], extra_skill)))
    more["months"] = facts["months"] + extra_months
    more["degrees"] = (*facts["degrees"], (extra_degree, "computer-science", "completed"))
    more["certs"] = (*facts["certs"], ("mit-pcp-ml-ai", "completed"))
    assert screen_profile(profile(**more), ML, REF).score >= before


def _degree_outcome(degree: Degree) -> tuple[str, str]:
    base = profile(degrees=())
    candidate = base.model_copy(update={"degrees": (degree,), "highest_degree": degree})
    screening = screen_profile(candidate, ML, REF)
    outcome = next(o for o in screening.outcomes if o.criterion == "degree")
    return outcome.status, outcome.reason


@pytest.mark.parametrize(
    ("degree", "status", "said"),
    [
        # a field the engine could not map: unknown, never not_met, and the reason says so
        (
            Degree(level="master", field=None, field_text="Mekatronika", evidence=EV),
            "unknown",
            "cannot map the field “Mekatronika”",
        ),
        # expected before the as-of date: it may well be completed by now
        (
            Degree(
                level="bachelor",
                field="computer-science",
                status="in_progress",
                year=2025,
                evidence=EV,
            ),
            "unknown",
            "was expected in 2025, before the as-of date",
        ),
        # expected after the as-of date: not completed yet
        (
            Degree(
                level="bachelor",
                field="computer-science",
                status="in_progress",
                year=2027,
                evidence=EV,
            ),
            "not_met",
            "is not completed yet",
        ),
        # a field read and known to lie elsewhere is a clear miss
        (
            Degree(level="bachelor", field="other", field_text="Philosophy", evidence=EV),
            "not_met",
            "Found",
        ),
    ],
)
def test_an_unreadable_degree_fact_is_unknown_never_not_met(
    degree: Degree, status: str, said: str
) -> None:
    found_status, reason = _degree_outcome(degree)
    assert found_status == status
    assert said in reason


@pytest.mark.parametrize(
    ("education", "status"),
    [
        # a school and a field, no degree form: the level cannot be read
        ("University of Michigan — Computer Science, 2014", "unknown"),
        ("Comunicación Social – Periodismo, Pontificia Universidad Javeriana", "unknown"),
        # a course or an exchange term at a university is no degree: a clear miss
        ("Professional Legal Studies Course — College of Law New Zealand, 2017", "not_met"),
        ("Exchange semester, Universidad de Chile, 2013", "not_met"),
        # the school line of a degree that was read is not an entry of its own
        ("B.A. Philosophy\nUniversity of Michigan, 2014", "not_met"),
    ],
)
def test_an_education_entry_whose_degree_cannot_be_read_is_unknown(
    education: str, status: str
) -> None:
    from screener.parsing import parse_text

    text = (
        "Jane Roe\n\nEXPERIENCE\nData Scientist, Acme | Jan 2018 – Present\n\n"
        f"EDUCATION\n{education}\n"
    )
    screening = screen_profile(parse_text(text, as_of="2026-11"), ML, REF)
    outcome = next(o for o in screening.outcomes if o.criterion == "degree")
    assert outcome.status == status
