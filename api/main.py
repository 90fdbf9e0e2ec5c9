"""``create_app(settings)``: the FastAPI application, its engine and its database."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from api import openapi, problems
from api.actor import ActorContext
from api.admission import Admission
from api.body_limit import BodyLimit
from api.db.claims import server_name
from api.engine import Engine
from api.gate import KeyGate
from api.headers import SecurityHeaders
from api.openapi import operation_id
from api.pending import background_loop
from api.rate_limit import KeyRateLimit
from api.request_id import RequestId, drop_queries_from_access_log
from api.routes import (
    application_detail,
    application_list,
    applications,
    audit,
    audit_log,
    audit_settings,
    decisions,
    drafts,
    health,
    history,
    jobs,
    stateless,
    taxonomy,
    webhooks,
)
from api.routes import keys as key_routes
from api.routes_table import body_cap
from api.settings import ApiSettings
from api.uploads import rules_from_form
from api.web.app import mount_web
from api.web.gate import SessionGate
from api.webhooks.delivery import delivery_loop
from screener.version import __version__


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    """The application for ``settings`` (default: from the environment)."""
    settings = settings or ApiSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from api.db.migrate import upgrade
        from api.db.session import make_engine, make_session_factory

        if settings.migrate_on_start:
            upgrade(settings.database_url)
        drop_queries_from_access_log()
        engine = Engine(settings.limits, settings.workers)
        database = make_engine(
            settings.database_url,
            # every worker slot, the background loop, key look-ups and quick reads
            pool_size=settings.pool_size or engine.workers + 4,
            max_overflow=settings.pool_overflow,
            pool_timeout_s=settings.pool_timeout_s,
            busy_timeout_ms=settings.lock_timeout_ms,
            lock_timeout_ms=settings.lock_timeout_ms,
            statement_timeout_ms=settings.statement_timeout_ms,
        )
        app.state.session_factory = make_session_factory(database)
        app.state.engine = engine
        await engine.warm()
        await run_in_threadpool(rules_from_form, "ml-engineer")  # loads the bundled sets
        capacity = engine.workers * settings.queue_per_worker
        per_org = settings.max_queued_per_org or max(1, capacity // 2)
        app.state.admission = Admission(capacity, per_org, settings.retry_after_s)
        wake = asyncio.Event()
        wake.set()  # resume whatever a previous run left pending
        app.state.wake_background = wake.set
        server = app.state.server_name = settings.server_id or server_name()
        loop = asyncio.create_task(
            background_loop(app.state.session_factory, app.state.engine, settings, wake, server)
        )
        hooks_wake = asyncio.Event()  # set: resume deliveries a previous run left pending
        hooks_wake.set()
        app.state.wake_webhooks = hooks_wake.set
        hooks = asyncio.create_task(
            delivery_loop(app.state.session_factory, settings, hooks_wake, server)
        )
        try:
            yield
        finally:
            for task in (loop, hooks):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            app.state.engine.close()
            database.dispose()

    app = FastAPI(
        title="Screener",
        version=__version__,
        description="Candidate-qualification screening with evidence for every decision.",
        lifespan=lifespan,
        docs_url=None,  # served by api.web.docs with local assets
        redoc_url=None,
        generate_unique_id_function=operation_id,  # createJob, uploadApplication, …
    )
    openapi.install(app)
    app.state.settings = settings
    app.state.rate_limit = KeyRateLimit(settings.rate_limit)
    problems.install(app)
    app.include_router(health.router)
    app.include_router(stateless.router)
    app.include_router(taxonomy.router)  # issue 12: authoring aids
    app.include_router(drafts.router)
    app.include_router(jobs.router)
    for router in (applications.router, application_list.router, application_detail.router):
        app.include_router(router)  # uploads; the list and re-screen; one application
    app.include_router(webhooks.router)
    app.include_router(key_routes.router)
    for router in (
        history.router,
        decisions.router,
        audit.router,
        audit_settings.router,
        audit_log.router,
    ):
        app.include_router(router)  # issue 14: history, decisions, audit, decision log
    mount_web(app)  # the recruiters' pages at /, Swagger UI at /docs
    # Outermost last: a request id and headers on every answer, the key or the session,
    # the body cap.
    app.add_middleware(ActorContext)  # who acts, for the decision log (api.actor)
    app.add_middleware(BodyLimit, limit_for=lambda method, path: body_cap(method, path, settings))
    app.add_middleware(SessionGate)
    app.add_middleware(KeyGate)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestId)
    return app
