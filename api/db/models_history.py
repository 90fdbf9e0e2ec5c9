"""The tables of issue 14: screening history, recruiters' decisions, the decision log,
and the audit settings (with the demographics an organisation chose to keep).

They sit on the same declarative ``Base`` as ``api.db.models`` (imported by
``api.db``'s ``__init__``, so every use of the storage registers them).

* ``screenings``: one row per screening of an application, never replaced — a re-screen
  adds one; each row keeps what ``screener reproduce`` needs (rules sha256, as-of, engine
  version, the input's SHA-256 and the file name the engine was given). Erasing the
  application erases them (they quote the résumé).
* ``decisions``: a recruiter's advance / reject / note beside the engine's recommendation.
* ``audit_events``: the append-only decision log (who, what, when; ids only, never a
  résumé's contents). No foreign key, so no erasure or cascade ever touches it; on both
  backends triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL).
* ``audit_settings`` and ``application_demographics``: demographics uploaded for an audit
  are kept only when the organisation turned ``store_demographics`` on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from api.db.models import Base, new_id, utcnow

ACTIONS = ("advance", "reject", "note")
SCREEN_KINDS = ("screen", "rescreen")


class ScreeningRecord(Base):
    """One screening of an application (its number counts from 1 per application)."""

    __tablename__ = "screenings"
    __table_args__ = (
        UniqueConstraint("application_id", "number", name="uq_screenings_application_id_number"),
        CheckConstraint("kind IN ('screen', 'rescreen')", name="ck_screenings_kind"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    org_id: Mapped[str] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[str] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    job_id: Mapped[str] = mapped_column(String(36), index=True)
    rule_set_id: Mapped[str] = mapped_column(
        ForeignKey("rule_sets.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    verdict: Mapped[str | None] = mapped_column(String(32), default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    error_code: Mapped[str | None] = mapped_column(String(64), default=None)
    screening: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    rules_sha256: Mapped[str] = mapped_column(String(64))
    engine: Mapped[str | None] = mapped_column(String(32), default=None)
    as_of: Mapped[str | None] = mapped_column(String(16), default=None)
    input_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    input_filename: Mapped[str | None] = mapped_column(String(1000), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Decision(Base):
    """A recruiter's decision or note on an application, beside the recommendation."""

    __tablename__ = "decisions"
    __table_args__ = (
        CheckConstraint("action IN ('advance', 'reject', 'note')", name="ck_decisions_action"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    org_id: Mapped[str] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[str] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    screening_id: Mapped[str | None] = mapped_column(
        ForeignKey("screenings.id", ondelete="SET NULL"), default=None
    )
    action: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text, default=None)
    recommendation: Mapped[str | None] = mapped_column(String(32), default=None)
    actor: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    """One line of the append-only decision log (``id`` grows with time)."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_org_id_at", "org_id", "at"),)

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    org_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))
    application_id: Mapped[str | None] = mapped_column(String(36), default=None)
    job_id: Mapped[str | None] = mapped_column(String(36), default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditSettings(Base):
    """An organisation's audit settings (no row: the defaults, nothing stored)."""

    __tablename__ = "audit_settings"

    org_id: Mapped[str] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    store_demographics: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApplicationDemographics(Base):
    """An application's demographic values, kept only under ``store_demographics``."""

    __tablename__ = "application_demographics"

    application_id: Mapped[str] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    org_id: Mapped[str] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    job_id: Mapped[str] = mapped_column(String(36), index=True)
    categories: Mapped[dict[str, str | None]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
