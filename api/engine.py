"""The screening engine of one API server: warm killable workers shared by all requests.

Built once at start-up (the pipeline is built in the workers' forkserver); requests
submit files and await the result without blocking the event loop. A hostile file only
ever occupies one worker until its deadline; other requests keep being served. Files go
to the workers through ``FairSlots``: one per worker at a time, round-robin between the
organisations waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
from concurrent.futures import Future
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from api.admission import FairSlots
from screener.errors import InputError
from screener.ingest.limits import Limits
from screener.models import Profile, Screening
from screener.months import parse_as_of
from screener.requirements.loading import LoadedRules
from screener.stages import WARM, Analysed, analyse_task, draft_task, profile_task, screen_task
from screener.workers import Task, WorkerPool, outcome

if TYPE_CHECKING:
    from screener.drafting import Draft

R = TypeVar("R")


class Engine:
    """One pool of parse workers for parsing and screening uploads."""

    def __init__(self, limits: Limits, workers: int | None = None) -> None:
        self.limits = limits
        self._pool = WorkerPool[str, Any](profile_task, limits, workers, WARM)
        self.workers = self._pool.workers
        self.slots = FairSlots(self.workers)

    async def warm(self) -> None:
        """Start the workers now, not on the first request: starting them waits for the
        forkserver to build the pipeline (seconds), and that wait would block the loop."""
        with contextlib.suppress(InputError):
            await self.parse(b"Warm-up", "warm-up.txt", None, org="")

    async def parse(
        self, data: bytes, filename: str | None, as_of: str | None, *, org: str
    ) -> Profile:
        """Read and extract one upload in a worker (in ``org``'s turn)."""
        month = str(parse_as_of(as_of))
        task = partial(profile_task, as_of=month)
        return await self._run(data, filename, task, org)

    async def screen(
        self,
        data: bytes,
        filename: str | None,
        rules: LoadedRules,
        as_of: str | None,
        *,
        org: str,
    ) -> Screening:
        """Read, extract and evaluate one upload in a worker."""
        month = str(parse_as_of(as_of))
        task = partial(screen_task, rules=rules, as_of=month)
        return await self._run(data, filename, task, org)

    async def _run(self, data: bytes, filename: str | None, task: Task[R], org: str) -> R:
        async with self.slots.hold(org):
            future: Future[R] = self._pool.submit(data, filename, task)
            with contextlib.suppress(Exception):  # outcome() turns any failure into its code
                await asyncio.wrap_future(future)
        return outcome(future)

    async def analyse(
        self,
        data: bytes,
        filename: str | None,
        rules: LoadedRules,
        as_of: str | None,
        *,
        org: str,
    ) -> Analysed:
        """Read, extract and screen one upload, keeping its text."""
        month = str(parse_as_of(as_of))
        task = partial(analyse_task, rules=rules, as_of=month)
        return await self._run(data, filename, task, org)

    async def draft(
        self, data: bytes, filename: str | None, rules_id: str | None, *, org: str
    ) -> Draft:
        """Read a job posting and draft its rule set in a worker (``NothingToDraft`` when it
        names no requirement)."""
        task = partial(draft_task, rules_id=rules_id)
        return await self._run(data, filename, task, org)

    def close(self) -> None:
        """Stop the workers."""
        self._pool.close()
