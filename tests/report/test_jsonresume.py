"""JSON Resume export: schema v1.0.0 keys, found facts only, no contact when blind; and
every sample read back from its export gets the same verdict."""

from __future__ import annotations

import json
from pathlib import Path

from screener.models.profile import Contact, Experience, Profile
from screener.report import to_json_resume
from screener.requirements.loading import load_rules
from screener.stages import analyse, read_document
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


def test_every_sample_exported_and_read_back_gets_the_same_verdict() -> None:
    """Issue 13: a JSON Resume written by Screener and screened again gives the verdict the
    résumé got (the scanned sample, with no text, has nothing to export and is left out)."""
    rules = load_rules("ml-engineer")
    changed = []
    for path in _samples():
        first = analyse(read_document(path.read_bytes(), path.name), rules, as_of="2026-11")
        if not first.profile.positions and not first.profile.degrees:
            continue
        exported = json.dumps(to_json_resume(first.profile), ensure_ascii=False).encode()
        again = analyse(read_document(exported, f"{path.stem}.json"), rules, as_of="2026-11")
        if again.screening.verdict != first.screening.verdict:
            changed.append(f"{path.name}: {first.screening.verdict} → {again.screening.verdict}")
    assert changed == []


def _samples() -> list[Path]:
    root = Path(__file__).resolve().parents[2] / "sample_resumes"
    found = (p for p in root.rglob("*") if p.suffix in {".pdf", ".docx", ".txt"})
    return sorted(p for p in found if "holdout" not in p.relative_to(root).parts)
