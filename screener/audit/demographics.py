"""The demographics file, and its join to the results: the only place Screener reads them.

A CSV (UTF-8, a BOM allowed) with a ``candidate`` column and one column per category
(``sex``, ``race_ethnicity``, …). ``candidate`` names a result by any of its names (see
:meth:`screener.audit.results.RecordedResult.names`: path, file name or ``candidate-…``
blind id). Values are free text, compared exactly after spaces are trimmed and runs of
spaces folded; an empty cell is *unknown*, never a group. Nothing in the screening flow
imports this module: demographics are joined to results after the fact, here only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from screener.audit.results import RecordedResult
from screener.errors import InvalidDemographics

CANDIDATE = "candidate"
MAX_SHOWN = 10
"""Unmatched names listed in a warning at most."""


@dataclass(frozen=True, slots=True)
class DemographicRow:
    """One candidate's values: ``None`` where the cell was empty (unknown)."""

    line: int
    candidate: str
    values: dict[str, str | None]


@dataclass(frozen=True, slots=True)
class Demographics:
    """The categories (columns after ``candidate``, in file order) and the rows."""

    source: str
    categories: tuple[str, ...]
    rows: tuple[DemographicRow, ...]


@dataclass(frozen=True, slots=True)
class Joined:
    """Each result's values (by index into the results) and the rows that named none."""

    values: dict[int, dict[str, str | None]]
    unmatched: tuple[DemographicRow, ...]


def clean(value: str) -> str | None:
    """A cell's value with spaces trimmed and folded; ``None`` when empty."""
    folded = " ".join(value.split())
    return folded or None


def read_demographics(path: Path) -> Demographics:
    """Read and check a demographics CSV (``InvalidDemographics`` names the line)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise _bad(path, None, f"cannot read it: {error}") from error
    return _checked(path, table)


def demographics_from_bytes(data: bytes, name: str) -> Demographics:
    """Check a demographics CSV given as bytes (an upload to the API's audit), named
    ``name`` in messages; the same rules as a file."""
    path = Path(name)
    try:
        text = data.decode("utf-8-sig")
        table = list(csv.reader(io.StringIO(text, newline="")))
    except (UnicodeDecodeError, csv.Error) as error:
        raise _bad(path, None, f"cannot read it: {error}") from error
    return _checked(path, table)


def _checked(path: Path, table: list[list[str]]) -> Demographics:
    if not table:
        raise _bad(path, None, "it is empty")
    header = [" ".join(name.split()) for name in table[0]]
    categories = _categories(path, header)
    at = [name.lower() for name in header].index(CANDIDATE)
    rows: list[DemographicRow] = []
    for line, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            raise _bad(path, line, f"{len(cells)} cells under {len(header)} column names")
        cells = cells + [""] * (len(header) - len(cells))
        name = clean(cells[at])
        if name is None:
            raise _bad(path, line, "the candidate cell is empty")
        values = {
            h: clean(c) for i, (h, c) in enumerate(zip(header, cells, strict=True)) if i != at
        }
        rows.append(DemographicRow(line, name, values))
    return Demographics(str(path), categories, tuple(rows))


def _categories(path: Path, header: list[str]) -> tuple[str, ...]:
    lowered = [name.lower() for name in header]
    if lowered.count(CANDIDATE) != 1:
        raise _bad(path, 1, f"the header needs one {CANDIDATE!r} column")
    if "" in header:
        raise _bad(path, 1, "a column has no name")
    duplicates = sorted({name for name in header if header.count(name) > 1})
    if duplicates:
        raise _bad(path, 1, f"columns named twice: {', '.join(duplicates)}")
    categories = tuple(name for name in header if name.lower() != CANDIDATE)
    if not categories:
        raise _bad(path, 1, "no category column beside the candidate column")
    return categories


def join(results: Sequence[RecordedResult], demographics: Demographics) -> Joined:
    """Each demographics row matched to the one result it names.

    A name that fits several results (two files of one name in different folders), or two
    rows naming one result, is refused: the audit would otherwise count someone twice or
    guess. Rows naming no result are returned apart.
    """
    index: dict[str, set[int]] = {}
    for number, result in enumerate(results):
        for name in result.names():
            index.setdefault(name, set()).add(number)
    values: dict[int, dict[str, str | None]] = {}
    seen: dict[int, int] = {}
    unmatched: list[DemographicRow] = []
    source = Path(demographics.source)
    for row in demographics.rows:
        found = index.get(row.candidate, set())
        if not found:
            unmatched.append(row)
            continue
        if len(found) > 1:
            shown = ", ".join(sorted(results[i].display() for i in found)[:3])
            raise _bad(
                source,
                row.line,
                f"{row.candidate!r} names {len(found)} results ({shown}); give the path or "
                "the candidate- id",
            )
        (number,) = found
        if number in seen:
            raise _bad(
                source, row.line, f"{row.candidate!r} names the same result as line {seen[number]}"
            )
        seen[number] = row.line
        values[number] = row.values
    return Joined(values, tuple(unmatched))


join_demographics = join
"""``join`` under the name ``screener.audit`` exports it by."""


def _bad(path: Path, line: int | None, message: str) -> InvalidDemographics:
    where = f"{path}, line {line}" if line is not None else str(path)
    return InvalidDemographics(f"{where}: {message}", file=str(path), line=line)
