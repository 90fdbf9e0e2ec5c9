"""End-to-end screening throughput, scaling, the engine's cost on top of pdfminer, memory.

Prints, in one run:
1. résumés per second on one core and on all cores, per format (TXT, DOCX, PDF), through
   ``Screener.screen_many`` (killable workers: read → extract → evaluate);
2. for PDFs, pdfminer's own time per file against the whole in-process screening, i.e.
   what the engine adds on top of pdfminer;
3. peak memory of the parent and of the workers for 1,000 and for 10,000 files.

Run: ``.venv/bin/python bench/screen.py [--copies 40] [--big 10000]``. Files are copies
of the bundled samples written to a temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psutil

from screener.ingest.limits import MIB
from screener.ingest.reader import read_document
from screener.screening import Screener

SAMPLES = Path(__file__).resolve().parents[1] / "sample_resumes"
AS_OF = "2026-11"


def copies(folder: Path, suffix: str, count: int) -> Path:
    """``count`` copies of the samples of one format (scans excluded) in a new folder."""
    target = folder / suffix
    target.mkdir()
    sources = [p for p in sorted(SAMPLES.glob(f"*.{suffix}")) if "scan" not in p.name]
    for index in range(count):
        source = sources[index % len(sources)]
        shutil.copy(source, target / f"{index:06d}-{source.name}")
    return target


def rate(screener: Screener, folder: Path, workers: int) -> float:
    """Files per second through one screen_many call, pool start-up included (best of 3)."""
    files = sorted(folder.iterdir())
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        count = sum(1 for _ in screener.screen_many(files, workers=workers, as_of=AS_OF))
        best = max(best, count / (time.perf_counter() - start))
    return best


def pdf_overhead(screener: Screener) -> tuple[float, float]:
    """Mean ms per sample PDF: pdfminer reading alone, and the whole screening."""
    pdfs = [p for p in sorted(SAMPLES.glob("*.pdf")) if "scan" not in p.name]
    data = [(p.read_bytes(), p.name) for p in pdfs]
    for blob, name in data:  # warm caches and the pipeline
        screener.screen_bytes(blob, name, as_of=AS_OF)
    start = time.perf_counter()
    for _ in range(3):
        for blob, name in data:
            read_document(blob, name)
    reading = (time.perf_counter() - start) / (3 * len(data))
    start = time.perf_counter()
    for _ in range(3):
        for blob, name in data:
            screener.screen_bytes(blob, name, as_of=AS_OF)
    whole = (time.perf_counter() - start) / (3 * len(data))
    return 1000 * reading, 1000 * whole


def memory_run(screener: Screener, folder: Path, workers: int) -> tuple[float, float]:
    """Peak RSS (MiB) of this process, and the largest worker's sampled every 0.2 s.

    Workers are children of the forkserver, not of this process, so they are sampled
    through psutil rather than read from ``RUSAGE_CHILDREN``.
    """
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        me = psutil.Process()
        while not done.wait(0.2):
            for child in me.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    peak[0] = max(peak[0], child.memory_info().rss / MIB)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    for _ in screener.screen_many([folder], workers=workers, as_of=AS_OF):
        pass  # streamed and dropped, as a data pipeline would write them out
    done.set()
    sampler.join()
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, peak[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=100, help="files per format for rates")
    parser.add_argument("--big", type=int, default=10_000, help="files for the memory run")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    screener = Screener.from_rules("ml-engineer")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print(f"{'format':6} {'1 core /s':>10} {f'{cores} cores /s':>12} {'scaling':>8}")
        for suffix in ("txt", "docx", "pdf"):
            folder = copies(root, suffix, args.copies * (1 if suffix == "pdf" else 6))
            one, many = rate(screener, folder, 1), rate(screener, folder, cores)
            print(f"{suffix:6} {one:10.1f} {many:12.1f} {many / one:7.2f}×")
        reading, whole = pdf_overhead(screener)
        print(
            f"\nPDF, in process: pdfminer reading {reading:.1f} ms/file, whole screening "
            f"{whole:.1f} ms/file → the engine adds {100 * (whole - reading) / reading:.0f} %"
        )
        print("\nmemory (peak RSS, MiB), TXT files streamed through screen_many:")
        for count in (1_000, args.big):
            folder = root / f"mem-{count}"
            folder.mkdir()
            sources = sorted(SAMPLES.glob("*.txt"))
            for index in range(count):
                source = sources[index % len(sources)]
                (folder / f"{index:06d}.txt").write_bytes(source.read_bytes())
            parent, worker = memory_run(screener, folder, cores)
            print(f"  {count:>6} files: parent {parent:7.1f}, largest worker {worker:7.1f}")


if __name__ == "__main__":
    main()
