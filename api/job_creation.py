"""Creating a job (``POST /v1/jobs``): from rules, or from a posting drafted in a worker.

No session is held across a draft: a short session in a thread replays an earlier answer
to the request's ``Idempotency-Key``, the posting is drafted in a parse worker (admitted
like an upload, since ``POST /v1/jobs`` is only sometimes a parse) with no connection
held, and one short transaction in a thread creates the job with its idempotency record.
Two concurrent first requests with one key may both draft; the loser's transaction (its
job included) fails on the record's key, rolls back, and answers the winner's response:
one job, never two. The draft is not stored: the 201 answer (and its replays) carries it.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from api.admission import Admission
from api.db import repository as repo
from api.db.session import session_scope
from api.engine import Engine
from api.idempotency import remember, replay
from api.routes.drafts import draft_out, posting_bytes
from api.schemas_drafts import DraftIn, DraftOut
from api.schemas_jobs import JobIn
from api.uploads import check_inline_size, rules_from_form
from api.views import job_out
from screener.requirements.loading import LoadedRules, parse_rules

Factory = sessionmaker[Session]


def loaded_rules(rules: str | dict[str, Any]) -> LoadedRules:
    """A bundled id, or an inline rule set object (at most ``MAX_INLINE_RULES`` as JSON)."""
    if isinstance(rules, str):
        return rules_from_form(rules)
    check_inline_size(len(json.dumps(rules).encode("utf-8")))
    return parse_rules(rules, "inline")


class JobCreation:
    """One ``POST /v1/jobs``: its organisation, body and idempotency key."""

    def __init__(self, factory: Factory, org: str, body: JobIn, request: Request, key: str | None):
        self.factory, self.org, self.body = factory, org, body
        self.request, self.key, self.content = request, key, body.content()

    async def answer(self, engine: Engine, admission: Admission) -> JSONResponse:
        """Replay, or take the rules (drafting the posting with no session held), then
        create the job and remember the answer, all in one transaction."""
        replayed = await run_in_threadpool(self._replay)
        if replayed is not None:
            return replayed
        drafted: DraftOut | None = None
        if self.body.posting is not None:
            text = self.body.posting if isinstance(self.body.posting, str) else None
            data, filename = posting_bytes(
                DraftIn(text=text, posting=None if text is not None else self.body.posting)
            )
            with admission.admitted_for(self.org):
                draft = await engine.draft(data, filename, None, org=self.org)
            loaded, drafted = draft.rules, draft_out(draft)
        else:
            assert self.body.rules is not None  # JobIn holds exactly one of the two
            loaded = await run_in_threadpool(loaded_rules, self.body.rules)
        try:
            return await run_in_threadpool(self._create, loaded, drafted)
        except IntegrityError:  # a concurrent first request with this key stored first
            replayed = await run_in_threadpool(self._replay) if self.key else None
            if replayed is None:
                raise
            return replayed

    def _replay(self) -> JSONResponse | None:
        with session_scope(self.factory) as session:
            return replay(session, self.org, self.key, self.request, self.content)

    def _create(self, loaded: LoadedRules, drafted: DraftOut | None) -> JSONResponse:
        with session_scope(self.factory) as session:
            job = repo.create_job(session, self.org, self.body.title, loaded)
            job.external_id, job.meta = self.body.external_id, self.body.metadata
            session.flush()
            out = job_out(session, job).model_dump(mode="json")
            if drafted is not None:
                out["draft"] = drafted.model_dump(mode="json")
            remember(session, self.org, self.key, self.request, self.content, 201, out)
        return JSONResponse(out, status_code=201)
