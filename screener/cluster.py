"""Screening on an existing Dask cluster (Dask distributed): ``screen_on_dask``.

The client sends one Dask task per file (a bounded number in flight, so a 100,000-file
batch is never submitted at once) and yields each result as it completes. A task runs
:func:`screen_source` in a Dask worker: it reads the file's bytes (a local path, which
the workers must see, or an fsspec URL: ``s3://``, ``gs://``, ``file://``…), refuses it by
size, then screens it in that worker's own :class:`~screener.workers.WorkerPool` — the
same killable, limited worker processes as a local run, so a hostile file is answered
``parse_timeout`` or ``parse_memory`` and the Dask worker goes on. Results are the same
``ScreeningResult`` a local run gives.

Dask workers must be allowed to start processes: run them without a nanny
(``dask worker --no-nanny``) or with ``DASK_DISTRIBUTED__WORKER__DAEMON=False``
(``docs/cluster.md``). The client checks this before sending any work.
"""

from __future__ import annotations

import atexit
import multiprocessing
import re
import threading
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import islice
from pathlib import Path, PurePosixPath
from typing import Any

from screener.errors import ClusterUnusable, InputError, ParseFailed, TooLarge
from screener.files import RESUME_SUFFIXES, expand_paths
from screener.ingest.limits import Limits
from screener.models import ErrorInfo, ScreeningResult
from screener.requirements.loading import LoadedRules
from screener.workers import WorkerPool, outcome, read_path

IN_FLIGHT_PER_THREAD = 4
"""Tasks queued per Dask worker thread: enough that none waits, few enough to stream."""
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def is_url(source: str) -> bool:
    """Whether ``source`` is an fsspec URL (``s3://…``) rather than a local path."""
    return _URL.match(source) is not None


def expand_sources(sources: Iterable[str]) -> Iterator[str]:
    """Files as given, and résumé files found in folders (local or behind a URL), sorted."""
    for source in sources:
        if is_url(source):
            yield from _expand_url(source)
        else:
            yield from (str(path) for path in expand_paths([Path(source)]))


def _expand_url(url: str) -> Iterator[str]:
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):
        yield url
        return
    found = sorted(
        path
        for path in fs.find(root)
        if PurePosixPath(path).suffix.lower() in RESUME_SUFFIXES
        and not any(part.startswith(".") for part in PurePosixPath(path).relative_to(root).parts)
    )
    yield from (fs.unstrip_protocol(path) for path in found)


def read_source(source: str, limits: Limits) -> bytes:
    """A file's bytes from a local path or an fsspec URL, refused by size (``too_large``)."""
    if not is_url(source):
        return read_path(Path(source), limits)
    import fsspec

    with fsspec.open(source, "rb") as handle:
        data: bytes = handle.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise TooLarge(
            f"The file has more than {limits.max_bytes:,} bytes.", limit=limits.max_bytes
        )
    return data


def url_sha256(url: str) -> str | None:
    """The SHA-256 of the bytes behind an fsspec URL; None when they cannot be read."""
    import hashlib

    import fsspec

    digest = hashlib.sha256()
    try:
        with fsspec.open(url, "rb") as handle:
            while block := handle.read(1024 * 1024):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def source_name(source: str) -> str:
    """The file name of a path or URL."""
    return PurePosixPath(source.split("://", 1)[-1]).name


# ----------------------------------------------------------------- in the Dask worker
_POOLS: dict[str, WorkerPool[str, Any]] = {}
_POOLS_LOCK = threading.Lock()


def _worker_pool(rules: LoadedRules, as_of: str, limits: Limits) -> WorkerPool[str, Any]:
    """This Dask worker's screening pool for these rules, month and limits (kept warm)."""
    from distributed import get_worker

    from screener.stages import WARM, screen_task

    key = f"{rules.ref().sha256}|{as_of}|{limits.model_dump_json()}"
    with _POOLS_LOCK:
        pool = _POOLS.get(key)
        if pool is None:
            task = partial(screen_task, rules=rules, as_of=as_of)
            pool = _POOLS[key] = WorkerPool(task, limits, get_worker().state.nthreads, WARM)
    return pool


@atexit.register
def _close_pools() -> None:
    for pool in _POOLS.values():
        pool.close()


def screen_source(source: str, rules: LoadedRules, as_of: str, limits: Limits) -> ScreeningResult:
    """Read and screen one file in a killable worker process (a Dask task)."""
    try:
        data = read_source(source, limits)
        screening = outcome(_worker_pool(rules, as_of, limits).submit(data, source_name(source)))
    except InputError as error:
        return _failed(source, error)
    except OSError as error:
        return _failed(source, ParseFailed(f"The file could not be read ({type(error).__name__})."))
    return ScreeningResult(source=source, screening=screening)


def _can_start_processes() -> bool:
    return not multiprocessing.current_process().daemon


# ------------------------------------------------------------------------ the client
def screen_on_dask(
    scheduler: str,
    sources: Iterable[str],
    rules: LoadedRules,
    *,
    as_of: str,
    limits: Limits,
) -> Iterator[ScreeningResult]:
    """Screen ``sources`` on the Dask cluster at ``scheduler``, yielding results as they
    complete (a task lost with its worker is answered ``parse_failed``)."""
    from distributed import Client, as_completed

    with Client(scheduler, set_as_default=False) as client:  # type: ignore[no-untyped-call]
        threads = _check_cluster(client)
        shared = client.scatter(rules, broadcast=True)
        pending = iter(sources)

        source_of: dict[str, str] = {}

        def submit(source: str) -> Any:
            future = client.submit(screen_source, source, shared, as_of, limits, pure=False)
            source_of[future.key] = source
            return future

        first = [submit(s) for s in islice(pending, IN_FLIGHT_PER_THREAD * threads)]
        queue = as_completed(first, loop=client.loop)  # type: ignore[no-untyped-call]
        for future in queue:
            yield _answer(source_of.pop(future.key), future)
            for source in islice(pending, 1):
                queue.add(submit(source))  # type: ignore[no-untyped-call]


def _answer(source: str, future: Any) -> ScreeningResult:
    try:
        result: ScreeningResult = future.result()
    except Exception as error:  # the task's worker died (KilledWorker) or the task failed
        return _failed(source, ParseFailed(f"The cluster lost the task ({type(error).__name__})."))
    finally:
        future.release()
    return result


def _check_cluster(client: Any) -> int:
    """The cluster's thread count, after checking its workers can run Screener's tasks."""
    client.wait_for_workers(1, timeout=30)
    able = client.run(_can_start_processes)
    if not all(able.values()):
        raise ClusterUnusable(
            "Dask workers run as daemonic processes and cannot start Screener's killable "
            "parse workers: start them with `dask worker --no-nanny …` or with "
            "DASK_DISTRIBUTED__WORKER__DAEMON=False."
        )
    return max(1, int(sum(client.nthreads().values())))


def _failed(source: str, error: InputError) -> ScreeningResult:
    return ScreeningResult(source=source, error=ErrorInfo(code=error.code, message=error.message))
