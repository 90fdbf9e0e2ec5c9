"""``screener score --stream`` and ``--resume`` as a data engineer runs them: real processes.

A run is started as a subprocess, its output file read while it runs, killed with SIGKILL
halfway, resumed; every file must end up answered exactly once, as an uninterrupted run
answers it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from screener.cli.main import app
from tests import factory

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[2] / "sample_resumes"
AS_OF = ("--as-of", "2026-11")
POLL_S = 0.01
WAIT_S = 120.0  # a generous ceiling for a loaded machine; never a timing assertion


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "screener.cli.main", *args]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen[bytes]) -> int:
    """Poll ``path`` until it has ``count`` lines (or the process ends); the lines seen."""
    deadline = time.monotonic() + WAIT_S
    seen = 0
    while time.monotonic() < deadline and process.poll() is None:
        seen = path.read_bytes().count(b"\n") if path.exists() else 0
        if seen >= count:
            break
        time.sleep(POLL_S)
    return seen


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """About 50 résumés, a corrupt PDF and, sorted last, a PDF whose parse never ends."""
    folder = tmp_path / "in"
    folder.mkdir()
    for copy in range(2):
        for source in sorted(SAMPLES.glob("*.txt")):
            shutil.copy(source, folder / f"{copy}-{source.name}")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    (folder / "zz-loop.pdf").write_bytes(factory.pdf_self_reference())
    return folder


def test_stream_writes_each_line_as_soon_as_it_is_done(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-loop.pdf").write_bytes(factory.pdf_self_reference())  # holds one worker
    good = sorted(SAMPLES.glob("*.txt"))[:6]
    for source in good:
        shutil.copy(source, folder / source.name)
    out = tmp_path / "out.jsonl"
    args = ("score", "ml-engineer", str(folder), "--stream", "-o", str(out), "--workers", "2")
    process = subprocess.Popen(_command(*args, *AS_OF, "--timeout", "60"), stderr=subprocess.PIPE)
    try:
        seen = _wait_for_lines(out, len(good), process)
        running = process.poll() is None
        data = out.read_bytes()
    finally:
        process.kill()
        process.wait()
    assert running, "the run ended before the hanging file's deadline"
    assert seen == len(good)
    assert data.endswith(b"\n")  # whole lines, flushed one by one, not a buffer's worth
    assert {Path(line["source"]).name for line in _lines(out)} == {p.name for p in good}


def test_resume_after_a_killed_run_answers_every_file_once(batch: Path, tmp_path: Path) -> None:
    out, reference = tmp_path / "out.jsonl", tmp_path / "reference.jsonl"
    args = ("score", "ml-engineer", str(batch), *AS_OF, "--timeout", "2", "--workers", "2")
    process = subprocess.Popen(
        _command(*args, "--stream", "-o", str(out)), stderr=subprocess.DEVNULL
    )
    try:
        killed_at = _wait_for_lines(out, 10, process)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    files = sorted(str(path) for path in batch.iterdir())
    assert 10 <= killed_at < len(files), "the run was not killed halfway"
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"candidate": "torn by a kill", "source": "')  # no newline: a torn line

    resumed = runner.invoke(app, [*args, "--resume", "-o", str(out)])
    assert resumed.exit_code == 3, resumed.stderr  # the corrupt and the hanging file
    assert "its torn last line was dropped" in resumed.stderr
    lines = _lines(out)
    assert Counter(line["source"] for line in lines) == Counter(files)  # each exactly once

    whole = runner.invoke(app, [*args, "--stream", "-o", str(reference)])
    assert whole.exit_code == 3
    by_source = {line["source"]: line for line in _lines(reference)}
    assert {line["source"]: line for line in lines} == by_source
    codes = {
        Path(s).name: line["error"]["code"] for s, line in by_source.items() if "error" in line
    }
    assert codes == {"broken.pdf": "corrupt", "zz-loop.pdf": "parse_timeout"}
    assert all(line["sha256"] for line in lines)

    ranked = runner.invoke(app, ["rank", str(out), "--format", "jsonl"])
    direct = runner.invoke(app, [*args, "--format", "jsonl"])
    assert ranked.exit_code == 0
    assert ranked.stdout == direct.stdout  # rank of the resumed file = a non-streamed score


def test_resume_again_does_nothing_and_a_changed_file_is_screened_again(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for source in sorted(SAMPLES.glob("*.txt"))[:3]:
        shutil.copy(source, folder / source.name)
    out = tmp_path / "out.jsonl"
    args = ["score", "ml-engineer", str(folder), *AS_OF, "--resume", "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    first = out.read_bytes()
    again = runner.invoke(app, args)
    assert again.exit_code == 0
    assert "3 file(s) already answered, 0 to go" in again.stderr
    assert out.read_bytes() == first
    changed = sorted(folder.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nKubernetes\n", encoding="utf-8")
    assert runner.invoke(app, args).exit_code == 0
    sources = [line["source"] for line in _lines(out)]
    assert len(sources) == 4
    assert sources[-1] == str(changed)
    ranked = runner.invoke(app, ["rank", str(out), "-f", "jsonl"])
    assert sorted(line["source"] for line in map(json.loads, ranked.stdout.splitlines())) == sorted(
        str(path) for path in folder.iterdir()
    )


def test_resume_refuses_a_file_that_is_not_results(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text("my notes\n", encoding="utf-8")
    shutil.copy(SAMPLES / "marcus_bell.txt", tmp_path / "cv.txt")
    result = runner.invoke(
        app, ["score", "ml-engineer", str(tmp_path / "cv.txt"), "--resume", "-o", str(out)]
    )
    assert result.exit_code == 2
    assert "line 1: not a result line" in result.stderr
    assert out.read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--stream", "-f", "csv"], "--stream writes JSON Lines"),
        (["--stream", "--blind"], "--stream keeps the paths"),
        (["--resume"], "--resume appends to a file"),
    ],
)
def test_stream_options_that_cannot_work_are_usage_errors(extra: list[str], message: str) -> None:
    result = runner.invoke(app, ["score", "ml-engineer", str(SAMPLES / "marcus_bell.txt"), *extra])
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
