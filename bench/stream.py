"""Peak memory of ``screener score`` streamed and ranked, and of ``screener rank``, by size.

Prints, for each batch size (copies of the bundled text samples under distinct names):
the peak RSS of the ``screener`` process (the parent, which keeps or drops the results;
the workers are the same either way and printed apart) for ``score --stream -o OUT``,
for ``score -f jsonl -o OUT`` (ranked in memory, the baseline) and for ``rank OUT``, and
the ratio streamed / ranked measured in the same run. Flat means the streamed figure does
not grow with the batch.

Run: ``.venv/bin/python bench/stream.py [--sizes 1000 10000]``.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

SAMPLES = Path(__file__).resolve().parents[1] / "sample_resumes"
MIB = 1024 * 1024


def make_batch(folder: Path, count: int) -> Path:
    """``count`` text résumés (the samples again and again) in a new folder."""
    target = folder / f"batch-{count}"
    target.mkdir()
    sources = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]
    for index in range(count):
        (target / f"{index:06d}.txt").write_bytes(sources[index % len(sources)])
    return target


def peak_rss(args: list[str]) -> tuple[float, float, float]:
    """Run the command line; its peak RSS, the largest worker's (MiB) and the seconds."""
    command = [sys.executable, "-m", "screener.cli.main", *args]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watched = psutil.Process(process.pid)
    parent = worker = 0.0
    while process.poll() is None:
        with contextlib.suppress(psutil.Error):
            parent = max(parent, watched.memory_info().rss / MIB)
            for child in watched.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    worker = max(worker, child.memory_info().rss / MIB)
        time.sleep(0.05)
    return parent, worker, time.perf_counter() - start


def main() -> None:
    """Print the memory table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    args = parser.parse_args()
    header = f"{'files':>7} {'stream MiB':>11} {'ranked MiB':>11} {'stream/ranked':>14}"
    print(header + f" {'rank MiB':>9} {'worker MiB':>11} {'stream s':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for count in args.sizes:
            batch = make_batch(root, count)
            base = ["score", "ml-engineer", str(batch), "--as-of", "2026-11"]
            out = root / f"out-{count}.jsonl"
            streamed, worker, seconds = peak_rss([*base, "--stream", "-o", str(out)])
            ranked, _, _ = peak_rss([*base, "-f", "jsonl", "-o", str(root / "ranked.jsonl")])
            ranking, _, _ = peak_rss(["rank", str(out), "-f", "jsonl", "-o", str(root / "r")])
            print(
                f"{count:>7} {streamed:11.1f} {ranked:11.1f} {streamed / ranked:13.2f}×"
                f" {ranking:9.1f} {worker:11.1f} {seconds:9.1f}"
            )


if __name__ == "__main__":
    main()
