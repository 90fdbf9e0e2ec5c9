"""JSON Resume export: schema v1.0.0 keys, found facts only, no contact when blind."""

from __future__ import annotations

import json

from screener.models.profile import Contact, Experience, Profile
from screener.report import to_json_resume
from tests.report import profile


def test_expected_sections_and_fields() -> None:
    resume = to_json_resume(profile())
    assert list(resume) == [
        "basics",
        "work",
        "education",
        "skills",
        "certificates",
        "languages",
        "meta",
    ]
    assert resume["meta"] == {"canonical": "https://jsonresume.org/schema", "version": "v1.0.0"}
    assert resume["basics"] == {
        "name": "Dana Whitfield",
        "email": "dana@example.com",
        "phone": "+1 555 0100",
        "profiles": [{"url": "https://github.com/danaw"}],
    }
    assert resume["work"] == [
        {
            "name": "Northwind Analytics",
            "position": "Senior ML Engineer",
            "startDate": "2021-01",
        },
        {"name": "Contoso", "startDate": "2018-03", "endDate": "2020-12"},
    ]
    assert resume["education"] == [
        {
            "institution": "Purdue University",
            "area": "Computer Science",
            "studyType": "bachelor",
            "endDate": "2016",
        },
        {"studyType": "master"},
    ]
    assert resume["skills"] == [{"name": "Python"}]  # implied skills are not facts written
    assert resume["certificates"] == [
        {"name": "AWS Solutions Architect", "issuer": "Amazon", "date": "2022"},
        {"name": "Scrum Master"},
    ]
    assert resume["languages"] == [{"language": "English", "fluency": "C2"}]


def test_area_falls_back_to_field_id() -> None:
    base = profile()
    degree = base.degrees[0].model_copy(update={"field_text": None})
    resume = to_json_resume(base.model_copy(update={"degrees": (degree,)}))
    assert resume["education"][0]["area"] == "computer_science"


def test_blind_has_nothing_from_contact() -> None:
    resume = to_json_resume(profile(), blind=True)
    assert "basics" not in resume
    text = json.dumps(resume)
    for secret in ("Dana", "Whitfield", "example.com", "example.org", "555", "github"):
        assert secret not in text
    assert resume["work"]


def test_empty_profile_has_only_meta() -> None:
    empty = Profile(experience=Experience(total_months=0, internship_months=0, as_of="2025-01"))
    assert to_json_resume(empty) == {
        "meta": {"canonical": "https://jsonresume.org/schema", "version": "v1.0.0"}
    }


def test_empty_contact_gives_no_basics() -> None:
    assert "basics" not in to_json_resume(profile(Contact()))
