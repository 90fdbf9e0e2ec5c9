"""The public parsing API over every bundled sample: evidence is exact, output deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest

import screener
from screener.ingest.reader import read_document
from screener.models import Evidence, Profile

SAMPLES = Path(__file__).resolve().parents[1] / "sample_resumes"
FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".docx", ".txt"))


def _evidence(profile: Profile) -> list[Evidence]:
    facts = [*profile.degrees, *profile.positions, *profile.skills, *profile.certifications]
    return [evidence for fact in facts for evidence in fact.evidence]


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_quote_is_the_text_at_its_offsets(path: Path) -> None:
    document = read_document(path.read_bytes(), path.name)
    profile = screener.parse_file(path, as_of="2026-11")
    for evidence in _evidence(profile):
        assert document.text[evidence.start : evidence.end] == evidence.text
        assert evidence.text.strip() == evidence.text != ""
        assert evidence.page == document.page_at(evidence.start)


@pytest.mark.parametrize("path", FILES[::4], ids=lambda path: path.name)
def test_the_same_file_gives_byte_identical_json(path: Path) -> None:
    first = screener.parse_file(path, as_of="2026-11").model_dump_json()
    assert screener.parse_file(path, as_of="2026-11").model_dump_json() == first
    assert screener.parse_bytes(
        path.read_bytes(), path.name, as_of="2026-11"
    ).model_dump_json() == (first)


def test_parse_text_matches_parse_of_a_text_file() -> None:
    path = SAMPLES / "marcus_bell.txt"
    text = read_document(path.read_bytes(), path.name).text
    from_text = screener.parse_text(text, as_of="2026-11")
    from_file = screener.parse_file(path, as_of="2026-11")
    assert from_text.model_dump(exclude={"warnings"}) == from_file.model_dump(exclude={"warnings"})


def test_as_of_moves_present_but_nothing_else() -> None:
    path = SAMPLES / "marcus_bell.txt"
    later = screener.parse_file(path, as_of="2027-11").experience
    now = screener.parse_file(path, as_of="2026-11").experience
    ongoing = any(p.end is None for p in screener.parse_file(path, as_of="2026-11").positions)
    assert later.total_months == now.total_months + (12 if ongoing else 0)


def test_scanned_pdf_gives_an_empty_profile_that_says_why() -> None:
    profile = screener.parse_file(SAMPLES / "hiroshi_tanaka_scan.pdf", as_of="2026-11")
    assert profile.degrees == profile.skills == profile.positions == ()
    assert {"no_text_layer"} <= {warning.code for warning in profile.warnings}


def test_contact_is_found_and_kept_apart() -> None:
    profile = screener.parse_file(SAMPLES / "marcus_bell.txt", as_of="2026-11")
    assert profile.contact.emails
    assert all("@" not in skill.name for skill in profile.skills)
