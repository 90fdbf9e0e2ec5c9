"""Renewing a claim's lease while its work runs, so a slow parse is not taken over.

A server claims pending work for ``claim_lease_s`` (``api.db.claims``). A parse that
takes longer (a large PDF near its time limit, a queue of them behind few workers) would
otherwise lose its claim half-way, and a second server would parse the same file again.
``renewing`` extends the lease every third of it while the block runs; it stops renewing
once the claim is no longer the server's, and a renewal that fails (the database busy) is
logged and tried again at the next tick. A server that dies stops renewing with it, so its
work still comes back when the lease expires.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from api.db import claims
from api.db.session import session_scope

log = logging.getLogger("screener.api.background")
Factory = sessionmaker[Session]


@contextlib.asynccontextmanager
async def renewing(
    factory: Factory, model: Any, row_id: str, server: str, lease_s: float
) -> AsyncIterator[None]:
    """Keep ``server``'s lease on ``model`` row ``row_id`` alive for the block."""
    task = asyncio.create_task(_renew_until_lost(factory, model, row_id, server, lease_s))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _renew_until_lost(
    factory: Factory, model: Any, row_id: str, server: str, lease_s: float
) -> None:
    while True:
        await asyncio.sleep(lease_s / 3)
        try:
            kept = await run_in_threadpool(_renew, factory, model, row_id, server, lease_s)
        except Exception:
            log.warning("could not renew the lease on %s; retrying", row_id, exc_info=True)
            continue
        if not kept:
            log.warning("the claim on %s is no longer %s's", row_id, server)
            return


def _renew(factory: Factory, model: Any, row_id: str, server: str, lease_s: float) -> bool:
    with session_scope(factory) as session:
        return claims.renew(session, model, row_id, server, lease_s)
