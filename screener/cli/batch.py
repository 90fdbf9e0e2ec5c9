"""The two ways ``screener score`` runs a batch: ranked at the end, or streamed as it goes.

* **ranked** (the default): every result is kept, then the batch is ranked and written in
  the chosen format — what a recruiter wants for a few hundred files;
* **streamed** (``--stream``): each result is written as one JSON line and flushed as soon
  as it comes back from the workers, and only counts are kept, so memory stays flat at any
  number of files; ``screener rank`` ranks the file afterwards. With ``--resume`` the files
  already answered in the output file (same path, same SHA-256) are skipped
  (``pending``), a torn last line left by a killed run is cut off, and the rest is
  appended: every file ends up answered exactly once.

An unreadable file's line records the SHA-256 of its bytes too (hashed here; the workers
hash the files they read), so a resumed run knows it as well as a screened one.

With ``--dask`` the files are screened on a Dask cluster (``screener.cluster``), results
still consumed as they complete, so streaming and resuming work the same; a source is then
a local path or an fsspec URL (hashed through fsspec when a run is resumed).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer
from rich.console import Console

from screener.cli.progress import Tally, progress
from screener.cli.safe import printable

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterator

    from screener.models import ScreeningResult
    from screener.screening import Screener

    Writer = Callable[[list[ScreeningResult], dict[str, str | None]], None]
    """Writes ranked results; the dict gives unreadable files' SHA-256 by source."""

Source = Path | str
"""A file to screen: a local path, or (with ``--dask``) an fsspec URL."""

EXIT_USAGE = 2


def _stream(
    screener: Screener, files: Collection[Source], as_of: str, workers: int | None, dask: str | None
) -> Iterator[ScreeningResult]:
    """Results as files finish; no more workers than files."""
    size = max(1, min(workers, len(files))) if workers else None
    return screener.screen_many(files, workers=size, as_of=as_of, dask=dask)


def source_sha256(source: Source) -> str | None:
    """The SHA-256 of a file's bytes (through fsspec for a URL); None when unreadable."""
    from screener.report.results_file import file_sha256

    text = str(source)
    if isinstance(source, Path) or "://" not in text:
        return file_sha256(Path(source))
    from screener.cluster import url_sha256

    return url_sha256(text)


def run_ranked(
    screener: Screener,
    files: Collection[Source],
    *,
    as_of: str,
    workers: int | None,
    write: Writer,
    blind: bool,
    dask: str | None = None,
) -> Tally:
    """Screen every file, keep the results, then hand them to ``write`` ranked."""
    tally = Tally()
    results: list[ScreeningResult] = []
    with progress(len(files), tally, blind=blind) as advance:
        for result in _stream(screener, files, as_of, workers, dask):
            results.append(result)
            advance(result)
    hashes = {r.source: source_sha256(r.source) for r in results if r.screening is None}
    write(results, hashes)
    return tally


def run_streamed(
    screener: Screener,
    files: Collection[Source],
    *,
    as_of: str,
    workers: int | None,
    out: TextIO,
    tally: Tally,
    dask: str | None = None,
) -> Tally:
    """Screen every file, writing and flushing each result's line as soon as it is back."""
    from screener.report.jsonl import json_line

    if not files:
        return tally
    with progress(len(files), tally) as advance:
        for result in _stream(screener, files, as_of, workers, dask):
            sha = None if result.screening is not None else source_sha256(result.source)
            out.write(json_line(result, blind=False, sha256=sha))
            out.flush()
            advance(result)
    return tally


def pending(output: Path, files: Collection[Source], tally: Tally) -> list[Source]:
    """The files a resumed run still has to screen; the others are counted in ``tally``.

    The output file's torn last line, if any, is cut off first. A file is done when a line
    names its path and the SHA-256 of its bytes now; a file that changed since is screened
    again (its new line is appended, and ``screener rank`` keeps the last line of a path).
    """
    from screener.errors import InvalidResults
    from screener.report.results_file import drop_torn_tail, scan

    try:
        found = scan(output)
    except InvalidResults as error:
        typer.echo(f"error: not resuming: {printable(error.message)}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    drop_torn_tail(output, found)
    todo: list[Source] = []
    for path in files:
        entry = found.entries.get(str(path))
        if entry is not None and entry.sha256 == source_sha256(path):
            tally.add_earlier(entry.outcome)
        else:
            todo.append(path)
    torn = "; its torn last line was dropped" if found.torn else ""
    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"resuming {printable(str(output))}: {tally.earlier:,} file(s) already answered, "
        f"{len(todo):,} to go{torn}",
        markup=False,
    )
    return todo
