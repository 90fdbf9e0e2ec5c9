"""Run one stage task per untrusted file in warm worker processes that can be killed.

A ``WorkerPool`` keeps ``workers`` processes (started from a forkserver, preloaded with
the modules a task needs, so no per-file interpreter start) and sends each file to one of
them with a deadline. The task is any function of ``(bytes or path, filename, limits)``:
the stage tasks of :mod:`screener.stages` read a Document, a Profile or a Screening. A
worker that runs past ``Limits.timeout_s`` is killed and replaced (``parse_timeout``); a
worker's address space is capped at its start-up size plus ``Limits.max_memory_mb``, and
a task that hits the cap ends the worker (``parse_memory``) so the next file gets a clean
one. The calling process never runs
a parser itself and never waits longer than the deadline.

**Chunks.** With ``chunk > 1``, ``read_many`` sends files in chunks, one task per chunk, so
the per-task cost of the pool (a message each way, an acknowledgement, a future, three
threads of the calling process woken) is paid once per chunk. Each file of a chunk still
runs under its own deadline: an interval timer whose ``SIGALRM`` is left at its default
action, so the kernel ends the worker when one file overruns, even inside C code. When a
chunk does not come back whole (a file overran its time or memory, or the worker died),
every file of that chunk is sent again on its own, through the one-file path above, so
the culprit is answered ``parse_timeout``/``parse_memory`` and its chunk-mates are answered
as if they had never shared a worker with it.

The memory cap uses ``RLIMIT_AS`` and so needs Linux or another POSIX system.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Generic, TypeVar

from pebble import ProcessExpired, ProcessPool

from screener.errors import InputError, ParseFailed, ParseMemory, ParseTimeout, TooLarge
from screener.ingest.limits import DEFAULT_LIMITS, MIB, Limits

K = TypeVar("K")
T = TypeVar("T")
J = TypeVar("J")  # K and T again, for the module-level helpers
R = TypeVar("R")
Task = Callable[[bytes, str | None, Limits], T]
# A worker is replaced after this many files, so per-process caches (spaCy's string store
# and tokenizer cache grow with every new word) stay bounded over 100,000-file batches.
TASKS_PER_WORKER = 2000
# Files queued per worker: enough that a worker never waits for the next one, few enough
# that a 100,000-file folder is never loaded at once.
IN_FLIGHT_PER_WORKER = 8
# Chunks in flight per worker when files go in chunks: one running, one waiting.
CHUNKS_IN_FLIGHT_PER_WORKER = 2
_CHUNK_SLACK_S = 1.0  # a chunk's deadline: its files' deadlines and this, as a backstop
_MEMORY_EXIT = 75  # a worker that ran out of memory exits with this code
Item = tuple[K, bytes | Path, str | None]


def read_path(path: Path, limits: Limits) -> bytes:
    """Read a file's bytes, refusing it by its size before reading it whole."""
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise TooLarge(
            f"The file has {size:,} bytes; the limit is {limits.max_bytes:,}.",
            size=size,
            limit=limits.max_bytes,
        )
    with path.open("rb") as handle:
        return handle.read(limits.max_bytes + 1)


def _worker_init(max_memory_mb: int) -> None:
    signal.signal(signal.SIGALRM, signal.SIG_DFL)  # a chunk's file past its deadline ends us
    try:
        import resource
    except ImportError:  # not POSIX: only the time limit applies
        return
    with open("/proc/self/statm", encoding="ascii") as statm:
        current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    cap = current + max_memory_mb * MIB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard < 0 else min(cap, hard), hard))


def _run_in_worker(task: Task[T], source: bytes | str, filename: str | None, limits: Limits) -> T:
    try:
        data = source if isinstance(source, bytes) else read_path(Path(source), limits)
        return task(data, filename, limits)
    except MemoryError:
        os._exit(_MEMORY_EXIT)  # the heap may be fragmented or half-built: start afresh


# Past the parent's own deadline for a file: if the worker is still running then, the parent
# that would have killed it is gone (killed itself), and the worker ends on its own.
_ORPHAN_GRACE_S = 5.0


def _run_one(task: Task[T], source: bytes | str, filename: str | None, limits: Limits) -> T:
    """One file under a backstop alarm (``SIGALRM`` ends the worker): a parse that hangs
    in a worker whose parent was killed must not run, and burn a core, for ever."""
    signal.setitimer(signal.ITIMER_REAL, limits.worker_timeout_s + _ORPHAN_GRACE_S)
    try:
        return _run_in_worker(task, source, filename, limits)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _run_chunk(
    task: Task[T], sources: Sequence[tuple[bytes | str, str | None]], limits: Limits
) -> list[T | InputError]:
    """Run ``task`` on each file of a chunk in turn, each under its own wall-clock alarm.

    The alarm's ``SIGALRM`` ends the worker (default action), so the parent sees the
    chunk fail and retries its files one by one; a file's ``InputError`` is its answer.
    """
    answers: list[T | InputError] = []
    for source, filename in sources:
        signal.setitimer(signal.ITIMER_REAL, limits.timeout_s)
        try:
            answers.append(_run_in_worker(task, source, filename, limits))
        except InputError as error:
            answers.append(error)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return answers


def _payload(source: bytes | Path, filename: str | None) -> tuple[bytes | str, str | None]:
    """What a worker is sent for one file: its bytes or its path, and its name."""
    if isinstance(source, bytes):
        return source, filename
    return str(source), filename if filename is not None else source.name


def _forkserver_context(preload: list[str]) -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["screener.workers", *preload])
    return context


def pool_size(workers: int | None, items: int | None = None) -> int:
    """How many workers to start: ``workers``, else one per core; never more than
    ``items`` (and never one per item: a replay of 10,000 files still runs on the cores)."""
    size = max(1, workers or os.cpu_count() or 1)
    return size if items is None else max(1, min(size, items))


class WorkerPool(Generic[K, T]):
    """Killable workers running one ``task(data, filename, limits)`` per file.

    ``task`` must be picklable (a module-level function or a ``functools.partial`` of
    one); its module, and the modules in ``preload``, are imported in the forkserver so
    workers start warm. ``chunk`` is how many files ``read_many`` sends per task (1: one
    task per file).
    """

    def __init__(
        self,
        task: Task[T],
        limits: Limits = DEFAULT_LIMITS,
        workers: int | None = None,
        preload: Sequence[str] = (),
        chunk: int = 1,
    ) -> None:
        self.task = task
        self.limits = limits
        self.workers = pool_size(workers)
        self.chunk = max(1, chunk)
        module = getattr(task, "func", task).__module__
        self._pool = ProcessPool(
            max_workers=self.workers,
            max_tasks=max(1, TASKS_PER_WORKER // self.chunk),
            initializer=_worker_init,
            initargs=(limits.max_memory_mb,),
            context=_forkserver_context([module, *preload]),
        )

    def submit(
        self, source: bytes | Path, filename: str | None = None, task: Task[T] | None = None
    ) -> Future[T]:
        """Schedule one file (its bytes, or a path the worker reads itself).

        ``task`` overrides the pool's task for this file (a server runs parse and screen
        tasks, against many rule sets, on one set of warm workers).
        """
        payload = source if isinstance(source, bytes) else str(source)
        name = filename if filename is not None or isinstance(source, bytes) else source.name
        return self._pool.schedule(
            _run_one,
            args=(task or self.task, payload, name, self.limits),
            timeout=self.limits.worker_timeout_s,
        )

    def read(self, source: bytes | Path, filename: str | None = None) -> T:
        """Read one file; raise its ``InputError`` (including timeout and memory ones)."""
        return outcome(self.submit(source, filename))

    def read_many(
        self, items: Iterable[Item[K]], *, ordered: bool = True
    ) -> Iterator[tuple[K, T | InputError]]:
        """Read many files, a bounded number in flight; one bad file never stops the rest.

        Yields ``(key, the task's result or the InputError)`` in input order (``ordered``) or as
        files (chunks of files, with ``chunk > 1``) finish.
        """
        if self.chunk > 1:
            yield from self._read_chunks(items, ordered)
            return
        window: deque[tuple[K, Future[T]]] = deque()
        limit = IN_FLIGHT_PER_WORKER * self.workers
        for key, source, filename in items:
            window.append((key, self.submit(source, filename)))
            while len(window) >= limit:
                yield self._result(*_take(window, ordered))
        while window:
            yield self._result(*_take(window, ordered))

    def _read_chunks(
        self, items: Iterable[Item[K]], ordered: bool
    ) -> Iterator[tuple[K, T | InputError]]:
        """``read_many`` in chunks of ``self.chunk`` files, a few chunks per worker in flight."""
        window: deque[tuple[list[Item[K]], Future[list[T | InputError]]]] = deque()
        limit = CHUNKS_IN_FLIGHT_PER_WORKER * self.workers
        files = iter(items)
        while batch := list(islice(files, self.chunk)):
            window.append((batch, self._submit_chunk(batch)))
            while len(window) >= limit:
                yield from self._chunk_results(*_take(window, ordered))
        while window:
            yield from self._chunk_results(*_take(window, ordered))

    def _submit_chunk(self, batch: list[Item[K]]) -> Future[list[T | InputError]]:
        sources = [_payload(source, filename) for _, source, filename in batch]
        return self._pool.schedule(
            _run_chunk,
            args=(self.task, sources, self.limits),
            timeout=self.limits.timeout_s * len(batch) + _CHUNK_SLACK_S,
        )

    def _chunk_results(
        self, batch: list[Item[K]], future: Future[list[T | InputError]]
    ) -> Iterator[tuple[K, T | InputError]]:
        """A chunk's answers; if it did not come back whole, each of its files alone."""
        try:
            answers = future.result()
        except Exception:  # a file overran or the worker died: find out file by file
            retries = [(key, self.submit(source, filename)) for key, source, filename in batch]
            for key, retry in retries:
                yield self._result(key, retry)
            return
        yield from zip((key for key, _, _ in batch), answers, strict=True)

    @staticmethod
    def _result(key: K, future: Future[T]) -> tuple[K, T | InputError]:
        try:
            return key, outcome(future)
        except InputError as error:
            return key, error

    def close(self) -> None:
        """Stop the workers after the work already scheduled."""
        self._pool.close()  # type: ignore[no-untyped-call]
        self._pool.join()

    def __enter__(self) -> WorkerPool[K, T]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is not None:
            self._pool.stop()  # type: ignore[no-untyped-call]
            self._pool.join()
        else:
            self.close()


def _take(window: deque[tuple[J, Future[R]]], ordered: bool) -> tuple[J, Future[R]]:
    """The next entry to report: the oldest, or (unordered) the first one to finish."""
    if not ordered:
        if not any(future.done() for _, future in window):
            wait([future for _, future in window], return_when=FIRST_COMPLETED)
        for index, (key, future) in enumerate(window):
            if future.done():
                del window[index]
                return key, future
    return window.popleft()


def outcome(future: Future[T]) -> T:
    """The result of a finished task, or its failure translated to an ``InputError``."""
    try:
        return future.result()
    except FutureTimeout as exc:
        raise ParseTimeout() from exc
    except ProcessExpired as exc:
        if exc.exitcode in (_MEMORY_EXIT, -9):
            raise ParseMemory() from exc
        raise ParseFailed(f"The parser stopped with exit code {exc.exitcode}.") from exc
    except OSError as exc:
        raise ParseFailed(f"The file could not be read ({type(exc).__name__}).") from exc
