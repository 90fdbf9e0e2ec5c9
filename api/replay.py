"""What a replay of a stored screening reads: the very bytes, rules and as-of it had.

Every screening of the history records the SHA-256 of the bytes the engine read and the
file name it was given (``api.db.history``). A replay reads again whichever stored input
has that SHA-256:

* ``original``: the uploaded file's bytes, kept after screening only when the server runs
  with ``store_original`` (then for the application's life: until it is erased, or purged
  after ``retention_days``);
* ``text``: the stored text as UTF-8, which is what every re-screen reads (under the name
  ``resume.txt``), and what a text upload read when extraction left its text unchanged.
  The text is kept as long as the application, so a re-screen can always be replayed.

It is screened with the rule-set version the screening recorded (its body is kept for
ever) and the recorded as-of month. A screening whose input is no longer kept, or that
failed (nothing was screened), is a 409. The comparison is ``api.routes.audit``'s.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import HTTPException
from sqlalchemy.orm import Session, sessionmaker

from api.background import rules_of
from api.db import models
from api.db import repository as repo
from api.db.decision_log import log_event
from api.db.history import get_screening
from api.db.models_history import ScreeningRecord
from api.db.session import session_scope
from api.schemas_jobs import RuleSetOut
from api.views import rule_set_out
from screener.requirements.loading import LoadedRules

InputSource = Literal["original", "text"]
Factory = sessionmaker[Session]


@dataclass(frozen=True)
class ReplayInput:
    """One stored screening and everything needed to screen its input again."""

    application_id: str
    job_id: str
    number: int
    source: InputSource
    data: bytes
    sha256: str
    filename: str | None
    as_of: str
    loaded: LoadedRules
    rules: RuleSetOut | None
    rules_sha256: str
    engine: str | None
    recorded: dict[str, Any]


def kept_input(
    application: models.Application, record: ScreeningRecord
) -> tuple[InputSource, bytes] | None:
    """The stored bytes whose SHA-256 is the one ``record`` read, or None when gone."""
    candidates: list[tuple[InputSource, bytes | None]] = [  # the text first: always kept
        ("text", application.text.encode("utf-8") if application.text is not None else None),
        ("original", application.original),
    ]
    for source, data in candidates:
        if data is not None and hashlib.sha256(data).hexdigest() == record.input_sha256:
            return source, data
    return None


def find_screening(
    session: Session, org: str, application_id: str, number: int
) -> tuple[models.Application, ScreeningRecord]:
    """The application and its screening ``number`` (404 when either is not there)."""
    application = repo.get_application(session, org, application_id)
    if application is None:
        raise HTTPException(404, "No such application.")
    record = get_screening(session, org, application_id, number)
    if record is None:
        raise HTTPException(404, "No such screening.")
    return application, record


def replay_input(factory: Factory, org: str, application_id: str, number: int) -> ReplayInput:
    """Read, in one short session, what screening ``number`` needs to be replayed."""
    with session_scope(factory) as session:
        application, record = find_screening(session, org, application_id, number)
        if record.screening is None or record.as_of is None:
            raise HTTPException(
                409, f"Screening {number} failed ({record.error_code}): nothing to replay."
            )
        found = kept_input(application, record)
        if found is None:
            raise HTTPException(
                409,
                f"The input of screening {number} is no longer kept: an upload's file is "
                "kept only when the server runs with store_original (a re-screen's input, "
                "the stored text, always is).",
            )
        version, loaded = rules_of(session, org, record.rule_set_id)
        return ReplayInput(
            application_id=application.id,
            job_id=application.job_id,
            number=number,
            source=found[0],
            data=found[1],
            sha256=record.input_sha256 or "",
            filename=record.input_filename,
            as_of=record.as_of,
            loaded=loaded,
            rules=rule_set_out(version),
            rules_sha256=record.rules_sha256,
            engine=record.engine,
            recorded=record.screening,
        )


def log_replay(factory: Factory, org: str, found: ReplayInput, status: str) -> None:
    """Log the replay in the decision log (an ``audit`` line: which screening, outcome)."""
    with session_scope(factory) as session:
        log_event(
            session,
            org,
            "audit",
            application_id=found.application_id,
            job_id=found.job_id,
            detail={"replay": found.number, "input": found.source, "status": status},
        )
