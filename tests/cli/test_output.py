"""``--output`` is opened before any work: a path that cannot be written costs nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli.main import app

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[2] / "sample_resumes" / "marcus_bell.txt"
PROBE = """
import sys
import pebble
pools = []
start = pebble.ProcessPool.__init__
def counted(self, *args, **kwargs):
    pools.append(self)
    start(self, *args, **kwargs)
pebble.ProcessPool.__init__ = counted
from screener.cli.main import app
try:
    app(sys.argv[1:], prog_name="screener")
finally:
    print("worker pools started:", len(pools), file=sys.stderr)
"""


def _unwritable(tmp_path: Path) -> list[Path]:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    return [tmp_path / "missing" / "out.jsonl", a_file / "out.jsonl", tmp_path]


@pytest.mark.parametrize("case", [0, 1, 2], ids=["no folder", "under a file", "a folder"])
def test_an_unwritable_output_is_refused_before_any_work(tmp_path: Path, case: int) -> None:
    target = _unwritable(tmp_path)[case]
    args = ["score", "no-such-rules", str(SAMPLE), "-o", str(target)]  # rules load later
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True)
    assert done.returncode == 2
    assert f"cannot write --output {target}" in done.stderr
    assert "rules_not_found" not in done.stderr  # refused before the rules were read
    assert "worker pools started: 0" in done.stderr
    assert done.stdout == ""


def test_rank_refuses_an_unwritable_output(tmp_path: Path) -> None:
    results = tmp_path / "out.jsonl"
    results.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["rank", str(results), "-o", str(tmp_path / "no" / "x.csv")])
    assert result.exit_code == 2
    assert "cannot write --output" in result.stderr


def test_an_earlier_results_file_survives_a_run_that_stops_early(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("results of yesterday\n", encoding="utf-8")
    result = runner.invoke(app, ["score", "no-such-rules", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "results of yesterday\n"
