from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from screener.cli.main import app
from tests import factory

runner = CliRunner()


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "nested").mkdir()
    (tmp_path / "a.txt").write_text("Dana Whitfield\nPython and Java", encoding="utf-8")
    (tmp_path / "nested" / "b.pdf").write_bytes(factory.pdf_pages([factory.RESUME_LINES]))
    (tmp_path / "c.docx").write_bytes(factory.docx_document(["Java developer"]))
    (tmp_path / "a.expected.yaml").write_text("not a resume", encoding="utf-8")
    return tmp_path


def test_parse_prints_one_json_line_per_file(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["parse", str(_folder(tmp_path)), "--document", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["file"]).name for r in records] == ["a.txt", "c.docx", "b.pdf"]
    assert records[2]["document"]["source"]["media_type"] == "application/pdf"
    assert "Purdue University" in records[2]["document"]["text"]


def test_parse_json_of_one_file_is_the_record(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("Python", encoding="utf-8")
    result = runner.invoke(app, ["parse", str(path), "--document", "--format", "json"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["text"] == "Python"
    assert record["pages"] == [{"number": 1, "start": 0, "end": 6}]


def test_unreadable_files_are_listed_and_exit_3(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 truncated")
    (folder / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["parse", str(folder), "--format", "jsonl"])
    assert result.exit_code == 3
    errors = {
        Path(r["file"]).name: r["error"]["code"]
        for r in map(json.loads, result.stdout.splitlines())
        if "error" in r
    }
    assert errors == {"broken.pdf": "corrupt", "empty.txt": "empty_file"}


def test_limit_flags_reach_the_workers(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(factory.pdf_pages([["page"]] * 5))
    result = runner.invoke(app, ["parse", str(path), "--max-pages", "3", "--format", "json"])
    assert result.exit_code == 3
    assert json.loads(result.stdout)["error"]["code"] == "too_many_pages"


def test_text_format_shows_warnings_without_markup_injection(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("[red]not markup[/red] Ja\u200bva", encoding="utf-8")
    result = runner.invoke(app, ["parse", str(path), "--document"])
    assert result.exit_code == 0
    assert "[red]not markup[/red] Java" in result.stdout
    assert "obfuscated_text" in result.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["parse", str(tmp_path / "missing.pdf")]).exit_code == 2
    assert runner.invoke(app, ["parse", str(tmp_path), "--format", "xml"]).exit_code == 2


RESUME = """Dana Whitfield
dana@example.com

EXPERIENCE
Senior ML Engineer, Northwind Analytics\t06/2019 – Present
Built ranking models in Python and Java services.
Data Analyst Intern, Contoso\tSummer 2018

EDUCATION
B.S. Computer Science, Purdue University, 2016

CERTIFICATIONS
IBM Machine Learning Professional Certificate (Coursera), 2020
"""


def test_parse_prints_the_profile_as_json(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(RESUME, encoding="utf-8")
    result = runner.invoke(app, ["parse", str(path), "--format", "json", "--as-of", "2026-11"])
    assert result.exit_code == 0, result.output
    profile = json.loads(result.stdout)
    assert profile["highest_degree"]["level"] == "bachelor"
    assert profile["experience"]["total_months"] == 90
    assert profile["experience"]["internship_months"] == 3
    assert profile["experience"]["as_of"] == "2026-11"
    assert {"python", "java"} <= {skill["id"] for skill in profile["skills"]}
    assert [c["id"] for c in profile["certifications"]] == ["ibm-ml-professional"]
    for fact in [*profile["degrees"], *profile["skills"], *profile["certifications"]]:
        for evidence in fact["evidence"]:
            assert RESUME[evidence["start"] : evidence["end"]] == evidence["text"]


def test_parse_profile_text_view(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(RESUME, encoding="utf-8")
    result = runner.invoke(app, ["parse", str(path), "--as-of", "2026-11"])
    assert result.exit_code == 0, result.output
    assert "bachelor in computer-science" in result.stdout
    assert "7 y 6 m" in result.stdout


def test_bad_as_of_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(RESUME, encoding="utf-8")
    assert runner.invoke(app, ["parse", str(path), "--as-of", "Nov 2026"]).exit_code == 2


def test_parse_exports_a_json_resume_that_parses_back(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "Dana Whitfield\n\nEXPERIENCE\nML Engineer, Acme\t2019-01 – 2022-12\n\n"
        "EDUCATION\nB.S. Computer Science, Purdue University, 2016\n\nSKILLS\nPython, Java\n",
        encoding="utf-8",
    )
    exported = runner.invoke(app, ["parse", str(path), "-f", "jsonresume", "--as-of", "2026-11"])
    assert exported.exit_code == 0, exported.output
    resume = json.loads(exported.stdout)  # one file: the JSON Resume itself
    assert resume["meta"]["canonical"] == "https://jsonresume.org/schema"
    assert resume["work"][0]["startDate"] == "2019-01"
    back = tmp_path / "cv.json"
    back.write_text(exported.stdout, encoding="utf-8")
    read = runner.invoke(app, ["parse", str(back), "-f", "json", "--as-of", "2026-11"])
    assert read.exit_code == 0, read.output
    profile = json.loads(read.stdout)
    assert profile["experience"]["total_months"] == 48
    assert profile["degrees"][0]["field"] == "computer-science"
    assert {"python", "java"} <= {skill["id"] for skill in profile["skills"]}
    refused = runner.invoke(app, ["parse", str(path), "--document", "-f", "jsonresume"])
    assert refused.exit_code == 2
