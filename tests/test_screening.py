"""The library façade: Screener.from_rules(...).screen_* on real files and text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.ingest.limits import Limits
from screener.models import ScreeningResult
from screener.screening import Screener, chunk_size
from tests import factory

SAMPLES = Path(__file__).resolve().parents[1] / "sample_resumes"
RESUME = """Dana Whitfield

EXPERIENCE
Senior ML Engineer, Northwind Analytics\t06/2019 – Present
Built ranking models in Python and Java services.

EDUCATION
B.S. Computer Science, Purdue University, 2016
"""


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.from_rules("ml-engineer")


def test_file_bytes_and_text_agree(screener: Screener) -> None:
    path = SAMPLES / "marcus_bell.txt"
    from_file = screener.screen_file(path, as_of="2026-11")
    from_bytes = screener.screen_bytes(path.read_bytes(), path.name, as_of="2026-11")
    assert from_file == from_bytes
    assert from_file.verdict == "meets"
    assert from_file.candidate.sha256 is not None


def test_screening_json_is_byte_identical(screener: Screener) -> None:
    path = SAMPLES / "jordan_ellis.pdf"
    first = screener.screen_file(path, as_of="2026-11").model_dump_json()
    assert screener.screen_file(path, as_of="2026-11").model_dump_json() == first


def test_a_skill_written_a_thousand_times_counts_once(screener: Screener) -> None:
    once = screener.screen_text(RESUME, as_of="2026-11")
    padded = RESUME + "\nSKILLS\n" + ", ".join(["Python"] * 1000) + "\n"
    many = screener.screen_text(padded, as_of="2026-11")
    assert many.score == once.score
    assert many.verdict == once.verdict == "meets"


def test_provenance_records_what_produced_it(screener: Screener) -> None:
    screening = screener.screen_text(RESUME, as_of="2026-11")
    provenance = screening.provenance
    assert provenance.rules.id == "ml-engineer"
    assert len(provenance.rules.sha256) == 64
    assert provenance.as_of == "2026-11"
    assert {"skills", "certifications", "degrees", "fields", "sections"} <= set(
        provenance.taxonomies
    )
    assert {"skills", "degrees", "experience", "certifications"} <= set(provenance.extractors)


def test_screen_many_streams_and_keeps_going(tmp_path: Path) -> None:
    screener = Screener.from_rules("ml-engineer", limits=Limits(timeout_s=3))
    (tmp_path / "good.txt").write_text(RESUME, encoding="utf-8")
    (tmp_path / "loop.pdf").write_bytes(factory.pdf_self_reference())
    (tmp_path / "junk.docx").write_bytes(b"PK\x03\x04 junk")
    (tmp_path / "scan.pdf").write_bytes(factory.pdf_image_only())
    results = {Path(r.source).name: r for r in screener.screen_many([tmp_path], workers=2,
                                                                    as_of="2026-11")}  # fmt: skip
    assert set(results) == {"good.txt", "loop.pdf", "junk.docx", "scan.pdf"}
    assert _verdict(results["good.txt"]) == "meets"
    assert _verdict(results["scan.pdf"]) == "needs_review"
    assert _code(results["junk.docx"]) == "corrupt"
    assert _code(results["loop.pdf"]) == "parse_timeout"


def test_chunks_and_one_file_per_task_give_the_same_results(tmp_path: Path) -> None:
    screener = Screener.from_rules("ml-engineer", limits=Limits(timeout_s=3))
    for index in range(9):
        (tmp_path / f"{index}.txt").write_text(f"{RESUME}\nSQL {index}", encoding="utf-8")
    (tmp_path / "loop.pdf").write_bytes(factory.pdf_self_reference())
    (tmp_path / "junk.docx").write_bytes(b"PK\x03\x04 junk")
    runs = [
        list(screener.screen_many([tmp_path], workers=2, as_of="2026-11", ordered=True, chunk=n))
        for n in (1, 4)
    ]
    assert runs[0] == runs[1]
    assert _code(next(r for r in runs[1] if r.source.endswith("loop.pdf"))) == "parse_timeout"


@pytest.mark.parametrize(
    ("files", "workers", "expected"), [(4, 2, 1), (100, 2, 8), (40, 2, 5), (10**6, 16, 8)]
)
def test_small_batches_get_small_chunks(files: int, workers: int, expected: int) -> None:
    assert chunk_size(files, workers) == expected


def _verdict(result: ScreeningResult) -> str:
    assert result.screening is not None
    return result.screening.verdict


def _code(result: ScreeningResult) -> str:
    assert result.error is not None
    return result.error.code


@settings(max_examples=25, deadline=None, derandomize=True)
@given(times=st.integers(1, 300), skill=st.sampled_from(["Python", "Java", "PyTorch", "SQL"]))
def test_repeating_a_skill_never_changes_the_screening(times: int, skill: str) -> None:
    engine = Screener.from_rules("ml-engineer")
    once = engine.screen_text(RESUME + f"\nSKILLS\n{skill}\n", as_of="2026-11")
    padded = engine.screen_text(
        RESUME + "\nSKILLS\n" + ", ".join([skill] * times) + "\n", as_of="2026-11"
    )
    assert (padded.score, padded.verdict) == (once.score, once.verdict)
