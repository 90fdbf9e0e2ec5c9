"""Per-key rate limits that say so: a moving window per API key (the ``limits`` library,
in memory: one server process), the ``RateLimit-Limit`` / ``RateLimit-Remaining`` /
``RateLimit-Reset`` headers (IETF draft) on every keyed answer, and 429 ``rate_limited``
with ``Retry-After`` past the limit. The key itself is never kept, only its SHA-256.
"""

from __future__ import annotations

import hashlib
import math
import time

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


class KeyRateLimit:
    """``rate`` ("6000/minute", "20/second"; None: no limit) for each API key."""

    def __init__(self, rate: str | None) -> None:
        self.item = parse(rate) if rate else None
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def hit(self, key: str) -> tuple[bool, dict[str, str]]:
        """Count one request of ``key``: whether it may go on, and the headers to send."""
        if self.item is None:
            return True, {}
        who = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        allowed = self._limiter.hit(self.item, who)
        stats = self._limiter.get_window_stats(self.item, who)
        reset = max(0, math.ceil(stats.reset_time - time.time()))
        headers = {
            "RateLimit-Limit": str(self.item.amount),
            "RateLimit-Remaining": str(max(0, stats.remaining)),
            "RateLimit-Reset": str(reset),
        }
        if not allowed:
            headers["Retry-After"] = str(max(1, reset))
        return allowed, headers
