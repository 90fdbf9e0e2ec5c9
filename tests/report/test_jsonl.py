"""JSON Lines and JSON: one object per file, sorted keys, blind output leaks no file name."""

from __future__ import annotations

import io
import json
from typing import Any

from screener.models.screening import Screening, ScreeningResult
from screener.report import write_json, write_jsonl
from tests.report import failed, screened


def _lines(results: list[ScreeningResult], *, blind: bool = False) -> tuple[str, list[Any]]:
    stream = io.StringIO()
    write_jsonl(results, stream, blind=blind)
    text = stream.getvalue()
    return text, [json.loads(line) for line in text.splitlines()]


def test_one_ranked_object_per_line() -> None:
    results = [failed("bad.pdf", "pdf_encrypted", "locked"), screened("ok.pdf", "meets", 80)]
    text, objects = _lines(results)
    assert text.endswith("\n")
    assert len(objects) == 2
    first, second = objects
    assert set(first) == {"candidate", "source", "sha256", "screening"}
    assert first["candidate"] == first["source"] == "ok.pdf"
    assert Screening.model_validate(first["screening"]) == results[1].screening
    assert first["sha256"] == first["screening"]["candidate"]["sha256"]
    assert second == {
        "candidate": "bad.pdf",
        "source": "bad.pdf",
        "sha256": None,
        "error": {"code": "pdf_encrypted", "message": "locked"},
    }


def test_an_unreadable_files_hash_is_written_when_given() -> None:
    stream = io.StringIO()
    write_jsonl([failed("bad.pdf")], stream, blind=False, hashes={"bad.pdf": "ab" * 32})
    assert json.loads(stream.getvalue())["sha256"] == "ab" * 32


def test_keys_sorted_and_text_unescaped() -> None:
    text, _ = _lines([screened("Zoë résumé.pdf")])
    assert "Zoë résumé.pdf" in text
    line = text.splitlines()[0]
    assert line == json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False)


def test_blind_leaks_no_file_name() -> None:
    results = [
        screened("Jane_Doe_resume.pdf"),
        failed("/hr/John_Smith.docx", message="cannot open '/hr/John_Smith.docx' (John_Smith)"),
    ]
    text, objects = _lines(results, blind=True)
    for secret in ("Jane", "Doe", "John", "Smith", "/hr"):
        assert secret not in text
    assert all("source" not in obj for obj in objects)
    assert objects[0]["screening"]["candidate"]["filename"] is None
    assert objects[0]["screening"]["candidate"]["sha256"] == results[0].screening.candidate.sha256  # type: ignore[union-attr]
    assert objects[1]["error"]["code"] == "unsupported_format"


def test_json_array_matches_lines() -> None:
    results = [screened("b.pdf", "needs_review", 40), failed("c.pdf"), screened("a.pdf")]
    stream = io.StringIO()
    write_json(results, stream, blind=False)
    text = stream.getvalue()
    assert text.startswith('[\n  {\n    "candidate"')
    assert json.loads(text) == _lines(results)[1]


def test_json_empty_batch() -> None:
    stream = io.StringIO()
    write_json([], stream, blind=True)
    assert json.loads(stream.getvalue()) == []
