from __future__ import annotations

import os
import resource
import time
from pathlib import Path

import pytest

from screener.errors import InputError
from screener.ingest.limits import MIB, Limits
from screener.ingest.reader import read_document
from screener.models import Document
from screener.stages import ParserPool
from screener.workers import WorkerPool, pool_size
from tests import factory

FAST_CHUNK_LIMITS = Limits(timeout_s=3.0, max_memory_mb=256)


def test_reads_bytes_and_paths(pool: ParserPool[str], tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(factory.pdf_pages([factory.RESUME_LINES]))
    assert "Purdue" in pool.read(path).text
    assert pool.read(path).source.filename == "cv.pdf"
    assert pool.read(b"Python", "cv.txt").text == "Python"


def test_a_file_over_the_byte_limit_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * (2 * MIB))
    with (
        ParserPool[str](Limits(max_bytes=MIB), workers=1) as small,
        pytest.raises(InputError) as caught,
    ):
        small.read(path)
    assert caught.value.code == "too_large"


def test_a_hanging_parse_is_killed_and_the_pool_goes_on(pool: ParserPool[str]) -> None:
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        pool.read(factory.pdf_self_reference(), "loop.pdf")
    assert caught.value.code == "parse_timeout"
    assert time.monotonic() - started < pool.limits.timeout_s + 5
    assert pool.read(b"still serving", "next.txt").text == "still serving"


def test_a_parse_over_its_memory_cap_ends_with_parse_memory(flate_bomb: bytes) -> None:
    limits = Limits(max_memory_mb=128, max_decompressed_bytes=4096 * MIB, timeout_s=30)
    with ParserPool[str](limits, workers=1) as capped:
        with pytest.raises(InputError) as caught:
            capped.read(flate_bomb, "bomb.pdf")
        assert caught.value.code == "parse_memory"
        assert capped.read(b"fresh worker", "next.txt").text == "fresh worker"


def test_read_many_reports_bad_files_and_goes_on(pool: ParserPool[str]) -> None:
    items = [
        ("good.txt", b"Python developer", "good.txt"),
        ("empty.txt", b"", "empty.txt"),
        ("loop.pdf", factory.pdf_self_reference(), "loop.pdf"),
        ("broken.pdf", b"%PDF-1.7 broken", "broken.pdf"),
        ("good.docx", factory.docx_document(["Java developer"]), "good.docx"),
    ]
    results = dict(pool.read_many(items))
    assert list(results) == [key for key, _, _ in items]
    outcome = {key: r.code if isinstance(r, InputError) else r.text for key, r in results.items()}
    assert outcome == {
        "good.txt": "Python developer",
        "empty.txt": "empty_file",
        "loop.pdf": "parse_timeout",
        "broken.pdf": "corrupt",
        "good.docx": "Java developer",
    }


def test_read_many_unordered_yields_every_file(pool: ParserPool[str]) -> None:
    items = [(str(index), f"resume {index}".encode(), "cv.txt") for index in range(20)]
    results = dict(pool.read_many(items, ordered=False))
    assert sorted(results, key=int) == [str(index) for index in range(20)]
    assert all(isinstance(result, Document) for result in results.values())


def _chunked(limits: Limits, chunk: int = 4) -> WorkerPool[str, Document]:
    """A pool that reads Documents, sending files ``chunk`` at a time."""
    return WorkerPool[str, Document](read_document, limits, 2, ("screener.ingest.reader",), chunk)


def _answers(results: dict[str, Document | InputError]) -> dict[str, str]:
    return {key: r.code if isinstance(r, InputError) else r.text for key, r in results.items()}


def test_chunks_answer_every_file_in_input_order() -> None:
    items = [(str(index), f"resume {index}".encode(), "cv.txt") for index in range(23)]
    with _chunked(Limits(timeout_s=5.0), chunk=4) as chunked:
        results = dict(chunked.read_many(items))
    assert list(results) == [key for key, _, _ in items]
    assert _answers(results) == {str(index): f"resume {index}" for index in range(23)}


def test_a_hanging_file_in_a_chunk_times_out_alone_and_its_chunk_mates_are_answered() -> None:
    items = [
        ("a.txt", b"Python developer", "a.txt"),
        ("loop.pdf", factory.pdf_self_reference(), "loop.pdf"),
        ("b.docx", factory.docx_document(["Java developer"]), "b.docx"),
        ("empty.txt", b"", "empty.txt"),
        ("c.txt", b"Go developer", "c.txt"),
    ]
    with _chunked(FAST_CHUNK_LIMITS, chunk=5) as chunked:
        results = dict(chunked.read_many(items, ordered=False))
        assert chunked.read(b"still serving", "next.txt").text == "still serving"
    assert _answers(results) == {
        "a.txt": "Python developer",
        "loop.pdf": "parse_timeout",
        "b.docx": "Java developer",
        "empty.txt": "empty_file",
        "c.txt": "Go developer",
    }


def test_a_file_that_kills_its_worker_does_not_take_its_chunk_mates_down(
    flate_bomb: bytes,
) -> None:
    limits = Limits(max_memory_mb=128, max_decompressed_bytes=4096 * MIB, timeout_s=30)
    items = [
        ("before.txt", b"SQL analyst", "before.txt"),
        ("bomb.pdf", flate_bomb, "bomb.pdf"),
        ("after.txt", b"Rust engineer", "after.txt"),
    ]
    with _chunked(limits, chunk=3) as chunked:
        results = dict(chunked.read_many(items))
    assert _answers(results) == {
        "before.txt": "SQL analyst",
        "bomb.pdf": "parse_memory",
        "after.txt": "Rust engineer",
    }


def test_the_test_process_stayed_under_one_gib() -> None:
    """Runs after the bombs above (pytest keeps file order): they never touched this process."""
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert peak_kib < 1024 * 1024


def _hang(data: bytes, filename: str | None, limits: Limits) -> None:
    while True:  # a parse that never ends (pdfminer on a reference cycle, say)
        pass


def _orphan_worker(limits: Limits) -> None:
    from screener.workers import _run_one, _worker_init

    _worker_init(limits.max_memory_mb)
    _run_one(_hang, b"", "loop.pdf", limits)


def test_a_worker_left_without_its_parent_ends_by_itself() -> None:
    """A worker is killed by its parent at the file's deadline; when that parent is gone
    (a batch killed with kill -9 mid-parse), the worker's own backstop alarm ends it
    shortly after, so no orphan burns a core on a hanging file."""
    import multiprocessing
    import signal

    limits = Limits(timeout_s=0.5)
    worker = multiprocessing.get_context("fork").Process(target=_orphan_worker, args=(limits,))
    started = time.monotonic()
    worker.start()
    worker.join(timeout=limits.worker_timeout_s + 30)
    if worker.is_alive():
        worker.kill()
    assert worker.exitcode == -signal.SIGALRM
    assert time.monotonic() - started < limits.worker_timeout_s + 15


@pytest.mark.parametrize(
    ("workers", "items", "expected"),
    [(3, None, 3), (3, 2, 2), (8, 0, 1), (None, 1, 1)],
)
def test_the_pool_size_is_the_workers_asked_never_more_than_the_items(
    workers: int | None, items: int | None, expected: int
) -> None:
    assert pool_size(workers, items) == expected


def test_without_a_number_the_pool_has_one_worker_per_core_however_many_files() -> None:
    assert pool_size(None, 10_000) == max(1, os.cpu_count() or 1)
