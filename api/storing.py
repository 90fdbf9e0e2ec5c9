"""Storing uploads: one request's applications written once, under its idempotency key.

The upload routes (``api.routes.applications``) never hold a session across a parse: a
short session in a thread checks the idempotency key and reads the job's rules, the files
are parsed with no connection held, and one short transaction in a thread stores the
applications with the idempotency record. Two concurrent first requests with one
``Idempotency-Key`` both parse; the loser's transaction (its applications included) fails
on the record's key and rolls back, and it answers the winner's response: one row, never
two.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from functools import partial
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from api.background import Result, Target, add_pending, analyse, job_target, store_screened
from api.db import repository as repo
from api.db.session import session_scope
from api.idempotency import remember, replay
from api.intake import Tag, created_location, store_once
from api.schemas_jobs import MAX_FILENAME, Accepted
from api.settings import ApiSettings
from api.views import application_out

NO_JOB = "No such job."
Payloads = list[tuple[str | None, bytes]]
Factory = sessionmaker[Session]


class StoringCall:
    """One storing request: its organisation, job, idempotency key and content."""

    def __init__(
        self,
        factory: Factory,
        org: str,
        job_id: str,
        request: Request,
        key: str | None,
        content: str,
        tags: list[Tag],
    ) -> None:
        self.factory, self.org, self.job_id = factory, org, job_id
        self.request, self.key, self.content = request, key, content
        self.tags = tags

    async def screened(
        self, engine: Any, settings: ApiSettings, payloads: Payloads, *, single: bool
    ) -> JSONResponse:
        """Replay, or read the job's rules, parse with no session held, then store."""
        found = await run_in_threadpool(self._prepare)
        if isinstance(found, JSONResponse):
            return found
        results = await asyncio.gather(
            *(analyse(engine, self.org, data, name, found.loaded) for name, data in payloads)
        )
        done = list(zip(payloads, results, strict=True))
        return await self.stored(lambda s: self._store(s, found, done, settings, single))

    async def stored(self, write: Callable[[Session], JSONResponse]) -> JSONResponse:
        """Run ``write`` in one short transaction in a thread; a concurrent first request
        with the same key that committed first is replayed instead, and one that stored
        the same files under the same external ids first makes ``write`` run again."""

        def transaction() -> JSONResponse:
            with session_scope(self.factory) as session:
                return write(session)

        try:
            return await run_in_threadpool(transaction)
        except IntegrityError:
            replayed = await run_in_threadpool(self._replay) if self.key else None
            if replayed is not None:
                return replayed
            # a concurrent identical upload under one external id stored first: once
            # more, this write finds its rows (``api.intake``)
            return await run_in_threadpool(transaction)

    def _replay(self) -> JSONResponse | None:
        with session_scope(self.factory) as session:
            return replay(session, self.org, self.key, self.request, self.content)

    def _prepare(self) -> JSONResponse | Target:
        with session_scope(self.factory) as session:
            replayed = replay(session, self.org, self.key, self.request, self.content)
            if replayed is not None:
                return replayed
            target = job_target(session, self.org, self.job_id)
        if target is None:
            raise HTTPException(404, NO_JOB)
        return target

    def _store(
        self,
        session: Session,
        target: Target,
        done: list[tuple[tuple[str | None, bytes], Result]],
        settings: ApiSettings,
        single: bool,
    ) -> JSONResponse:
        stored, created = [], 0
        for ((name, data), result), tag in zip(done, self.tags, strict=True):
            application, new = store_once(
                session,
                self.org,
                target.job_id,
                tag,
                data,
                partial(
                    store_screened, session, self.org, target, name, data, result, settings, tag
                ),
            )
            if application is None:  # the job was deleted while the files were parsed
                raise HTTPException(404, NO_JOB)
            created += new
            stored.append(application_out(session, application).model_dump(mode="json"))
        body: Any = stored[0] if single else stored
        status = 201 if created else 200  # 200: every file was already this job's
        remember(session, self.org, self.key, self.request, self.content, status, body)
        return JSONResponse(body, status_code=status)


def accept_pending(session: Session, call: StoringCall, payloads: Payloads) -> JSONResponse:
    """Store the files as pending (bytes kept until screened) and answer 202."""
    replayed = replay(session, call.org, call.key, call.request, call.content)
    if replayed is not None:
        return replayed
    if repo.get_job(session, call.org, call.job_id) is None:
        raise HTTPException(404, NO_JOB)
    pending, created = [], 0
    for (name, data), tag in zip(payloads, call.tags, strict=True):
        application, new = store_once(
            session,
            call.org,
            call.job_id,
            tag,
            data,
            partial(add_pending, session, call.org, call.job_id, name, data, tag=tag),
        )
        if application is None:  # add_pending raises first; for the type checker
            raise HTTPException(404, NO_JOB)
        pending.append(application)
        created += new
    if not created:  # every file was already this job's: nothing accepted
        same = [application_out(session, a).model_dump(mode="json") for a in pending]
        remember(session, call.org, call.key, call.request, call.content, 200, same)
        return JSONResponse(same, status_code=200)
    url = f"/v1/jobs/{call.job_id}/applications?status=pending"
    accepted = Accepted(applications=[application_out(session, a) for a in pending], status_url=url)
    body = accepted.model_dump(mode="json")
    remember(session, call.org, call.key, call.request, call.content, 202, body)
    return JSONResponse(body, status_code=202, headers={"Location": url})


def located(response: JSONResponse, job_id: str) -> JSONResponse:
    """A 201 with ``Location``: the application, or the job's list for several (a replay
    with the same Idempotency-Key names the same)."""
    if response.status_code == 201 and "location" not in response.headers:
        created = json.loads(bytes(response.body))
        ids = [a["id"] for a in (created if isinstance(created, list) else [created])]
        response.headers.update(created_location(job_id, ids))
    return response


def check_filename(name: str | None) -> None:
    """422 for a file name the database cannot store (a NUL, or over-long)."""
    if name is not None and ("\x00" in name or len(name) > MAX_FILENAME):
        raise HTTPException(
            422, f"A file name must hold no NUL and at most {MAX_FILENAME} characters."
        )
