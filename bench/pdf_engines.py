"""The two PDF engines against bare pdfminer.six, in one run on one core; prints ratios.

Over the development corpus (``sample_resumes/`` without ``holdout/``), each round times
three readers over every PDF, one after the other, so that noise from other processes on
the machine falls on all three alike:

* **bare pdfminer**: ``pdfminer.high_level.extract_text`` with Screener's ``LAParams``;
* **pdfminer engine**: ``read_document`` with ``pdf_engine="pdfminer"`` (hidden-text rules,
  reading order, normalisation, warnings);
* **pdfium engine**: ``read_document`` with ``pdf_engine="pdfium"``.

The fastest round of each is kept. Acceptance (issue 15): pdfium / bare ≤ 0.15, pdfminer
engine / bare ≤ 1.25. Also printed: the share of files whose Document text is the same
from both engines. Run: ``.venv/bin/python bench/pdf_engines.py [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pdfminer.high_level import extract_text

from screener.ingest.limits import Limits
from screener.ingest.pdf import LAYOUT
from screener.ingest.reader import read_document

CORPUS = Path(__file__).resolve().parents[1] / "sample_resumes"


def corpus_pdfs() -> list[tuple[str, bytes]]:
    """Every development-corpus PDF, as (name, bytes)."""
    paths = sorted(p for p in CORPUS.rglob("*.pdf") if "holdout" not in p.parts)
    return [(path.name, path.read_bytes()) for path in paths]


def seconds(read: Callable[[str, bytes], object], files: list[tuple[str, bytes]]) -> float:
    """Wall time to read every file once."""
    start = time.perf_counter()
    for name, data in files:
        read(name, data)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    files = corpus_pdfs()
    miner, pdfium = Limits(pdf_engine="pdfminer"), Limits(pdf_engine="pdfium")
    readers: dict[str, Callable[[str, bytes], object]] = {
        "bare pdfminer": lambda name, data: extract_text(io.BytesIO(data), laparams=LAYOUT),
        "pdfminer engine": lambda name, data: read_document(data, name, miner),
        "pdfium engine": lambda name, data: read_document(data, name, pdfium),
    }
    for read in readers.values():  # warm imports and caches
        read(*files[0])
    best = dict.fromkeys(readers, float("inf"))
    for _ in range(args.rounds):
        for label, read in readers.items():
            best[label] = min(best[label], seconds(read, files))
    same = sum(
        read_document(data, name, miner).text == read_document(data, name, pdfium).text
        for name, data in files
    )
    print(f"{len(files)} PDFs, one core, best of {args.rounds} rounds")
    for label, elapsed in best.items():
        print(f"{label:16} {elapsed / len(files) * 1000:8.2f} ms/file")
    bare = best["bare pdfminer"]
    print(f"pdfium engine / bare pdfminer:   {best['pdfium engine'] / bare:.3f} (target <= 0.15)")
    print(f"pdfminer engine / bare pdfminer: {best['pdfminer engine'] / bare:.3f} (target <= 1.25)")
    print(f"identical Document text: {same}/{len(files)} ({same / len(files):.0%})")


if __name__ == "__main__":
    main()
