from __future__ import annotations

from pathlib import Path

from screener.errors import Corrupt
from screener.evaluation.labels import Label, load_labels
from screener.evaluation.scoring import evaluate
from screener.models import (
    Certification,
    Profile,
)
from tests.builders import EV, profile

EVIDENCE = EV


def _label(**changes: object) -> Label:
    data: dict[str, object] = {
        "file": "a.txt",
        "format": "txt",
        "layout": "plain",
        "as_of": "2026-11",
        "highest_degree": {"level": "bachelor", "field": "computer-science"},
        "experience": {"total_months": 30, "internship_months": 6, "claimed_years": None},
        "skills": ["python", "java"],
        "certifications": [{"id": "ibm-ml-professional", "status": "completed"}],
    }
    data.update(changes)
    return Label.model_validate(data)


def _profile(total: int = 30, skills: tuple[str, ...] = ("python", "java"),
             certs: tuple[str, ...] = ("ibm-ml-professional",)) -> Profile:  # fmt: skip
    return profile(
        months=total,
        internship_months=6,
        skills=skills,
        certs=tuple((c, "completed") for c in certs),
        positions=0,
    )


def test_a_perfect_profile_scores_everything_right() -> None:
    report = evaluate([_label()], {"a.txt": _profile()})
    assert all(tally.right == tally.total for tally in report.fields.values())
    assert report.skills["python"].tp == 1
    assert report.skills["javascript"].fp == 0
    assert report.certifications.recall == 1.0
    assert report.misses == []


def test_experience_within_a_year_is_right_and_beyond_is_a_miss() -> None:
    report = evaluate([_label()], {"a.txt": _profile(total=42)})
    assert report.fields["experience ±1 year"].right == 1
    report = evaluate([_label()], {"a.txt": _profile(total=43)})
    assert report.fields["experience ±1 year"].right == 0
    assert ("a.txt", "experience ±1 year", "30", "43") in report.misses


def test_skill_false_positive_and_false_negative() -> None:
    report = evaluate([_label()], {"a.txt": _profile(skills=("python", "javascript"))})
    assert (report.skills["java"].fn, report.skills["javascript"].fp) == (1, 1)
    assert report.skills["python"].precision == 1.0


def test_certification_recall_and_precision() -> None:
    report = evaluate([_label()], {"a.txt": _profile(certs=("aws-ml-specialty",))})
    assert (report.certifications.tp, report.certifications.fn, report.certifications.fp) == (
        0,
        1,
        1,
    )


def test_unreadable_file_is_a_miss_and_groups_are_kept() -> None:
    report = evaluate([_label()], {"a.txt": Corrupt()})
    assert report.fields["readable"].right == 0
    assert report.groups["format=txt"]["readable"].total == 1


def test_a_certification_labelled_by_name_matches_its_catalog_entry_or_raw_name() -> None:
    label = _label(
        certifications=[
            {"id": None, "name": "Certified Kubernetes Administrator"},
            {"id": None, "name": "Licensed Customs Broker (PRC)"},
        ]
    )
    found = (
        Certification(id="cka", name="CKA", evidence=EVIDENCE),
        Certification(id=None, name="Licensed Customs Broker, PRC", evidence=EVIDENCE),
        Certification(id=None, name="Food hygiene course", evidence=EVIDENCE),
    )
    profile = _profile().model_copy(update={"certifications": found})
    report = evaluate([label], {"a.txt": profile})
    every = report.all_certifications
    assert (every.tp, every.fn, every.fp) == (2, 0, 1)
    assert ("a.txt", "certification", "absent", "'Food hygiene course'") in report.misses


def test_labels_are_read_from_subfolders_but_never_from_a_holdout(tmp_path: Path) -> None:
    text = "file: {}\nformat: txt\nproducer: text\nlayout: plain\nas_of: 2026-11\n"
    text += "highest_degree: null\nexperience: {{total_months: 0}}\n"
    for folder, name in (("", "a"), ("latex", "b"), ("holdout", "c"), ("latex/holdout", "d")):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / f"{name}.expected.yaml").write_text(text.format(f"{name}.txt"))
    assert [label.key for label in load_labels(tmp_path)] == ["a.txt", "latex/b.txt"]
    assert [label.key for label in load_labels(tmp_path / "holdout")] == ["c.txt"]
    assert load_labels(tmp_path)[1].path == tmp_path / "latex" / "b.txt"
