"""Killable workers that turn files into Profiles (read + extract in the worker).

Workers return the small Profile, never a spaCy Doc, so results are cheap to send back.
"""

from __future__ import annotations

from functools import partial
from typing import TypeVar

from screener.extract.profile import profile_task
from screener.ingest.isolation import WorkerPool
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.models import Profile
from screener.months import parse_as_of

K = TypeVar("K")


class ProfilePool(WorkerPool[K, Profile]):
    """Workers that read and extract files into ``Profile``s as of one month."""

    def __init__(
        self, limits: Limits = DEFAULT_LIMITS, workers: int | None = None, as_of: str | None = None
    ) -> None:
        month = str(parse_as_of(as_of))  # resolved once here, so every worker agrees
        super().__init__(partial(profile_task, as_of=month), limits, workers, ("screener.warm",))
