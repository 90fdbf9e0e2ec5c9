"""The screening engine of one API server: warm killable workers shared by all requests.

Built once at start-up (the pipeline is built in the workers' forkserver); requests
submit files and await the result without blocking the event loop. A hostile file only
ever occupies one worker until its deadline; other requests keep being served.
"""

from __future__ import annotations

import asyncio
import contextlib
from concurrent.futures import Future
from functools import partial
from typing import Any, TypeVar

from screener.ingest.limits import Limits
from screener.models import Profile, Screening
from screener.months import parse_as_of
from screener.requirements.loading import LoadedRules
from screener.stages import WARM, Analysed, analyse_task, profile_task, screen_task
from screener.workers import Task, WorkerPool, outcome

R = TypeVar("R")


class Engine:
    """One pool of parse workers for parsing and screening uploads."""

    def __init__(self, limits: Limits, workers: int | None = None) -> None:
        self.limits = limits
        self._pool = WorkerPool[str, Any](profile_task, limits, workers, WARM)

    async def parse(self, data: bytes, filename: str | None, as_of: str | None) -> Profile:
        """Read and extract one upload in a worker."""
        month = str(parse_as_of(as_of))
        task = partial(profile_task, as_of=month)
        return await self._run(data, filename, task)

    async def screen(
        self, data: bytes, filename: str | None, rules: LoadedRules, as_of: str | None
    ) -> Screening:
        """Read, extract and evaluate one upload in a worker."""
        month = str(parse_as_of(as_of))
        task = partial(screen_task, rules=rules, as_of=month)
        return await self._run(data, filename, task)

    async def _run(self, data: bytes, filename: str | None, task: Task[R]) -> R:
        future: Future[R] = self._pool.submit(data, filename, task)
        with contextlib.suppress(Exception):  # outcome() turns any failure into its code
            await asyncio.wrap_future(future)
        return outcome(future)

    async def analyse(
        self, data: bytes, filename: str | None, rules: LoadedRules, as_of: str | None
    ) -> Analysed:
        """Read, extract and screen one upload, keeping its text."""
        month = str(parse_as_of(as_of))
        return await self._run(data, filename, partial(analyse_task, rules=rules, as_of=month))

    def close(self) -> None:
        """Stop the workers."""
        self._pool.close()
