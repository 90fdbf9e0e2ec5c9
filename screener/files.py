"""Expanding command-line paths into the résumé files to read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

RESUME_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".text", ".doc", ".docm", ".json"})


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and résumé files found recursively in folders, in sorted order.

    Inside folders only résumé-like suffixes are taken, so labels and notes that sit
    beside résumés (``*.expected.yaml``) are not read as candidates; a file named
    explicitly is always read, whatever its name.
    """
    for path in paths:
        if path.is_dir():
            yield from sorted(
                found
                for found in path.rglob("*")
                if found.is_file()
                and found.suffix.lower() in RESUME_SUFFIXES
                and not any(part.startswith(".") for part in found.relative_to(path).parts)
            )
        else:
            yield path
