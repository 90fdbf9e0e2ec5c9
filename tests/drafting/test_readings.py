"""Posting phrases → tests: every pattern the drafter reads, as a table.

Each row is a clause under a heading of the given kind, and the ``(kind, test key, test)``
of every criterion it drafts (in clause order).
"""

from __future__ import annotations

import pytest

from screener.drafting.sections import Kind
from tests.drafting.helpers import Drafted, drafted, reading

ML_CERTIFICATIONS = [
    "aws-ml-engineer-associate",
    "aws-ml-specialty",
    "azure-ai-fundamentals",
    "azure-data-scientist",
    "databricks-ml-associate",
    "databricks-ml-professional",
    "deeplearning-ai-deep-learning",
    "deeplearning-ai-mlops",
    "deeplearning-ai-nlp",
    "deeplearning-ai-tensorflow",
    "gcp-ml-engineer",
    "google-advanced-data-analytics",
    "harvardx-cs50-ai",
    "harvardx-data-science",
    "harvardx-ml",
    "ibm-ai-engineering",
    "ibm-data-science-professional",
    "ibm-ml-professional",
    "mit-pcp-ml-ai",
    "mitx-micromasters-sds",
    "ml-with-python",
    "nvidia-dli-deep-learning",
    "nvidia-nca-genl",
    "stanford-ml",
    "tensorflow-developer",
]

DEGREES: list[tuple[str, list[Drafted]]] = [
    (
        "Bachelor’s degree in computer science, machine learning, mathematics, engineering, "
        "or related field",
        [
            (
                "required",
                "degree",
                {
                    "min_level": "bachelor",
                    "fields": [
                        "computer-science",
                        "machine-learning",
                        "mathematics",
                        "engineering",
                    ],
                    "related": True,
                },
            )
        ],
    ),
    (  # the alternative read year for year: the degree or its four years of study
        "BS/MS in CS or equivalent experience",
        [
            (
                "required",
                "any",
                [
                    {"degree": {"min_level": "bachelor", "fields": ["computer-science"]}},
                    {"experience": {"min_years": 4}},
                ],
            )
        ],
    ),
    (
        "Master’s degree in computer science or related field",
        [
            (
                "required",
                "degree",
                {"min_level": "master", "fields": ["computer-science"], "related": True},
            )
        ],
    ),
    (
        "PhD in physics, chemistry or a related field",
        [
            (
                "required",
                "degree",
                {"min_level": "doctorate", "fields": ["physics", "chemistry"], "related": True},
            )
        ],
    ),
    (
        "Associate or bachelor's degree in nursing",
        [("required", "degree", {"min_level": "associate", "fields": ["nursing"]})],
    ),
    ("BSN required", [("required", "degree", {"min_level": "bachelor", "fields": ["nursing"]})]),
    (
        "MBA preferred",
        [("preferred", "degree", {"min_level": "master", "fields": ["business-administration"]})],
    ),
    ("High school diploma or GED", [("required", "degree", {"min_level": "secondary"})]),
    ("High school diploma or equivalent", [("required", "degree", {"min_level": "secondary"})]),
    (
        "Degree in Accounting",
        [("required", "degree", {"min_level": "bachelor", "fields": ["accounting"]})],
    ),
    (
        "Computer Science degree",
        [("required", "degree", {"min_level": "bachelor", "fields": ["computer-science"]})],
    ),
    ("a 4-year degree", [("required", "degree", {"min_level": "bachelor"})]),
    ("Bachelor's degree", [("required", "degree", {"min_level": "bachelor"})]),
    (
        "Pursuing a BSN",
        [
            (
                "required",
                "degree",
                {"min_level": "bachelor", "fields": ["nursing"], "include_in_progress": True},
            )
        ],
    ),
    ("A high degree of accuracy", []),
    ("Proficient in MS Excel", [("required", "skills", {"all_of": ["excel"]})]),
]

YEARS: list[tuple[str, list[Drafted]]] = [
    ("2+ years experience required", [("required", "experience", {"min_years": 2})]),
    ("3-5 years of experience", [("required", "experience", {"min_years": 3})]),
    ("3 to 5 years of experience", [("required", "experience", {"min_years": 3})]),
    ("Minimum of two years of experience", [("required", "experience", {"min_years": 2})]),
    ("minimum of two years", [("required", "experience", {"min_years": 2})]),
    ("Two (2) years of experience", [("required", "experience", {"min_years": 2})]),
    ("18 months of experience", [("required", "experience", {"min_years": 1.5})]),
    (
        "At least five years of Java",
        [("required", "experience", {"min_years": 5, "skill": "java"})],
    ),
    (
        "3+ years of accounting experience",
        [("required", "experience", {"min_years": 3, "skill": "accounting"})],
    ),
    (  # an experience test counts one skill: total years, and the skills apart
        "5+ years of experience with Python and Go",
        [
            ("required", "experience", {"min_years": 5}),
            ("required", "skills", {"all_of": ["python", "go"]}),
        ],
    ),
    (
        "Bachelor's degree in Accounting or Finance and 2+ years of experience",
        [
            ("required", "degree", {"min_level": "bachelor", "fields": ["accounting", "finance"]}),
            ("required", "experience", {"min_years": 2}),
        ],
    ),
    ("No more than 5 years of experience", []),
    ("Up to 2 years of experience", []),
    ("0-2 years of experience", []),
]

SKILLS: list[tuple[str, list[Drafted]]] = [
    (
        "Programming experience in Python and Java",
        [("required", "skills", {"all_of": ["python", "java"]})],
    ),
    ("Experience with Go or Java", [("required", "skills", {"any_of": ["go", "java"]})]),
    ("Python, Java, or Go", [("required", "skills", {"any_of": ["python", "java", "go"]})]),
    (
        "SQL and Python or R",
        [
            (
                "required",
                "all",
                [{"skills": {"all_of": ["sql"]}}, {"skills": {"any_of": ["python", "r"]}}],
            )
        ],
    ),
    (
        "Experience with a BI tool such as Tableau or Looker",
        [("required", "skills", {"any_of": ["tableau", "looker"]})],
    ),
    (
        "Experience with SIEM tools such as Splunk",
        [("required", "skills", {"any_of": ["siem", "splunk"]})],
    ),
    (
        "Experience with cloud platforms (AWS, GCP, Azure)",
        [("required", "skills", {"any_of": ["aws", "gcp", "azure"]})],
    ),
    ("Experience in R", [("required", "skills", {"all_of": ["r"]})]),
    ("Knowledge of C and C++", [("required", "skills", {"all_of": ["c", "cpp"]})]),
    (  # a kind of tool: the skills are a reading, so preferred
        "Proficient with AI tools",
        [("preferred", "skills", {"any_of": ["tensorflow", "pytorch", "scikit-learn", "keras"]})],
    ),
    ("Exceptional statistics skill", [("preferred", "skills", {"all_of": ["statistics"]})]),
    ("Strong Python skills required", [("required", "skills", {"all_of": ["python"]})]),
    ("Experience with Jira or similar tools", [("preferred", "skills", {"all_of": ["jira"]})]),
    (
        "Experience with WordPress or Webflow",
        [("preferred", "skills", {"all_of": ["wordpress"]})],
    ),
]

CREDENTIALS: list[tuple[str, list[Drafted]]] = [
    ("Active RN licence", [("required", "certification", {"any_of": ["registered-nurse"]})]),
    ("Current BLS certification", [("required", "certification", {"any_of": ["aha-bls"]})]),
    (
        "BLS and ACLS certifications",
        [
            ("required", "certification", {"any_of": ["aha-bls"]}),
            ("required", "certification", {"any_of": ["aha-acls"]}),
        ],
    ),
    (
        "ACLS or PALS certification",
        [("required", "certification", {"any_of": ["aha-acls", "aha-pals"]})],
    ),
    ("Current CPR/BLS certification", [("required", "certification", {"any_of": ["aha-bls"]})]),
    (  # an alternative the catalog lacks: as required it would refuse its holders
        "CPA or CMA",
        [("preferred", "certification", {"any_of": ["cpa"]})],
    ),
    (
        "CPA license or progress toward it",
        [("required", "certification", {"any_of": ["cpa"], "include_in_progress": True})],
    ),
    (
        "AWS Certified Solutions Architect – Associate preferred",
        [("preferred", "certification", {"any_of": ["aws-solutions-architect-associate"]})],
    ),
    (
        "Certifications applicable to a machine learning engineer or related",
        [("preferred", "certification", {"any_of": ML_CERTIFICATIONS})],
    ),
    ("CPP certification", []),  # a credential the catalog lacks, not the skill C++
]

INLINE: list[tuple[str, Kind, list[Drafted]]] = [
    ("Master's degree preferred", "required", [("preferred", "degree", {"min_level": "master"})]),
    (
        "Ideally, experience with Kubernetes",
        "required",
        [("preferred", "skills", {"all_of": ["kubernetes"]})],
    ),
    ("Docker is a plus", "required", [("preferred", "skills", {"all_of": ["docker"]})]),
    (
        "Bachelor's degree required",
        "preferred",
        [("required", "degree", {"min_level": "bachelor"})],
    ),
    (
        "Experience with Terraform",
        "preferred",
        [("preferred", "skills", {"all_of": ["terraform"]})],
    ),
    (  # written as a qualification among the duties
        "Programming experience in Python and Java",
        "duties",
        [("required", "skills", {"all_of": ["python", "java"]})],
    ),
    ("Analyze statistics data", "duties", []),
    ("Python and Java", "other", []),
]


@pytest.mark.parametrize(("phrase", "expected"), DEGREES)
def test_degrees(phrase: str, expected: list[Drafted]) -> None:
    assert drafted(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), YEARS)
def test_years(phrase: str, expected: list[Drafted]) -> None:
    assert drafted(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), SKILLS)
def test_skills(phrase: str, expected: list[Drafted]) -> None:
    assert drafted(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), CREDENTIALS)
def test_certifications_and_licences(phrase: str, expected: list[Drafted]) -> None:
    assert drafted(phrase) == expected


@pytest.mark.parametrize(("phrase", "section", "expected"), INLINE)
def test_inline_cues_override_the_heading(
    phrase: str, section: Kind, expected: list[Drafted]
) -> None:
    assert drafted(phrase, section) == expected


NOT_SCREENED: list[tuple[str, Kind, str]] = [
    ("Integrity and drive", "required", "a personal quality"),
    ("Strong teamwork skills", "required", "a soft skill"),
    ("Leadership skills", "required", "a soft skill"),
    ("Programming skills", "required", "names no skill"),
    ("Fluent in Spanish", "required", "a spoken language"),
    ("Must be authorized to work in the United States", "required", "condition of employment"),
    ("Valid driver's licence", "required", "condition of employment"),
    ("Current dental hygiene licence", "required", "certifications.yaml does not hold"),
    ("Meet with managers", "duties", "a duty"),
    ("We are hiring!", "intro", "introduction"),
    ("Recent graduate", "required", "refers to age"),
    ("Digital native", "required", "refers to age"),
    ("Young and energetic", "required", "refers to age"),
    ("Native English speaker", "required", "refers to native language"),
    ("Graduated after 2020", "required", "refers to age"),
    ("Maximum of 10 years of experience", "required", "an experience maximum"),
    ("We are an equal opportunity employer", "required", "equal-opportunity"),
]


@pytest.mark.parametrize(("phrase", "section", "reason"), NOT_SCREENED)
def test_what_is_not_screened_says_why(phrase: str, section: Kind, reason: str) -> None:
    read = reading(phrase, section)
    assert read.criteria == ()
    assert read.reason is not None
    assert reason in read.reason


def test_a_range_is_labelled_by_its_minimum_and_its_maximum_linted() -> None:
    read = reading("3-5 years of experience")
    assert [c.label for c in read.criteria] == ["3+ years of experience"]
    assert [c.text for c in read.criteria] == ["3-5 years of experience"]
    assert [(f.text, f.trait) for f in read.lint] == [("3-5 years", "age")]


def test_parts_of_one_clause_cite_their_own_words() -> None:
    read = reading("Bachelor's degree in Accounting and 3+ years of experience")
    assert [c.text for c in read.criteria] == [
        "Bachelor's degree in Accounting",
        "3+ years of experience",
    ]
    assert all(c.end - c.start == len(c.text) for c in read.criteria)


def test_demotions_come_with_a_note() -> None:
    notes = [note for c in reading("Proficient with AI tools").criteria for note in c.notes]
    assert any("kind of tool" in note for note in notes)
    notes = [n for c in reading("BS/MS in CS or equivalent experience").criteria for n in c.notes]
    assert any("equivalent experience" in note for note in notes)


def test_a_clause_too_long_to_be_one_requirement_is_reported() -> None:
    read = reading("Python, " * 200)
    assert read.criteria == ()
    assert read.reason is not None
    assert read.reason.startswith("longer than 600 characters")
