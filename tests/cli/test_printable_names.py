"""File names the CLI prints carry no terminal escapes: a hostile name cannot retitle the
terminal, clear it or reverse the text after it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from screener.cli.main import app
from screener.cli.safe import printable

runner = CliRunner()
HOSTILE = "cv\x1b]0;pwned\x07\x1b[2J\r\u202efdp.txt"


def test_printable_shows_controls_as_escapes() -> None:
    assert printable(HOSTILE) == "cv\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\u202efdp.txt"
    assert printable("Zoë Müller – CV.pdf") == "Zoë Müller – CV.pdf"


def test_score_and_parse_print_no_raw_escapes(tmp_path: Path) -> None:
    resume = tmp_path / HOSTILE
    resume.write_text("Python developer", encoding="utf-8")
    unreadable = tmp_path / ("bad\x1b[31m.pdf")
    unreadable.write_bytes(b"not a pdf")
    runs = [
        ["score", "ml-engineer", str(tmp_path), "--format", "table"],
        ["parse", str(resume), str(unreadable), "--format", "text"],
    ]
    for arguments in runs:
        result = runner.invoke(app, arguments)
        shown = result.stdout + result.stderr
        assert "pwned" in shown or "bad" in shown, shown
        for raw in ("\x1b", "\x07", "\u202e"):
            assert raw not in shown, shown
