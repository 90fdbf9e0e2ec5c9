"""Recruiters' decisions: advance, reject or a note, beside the engine's recommendation.

The engine recommends; a person decides. Each decision records the recommendation in
force when it was made (the application's latest screening), who made it and when; it is
logged (without its note, which may quote the résumé) in the decision log.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.actor import current_actor
from api.db.decision_log import actor_name, log_event
from api.db.history import latest_screening
from api.db.models import Application
from api.db.models_history import ACTIONS, Decision, ScreeningRecord


def add_decision(
    session: Session, application: Application, action: str, note: str | None
) -> tuple[Decision, int | None]:
    """Record ``action`` on ``application`` by the request's actor; the decision and the
    number of the screening it was made on (None: not screened yet)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    latest = latest_screening(session, application.org_id, application.id)
    decision = Decision(
        org_id=application.org_id,
        application_id=application.id,
        screening_id=latest.id if latest else None,
        action=action,
        note=note,
        recommendation=latest.verdict if latest else None,
        actor=actor_name(session, application.org_id, current_actor()),
    )
    session.add(decision)
    session.flush()
    log_event(
        session,
        application.org_id,
        "decision",
        application_id=application.id,
        job_id=application.job_id,
        detail={
            "decision_id": decision.id,
            "action": action,
            "recommendation": decision.recommendation,
            "screening": latest.number if latest else None,
            "with_note": bool(note),
        },
    )
    return decision, latest.number if latest else None


def list_decisions(
    session: Session, org_id: str, application_id: str
) -> Sequence[tuple[Decision, int | None]]:
    """An application's decisions, oldest first, each with its screening's number."""
    query = (
        select(Decision, ScreeningRecord.number)
        .outerjoin(ScreeningRecord, ScreeningRecord.id == Decision.screening_id)
        .where(Decision.org_id == org_id, Decision.application_id == application_id)
        .order_by(Decision.created_at, Decision.id)
    )
    return [(decision, number) for decision, number in session.execute(query).all()]


def get_decision(
    session: Session, org_id: str, application_id: str, decision_id: str
) -> tuple[Decision, int | None] | None:
    """One decision on an application with its screening's number, or None."""
    query = (
        select(Decision, ScreeningRecord.number)
        .outerjoin(ScreeningRecord, ScreeningRecord.id == Decision.screening_id)
        .where(
            Decision.org_id == org_id,
            Decision.application_id == application_id,
            Decision.id == decision_id,
        )
    )
    found = session.execute(query).first()
    return (found[0], found[1]) if found is not None else None
