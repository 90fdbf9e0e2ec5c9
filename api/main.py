"""``create_app(settings)``: the FastAPI application, its engine and its database."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api import problems
from api.background import background_loop
from api.body_limit import BodyLimit
from api.engine import Engine
from api.routes import applications, health, jobs, stateless
from api.settings import ApiSettings
from screener.version import __version__

_MULTIPART_OVERHEAD = 64 * 1024


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    """The application for ``settings`` (default: from the environment)."""
    settings = settings or ApiSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from api.db.migrate import upgrade
        from api.db.session import make_engine, make_session_factory

        if settings.migrate_on_start:
            upgrade(settings.database_url)
        database = make_engine(settings.database_url)
        app.state.session_factory = make_session_factory(database)
        app.state.engine = Engine(settings.limits, settings.workers)
        wake = asyncio.Event()
        wake.set()  # resume whatever a previous run left pending
        app.state.wake_background = wake.set
        loop = asyncio.create_task(
            background_loop(app.state.session_factory, app.state.engine, settings, wake)
        )
        try:
            yield
        finally:
            loop.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await loop
            app.state.engine.close()
            database.dispose()

    app = FastAPI(
        title="Screener",
        version=__version__,
        description="Candidate-qualification screening with evidence for every decision.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    problems.install(app)
    app.include_router(health.router)
    app.include_router(stateless.router)
    app.include_router(jobs.router)
    app.include_router(applications.router)
    max_body = settings.limits.max_bytes * settings.max_files_per_request + _MULTIPART_OVERHEAD
    app.add_middleware(BodyLimit, max_bytes=max_body)
    return app
