"""JSON Resume as an input: detected from its content, validated with the path of a wrong
value, and written out as the résumé text the pipeline reads (tables of JSON → facts)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from screener.errors import InvalidJsonResume
from screener.ingest.reader import read_document
from screener.parsing import parse_bytes

AS_OF = "2026-11"


def _profile(resume: dict[str, Any]) -> Any:
    return parse_bytes(json.dumps(resume).encode(), "cv.json", as_of=AS_OF)


@pytest.mark.parametrize(
    ("work", "total", "internship"),
    [
        ([{"name": "Acme", "position": "ML Engineer", "startDate": "2020-01-15",
           "endDate": "2021-12-31"}], 24, 0),
        ([{"name": "Acme", "position": "ML Engineer", "startDate": "2025-01"}], 23, 0),  # to as-of
        ([{"name": "Acme", "position": "Data Intern", "startDate": "2019-06",
           "endDate": "2019-08"}], 0, 3),
        ([{"name": "Acme", "position": "Research Assistant", "startDate": "2018-01",
           "endDate": "2018-12", "summary": "Internship"}], 0, 12),
        # years alone count as a year-only range in a résumé does (sample_resumes/README.md)
        ([{"name": "Acme", "position": "Engineer", "startDate": "2016", "endDate": "2017"}], 12, 0),
    ],
)  # fmt: skip
def test_work_becomes_positions(work: list[dict[str, str]], total: int, internship: int) -> None:
    experience = _profile({"work": work}).experience
    assert (experience.total_months, experience.internship_months) == (total, internship)


@pytest.mark.parametrize(
    ("education", "level", "field", "status"),
    [
        ({"studyType": "Master", "area": "Computer Science", "institution": "ETH Zürich",
          "endDate": "2019"}, "master", "computer-science", "completed"),
        ({"studyType": "bachelor", "area": "mathematics", "institution": "University of Leeds",
          "endDate": "2016"}, "bachelor", "mathematics", "completed"),
        ({"studyType": "Bachelor of Science", "area": "Physics", "institution": "MIT",
          "endDate": "2027", "status": "in_progress"}, "bachelor", "physics", "in_progress"),
        ({"studyType": "PhD", "area": "Statistics", "institution": "Stanford University",
          "startDate": "2021-09"}, "doctorate", "statistics", "in_progress"),  # still running
    ],
)  # fmt: skip
def test_education_becomes_degrees(
    education: dict[str, str], level: str, field: str, status: str
) -> None:
    [degree] = _profile({"education": [education]}).degrees
    assert (degree.level, degree.field, degree.status) == (level, field, status)


def test_skills_certificates_and_languages_are_read() -> None:
    profile = _profile(
        {
            "basics": {"name": "Dana Whitfield", "email": "dana@example.com"},
            "skills": [{"name": "Programming", "keywords": ["Python", "Java"]}, {"name": "SQL"}],
            "certificates": [
                {"name": "AWS Certified Machine Learning – Specialty", "issuer": "AWS",
                 "date": "2024-03-01"},
                {"name": "Certified Kubernetes Administrator", "status": "expired"},
            ],
            "languages": [{"language": "German", "fluency": "C1"}],
        }
    )  # fmt: skip
    assert {"python", "java", "sql"} <= {skill.id for skill in profile.skills}
    assert {(c.id, c.status) for c in profile.certifications} == {
        ("aws-ml-specialty", "completed"),
        ("cka", "expired"),
    }
    assert [(language.code, language.level) for language in profile.languages] == [("de", "C1")]
    assert profile.contact.emails == ("dana@example.com",)


@pytest.mark.parametrize(
    ("resume", "path"),
    [
        ({"work": {"name": "Acme"}}, "work"),
        ({"work": [{"name": "Acme", "startDate": 2020}]}, "work[0].startDate"),
        ({"education": [{"highlights": "not a list"}], "basics": {}}, "education[0].highlights"),
        ({"basics": "Dana"}, "basics"),
    ],
)
def test_a_wrong_value_is_refused_with_its_path(resume: dict[str, Any], path: str) -> None:
    with pytest.raises(InvalidJsonResume) as refused:
        read_document(json.dumps(resume).encode(), "cv.json")
    assert refused.value.code == "invalid_json_resume"
    assert refused.value.details["path"] == path
    assert path in refused.value.message


@pytest.mark.parametrize(
    "data", [b'{"name": "not a resume"}', b"[1, 2]", b"{not json", b"Dana Whitfield\nPython"]
)
def test_a_json_file_that_is_no_resume_is_refused(data: bytes) -> None:
    with pytest.raises(InvalidJsonResume):
        read_document(data, "cv.json")


def test_the_content_decides_not_the_name() -> None:
    resume = {"skills": [{"name": "Python"}]}
    document = read_document(json.dumps(resume).encode() + b" ", "cv.txt")
    assert document.source.media_type == "application/json"
    assert document.has_warning("type_mismatch")
