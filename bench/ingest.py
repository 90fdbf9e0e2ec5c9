"""Ingest throughput per format: in-process per file and per page, and through the pool.

Prints one table. Files are generated (a typical 2-page résumé as PDF, a two-column PDF,
a DOCX with a skills table, a TXT) plus every file in ``sample_resumes/`` if present.
Run: ``.venv/bin/python bench/ingest.py [--seconds 3] [--workers N]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from screener.ingest.reader import read_document
from screener.stages import ParserPool
from tests import factory

BULLETS = [
    f"Led work item {n}: shipped Python and Java services, cut latency by {n}%." for n in range(40)
]


def generated() -> dict[str, tuple[bytes, str]]:
    """Typical résumés of each format (about 700 words, 2 pages for the PDF)."""
    lines = list(factory.RESUME_LINES) + BULLETS
    half = len(lines) // 2
    left = ["SKILLS", "Python", "Java", "SQL", "EDUCATION", "B.S. Computer Science"] * 3
    return {
        "pdf (2 pages)": (factory.pdf_pages([lines[:half], lines[half:]]), "cv.pdf"),
        "pdf two-column": (factory.pdf_two_columns(left, BULLETS[:30], "Dana W"), "cv.pdf"),
        "docx + table": (
            factory.docx_document(lines, table=[["Python", "Java"], ["SQL", "Spark"]]),
            "cv.docx",
        ),
        "txt": ("\n".join(lines).encode(), "cv.txt"),
    }


def time_calls(call: Callable[[], object], seconds: float) -> tuple[int, float]:
    """Call repeatedly for about ``seconds``; return (calls, elapsed)."""
    count, start = 0, time.perf_counter()
    while True:
        call()
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return count, elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    cases = generated()
    for path in sorted(Path("sample_resumes").glob("*")):
        if path.suffix in (".pdf", ".docx", ".txt"):
            cases[f"sample {path.name}"] = (path.read_bytes(), path.name)
    print(f"{'input':44} {'pages':>5} {'ms/file':>8} {'ms/page':>8} {'files/s':>8}")
    by_format: dict[str, list[float]] = {}
    for name, (data, filename) in cases.items():
        pages = len(read_document(data, filename).pages)
        calls, elapsed = time_calls(lambda d=data, f=filename: read_document(d, f), args.seconds)
        per_file = elapsed / calls * 1000
        by_format.setdefault(filename.rsplit(".", 1)[-1], []).append(per_file)
        print(
            f"{name[:44]:44} {pages:>5} {per_file:>8.2f} {per_file / pages:>8.2f} "
            f"{calls / elapsed:>8.1f}"
        )
    print(
        "\nmean ms/file by format (one core, in process):",
        ", ".join(f"{fmt} {sum(v) / len(v):.2f}" for fmt, v in sorted(by_format.items())),
    )
    pool_throughput(cases, args.workers)


def pool_throughput(cases: dict[str, tuple[bytes, str]], workers: int) -> None:
    """Files per second through the isolated pool, one worker and all of them."""
    items = [(str(i), data, name) for i, (data, name) in enumerate(cases.values())] * 20
    for count in sorted({1, workers}):
        with ParserPool[str](workers=count) as pool:
            list(pool.read_many(items[: 2 * count]))  # warm the workers
            start = time.perf_counter()
            list(pool.read_many(items))
            elapsed = time.perf_counter() - start
        print(
            f"pool, {count} worker(s): {len(items) / elapsed:.1f} files/s over {len(items)} "
            "mixed files"
        )


if __name__ == "__main__":
    main()
