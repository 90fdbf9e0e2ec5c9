"""Backpressure and fairness in front of the parse workers.

Two pieces, both used only from the event loop (no locks needed):

- ``Admission`` bounds the requests that want the workers: at most ``capacity`` at once
  (a few per worker), and at most ``per_org`` of them from one organisation. A request that
  does not fit is refused at once — 503 ``busy`` when the server is full, 429 ``busy``
  when its organisation's share is — with ``Retry-After``, never a 500 after a timeout.
- The ``Retry-After`` of a refusal grows with the crowd being refused: a client told to
  come back in 1 s while thirty others are told the same mostly meets a full queue again,
  and answering those refusals took a third of two cores' time under load (issue 10). It
  is the number of refusals seen over the last advertised interval (about how many clients
  are waiting) divided by the places they compete for, between the setting's base and
  ``MAX_RETRY_AFTER_S``.
- ``FairSlots`` hands the workers out one file at a time, round-robin between the
  organisations waiting, so one tenant's batch of slow PDFs delays another tenant's
  one-line screen by at most about one parse.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

from api.problems import Busy

MAX_RETRY_AFTER_S = 10


class Admission:
    """Counts the requests admitted to the workers, in total and per organisation."""

    def __init__(self, capacity: int, per_org: int, retry_after_s: int = 1) -> None:
        self.capacity = capacity
        self.per_org = min(per_org, capacity)
        self.retry_after_s = retry_after_s
        self.admitted = 0
        self._by_org: dict[str, int] = {}
        self._refused: dict[str, tuple[deque[float], int]] = {}  # times, last Retry-After

    def enter(self, org: str) -> None:
        """Admit one request of ``org``, or raise :class:`Busy` (nothing is counted)."""
        if self.admitted >= self.capacity:
            detail = f"The server is busy ({self.capacity} requests queued); retry later."
            raise Busy(detail, self._retry_after("", self.capacity), status=503)
        if self._by_org.get(org, 0) >= self.per_org:
            detail = f"Your organisation has {self.per_org} requests queued; retry later."
            raise Busy(detail, self._retry_after(org, self.per_org), status=429)
        self.admitted += 1
        self._by_org[org] = self._by_org.get(org, 0) + 1

    def _retry_after(self, key: str, places: int) -> int:
        """Seconds to advertise to one more refused request competing for ``places``."""
        now = time.monotonic()
        times, last = self._refused.get(key, (deque(), self.retry_after_s))
        while times and now - times[0] > last:
            times.popleft()
        times.append(now)
        if len(times) > 10_000:  # bounded: a crowd this big is told the longest wait
            times.popleft()
        wait = min(MAX_RETRY_AFTER_S, max(self.retry_after_s, math.ceil(len(times) / places)))
        self._refused[key] = (times, wait)
        if len(self._refused) > 10_000:  # bounded memory: forget the oldest organisation
            self._refused.pop(next(iter(self._refused)))
        return wait

    def leave(self, org: str) -> None:
        """A request admitted by :meth:`enter` is done."""
        self.admitted -= 1
        left = self._by_org.get(org, 0) - 1
        if left > 0:
            self._by_org[org] = left
        else:
            self._by_org.pop(org, None)

    @contextmanager
    def admitted_for(self, org: str) -> Iterator[None]:
        """Hold one admission for the block (raises :class:`Busy` when full)."""
        self.enter(org)
        try:
            yield
        finally:
            self.leave(org)


class FairSlots:
    """``slots`` worker slots shared round-robin between the organisations waiting."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._free = slots
        self._waiting: OrderedDict[str, deque[asyncio.Future[None]]] = OrderedDict()

    @property
    def waiting(self) -> int:
        """How many files are waiting for a slot."""
        return sum(1 for queue in self._waiting.values() for f in queue if not f.done())

    @asynccontextmanager
    async def hold(self, org: str) -> AsyncIterator[None]:
        """Wait for a slot (in ``org``'s turn), hold it for the block."""
        if self._free > 0 and not self._waiting:
            self._free -= 1
        else:
            granted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiting.setdefault(org, deque()).append(granted)
            try:
                await granted
            except asyncio.CancelledError:
                if granted.done() and not granted.cancelled():
                    self._release()  # the slot was handed over as we were cancelled
                raise
        try:
            yield
        finally:
            self._release()

    def _release(self) -> None:
        """Give the slot to the next organisation in turn, or free it."""
        while self._waiting:
            org, queue = next(iter(self._waiting.items()))
            granted = queue.popleft()
            if queue:
                self._waiting.move_to_end(org)  # its next file waits for the others' turn
            else:
                del self._waiting[org]
            if not granted.done():
                granted.set_result(None)
                return
        self._free += 1
