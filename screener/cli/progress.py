"""What a batch tells the person running it, on stderr: a progress bar and a closing line.

The bar (Rich, on a terminal only) shows files done of all, the rate, the time left and the
files that could not be read so far. The closing line is printed on every run, terminal
or not, so that a log of a batch ends with its counts: ``screened 1,000 files in 12.3 s
(81.3/s): 120 meets, 300 needs_review, 570 does_not_meet, 10 unreadable``.
Nothing from a résumé is ever printed here, only counts, file names and error codes.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from screener.cli.safe import printable

if TYPE_CHECKING:
    from rich.progress import Task

    from screener.models import ScreeningResult

VERDICTS = ("meets", "needs_review", "does_not_meet")
UNREADABLE = "unreadable"
LISTED_UNREADABLE = 20  # named on stderr at the end; the rest are counted


class Advance(Protocol):
    """Called once per finished file."""

    def __call__(self, result: ScreeningResult) -> None: ...


@dataclass
class Tally:
    """Counts of a batch by outcome, and the first unreadable files with their codes."""

    counts: Counter[str] = field(default_factory=Counter)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    earlier: int = 0  # answered by an earlier run (--resume), counted in ``counts``

    def add(self, result: ScreeningResult, *, blind: bool = False) -> None:
        """Count one finished file (an unreadable one is also remembered, up to a limit)."""
        if result.screening is not None:
            self.counts[result.screening.verdict] += 1
            return
        self.counts[UNREADABLE] += 1
        if result.error is not None and len(self.unreadable) < LISTED_UNREADABLE:
            self.unreadable.append((result.display_name(blind=blind), result.error.code))

    def add_earlier(self, outcome: str) -> None:
        """Count one file answered by an earlier run (a verdict or ``unreadable``)."""
        self.counts[outcome] += 1
        self.earlier += 1

    @property
    def failed(self) -> int:
        """Files that could not be read."""
        return self.counts[UNREADABLE]

    def summary(self) -> str:
        """The closing line: files, time, rate and the count of every outcome."""
        total = sum(self.counts.values())
        seconds = time.monotonic() - self.started
        fresh = total - self.earlier
        rate = f"{fresh / seconds:,.1f}/s" if seconds > 0 else "-"
        parts = [f"{self.counts[name]:,} {name}" for name in (*VERDICTS, UNREADABLE)]
        earlier = f", {self.earlier:,} of them from an earlier run" if self.earlier else ""
        return f"screened {total:,} files in {seconds:,.1f} s ({rate}{earlier}): " + ", ".join(
            parts
        )

    def report(self, console: Console) -> None:
        """Print the unreadable files (the first ``LISTED_UNREADABLE``) and the summary."""
        if self.failed:
            console.print(f"{self.failed:,} file(s) could not be read:", markup=False)
            for name, code in self.unreadable:
                console.print(f"  {printable(name)}: {code}", markup=False)
            if self.failed > len(self.unreadable):
                more = self.failed - len(self.unreadable)
                console.print(f"  … and {more:,} more (see the results)", markup=False)
        console.print(self.summary(), markup=False)


class RateColumn(ProgressColumn):
    """Files per second, as Rich estimates it over the last seconds."""

    def render(self, task: Task) -> Text:
        """The rate, or a dash before there is one."""
        speed = task.finished_speed or task.speed
        return Text("- files/s" if speed is None else f"{speed:,.1f} files/s")


@contextmanager
def progress(total: int, tally: Tally, *, blind: bool = False) -> Iterator[Advance]:
    """A callable to report each finished file: it counts it and moves the bar (if any)."""
    if not sys.stderr.isatty():
        yield lambda result: tally.add(result, blind=blind)
        return
    columns = (
        TextColumn("screening"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[unreadable]} unreadable"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("screening", total=total, unreadable=0)

        def advance(result: ScreeningResult) -> None:
            tally.add(result, blind=blind)
            bar.update(task, advance=1, unreadable=tally.failed)

        yield advance
