"""The library façade: a rule set in, Screenings out — for one file, bytes, text or a batch.

``Screener.from_rules("ml-engineer").screen_file("cv.pdf")`` runs the whole flow in the
calling process (for trusted input). ``screen_many`` runs read → extract → evaluate in
killable worker processes under the limits, streams one ``ScreeningResult`` per file as
it finishes, and never stops a batch for a bad file. Workers send back only the small
Screening, never a spaCy Doc.

A program calling ``screen_many`` must guard its entry point with
``if __name__ == "__main__":`` (worker processes re-import the main module).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from screener.errors import InputError
from screener.files import FileListing
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.models import ErrorInfo, Screening, ScreeningResult
from screener.months import parse_as_of
from screener.requirements.loading import LoadedRules, load_rules
from screener.stages import WARM, AsOf, read, read_text, screen, screen_task
from screener.workers import WorkerPool, pool_size, read_path

CHUNK = 8
"""Files per worker task in a batch (measured in ``bench/scaling.py``)."""


class Screener:
    """Screens candidates against one rule set."""

    def __init__(self, rules: LoadedRules, *, limits: Limits = DEFAULT_LIMITS) -> None:
        self.rules = rules
        self.limits = limits

    @classmethod
    def from_rules(cls, id_or_path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Screener:
        """A Screener for a bundled rule set id ("ml-engineer") or a rule file."""
        return cls(load_rules(id_or_path), limits=limits)

    def screen_file(self, path: str | Path, *, as_of: AsOf = None) -> Screening:
        """Screen one résumé file, in this process."""
        path = Path(path)
        return self.screen_bytes(read_path(path, self.limits), path.name, as_of=as_of)

    def screen_bytes(
        self, data: bytes, filename: str | None = None, *, as_of: AsOf = None
    ) -> Screening:
        """Screen a résumé's bytes, in this process (the format is sniffed)."""
        return screen(read(data, filename, self.limits), self.rules, as_of=as_of)

    def screen_text(self, text: str, *, as_of: AsOf = None) -> Screening:
        """Screen résumé text that is already extracted."""
        return screen(read_text(text, self.limits), self.rules, as_of=as_of)

    def screen_many(
        self,
        paths: Iterable[str | Path],
        *,
        workers: int | None = None,
        as_of: AsOf = None,
        ordered: bool = False,
        chunk: int | None = None,
        dask: str | None = None,
    ) -> Iterator[ScreeningResult]:
        """Screen files and folders (recursively) in killable workers, streaming results.

        Results come as files finish (or in input order with ``ordered``); a file that
        cannot be read yields a result with its error code, and the batch goes on.
        Files go to the workers ``chunk`` at a time (default: up to ``CHUNK``, fewer for a
        small batch so that every worker gets some); each keeps its own limits.

        With ``dask`` (a scheduler's address, ``tcp://HOST:PORT``) the files go to that Dask
        cluster instead, as they finish (``screener.cluster``; needs ``screener[cluster]``):
        ``paths`` may then be fsspec URLs too (``s3://bucket/cvs/``), ``workers``, ``ordered``
        and ``chunk`` do not apply, and the results are the same.
        """
        month = str(parse_as_of(as_of))  # once, so every worker agrees
        if dask is not None:
            from screener.cluster import expand_sources, screen_on_dask

            sources = expand_sources(str(p) for p in paths)
            yield from screen_on_dask(dask, sources, self.rules, as_of=month, limits=self.limits)
            return
        task = partial(screen_task, rules=self.rules, as_of=month)
        files = paths if isinstance(paths, FileListing) else FileListing(Path(p) for p in paths)
        size = pool_size(workers)
        per_task = chunk or chunk_size(len(files), size)
        items = ((str(path), path, path.name) for path in files)
        with WorkerPool[str, Screening](task, self.limits, size, WARM, per_task) as pool:
            for source, result in pool.read_many(items, ordered=ordered):
                yield _result(source, result)


def chunk_size(files: int, workers: int) -> int:
    """Files per task: ``CHUNK``, or fewer so that each worker gets four tasks or more."""
    return max(1, min(CHUNK, files // (4 * workers)))


def _result(source: str, result: Screening | InputError) -> ScreeningResult:
    if isinstance(result, InputError):
        error = ErrorInfo(code=result.code, message=result.message)
        return ScreeningResult(source=source, error=error)
    return ScreeningResult(source=source, screening=result)
