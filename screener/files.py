"""Expanding command-line paths into the résumé files to read."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

RESUME_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".text", ".doc", ".docm", ".json"})


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and résumé files found recursively in folders, in sorted order.

    Inside folders only résumé-like suffixes are taken, so labels and notes that sit
    beside résumés (``*.expected.yaml``) are not read as candidates; a file named
    explicitly is always read, whatever its name. Hidden files and folders (a name
    starting with ".") inside a folder are skipped; links to folders are not followed.

    The walk is lazy: it holds one sorted list of names per folder on its way down, never
    the whole batch, so a folder of 100,000 files costs its names, not 100,000 paths.
    The order is the order of ``sorted(paths)``: a folder's entries by name, each folder's
    files where its name sorts.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    """The résumé files under ``folder``, depth first, each folder's names sorted."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            yield from _walk(path)
        elif path.suffix.lower() in RESUME_SUFFIXES and path.is_file():
            yield path


class FileListing(Collection[Path]):
    """The résumé files under some paths, walked again each time it is iterated.

    Its length is counted by one walk (and kept), so a progress bar knows the total while
    the batch itself is never held in memory.
    """

    def __init__(self, paths: Iterable[Path]) -> None:
        """List the files under ``paths`` (files as given, folders recursively)."""
        self.paths = tuple(paths)
        self._count: int | None = None

    def __iter__(self) -> Iterator[Path]:
        """The files, in the order of ``expand_paths``."""
        return expand_paths(self.paths)

    def __len__(self) -> int:
        """How many files there are (counted on the first call)."""
        if self._count is None:
            self._count = sum(1 for _ in self)
        return self._count

    def __contains__(self, item: object) -> bool:
        """Whether ``item`` is one of the files (a walk)."""
        return any(path == item for path in self)
