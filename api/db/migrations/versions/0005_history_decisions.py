"""Screening history, recruiters' decisions, the append-only decision log, audit settings.

Every application screened before this revision gets its screening as number 1 of its
history. The decision log refuses UPDATE and DELETE by trigger on both backends (and
TRUNCATE on PostgreSQL).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-12
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)
REFUSE = "audit_events is append-only"


def _owned(column: str, table: str, *, primary_key: bool = False) -> sa.Column[str]:
    return sa.Column(
        column,
        sa.String(36),
        sa.ForeignKey(f"{table}.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary_key,
    )


def upgrade() -> None:
    _screenings()
    op.create_table(
        "decisions",
        sa.Column("id", sa.String(36), primary_key=True),
        _owned("org_id", "organisations"),
        _owned("application_id", "applications"),
        sa.Column(
            "screening_id",
            sa.String(36),
            sa.ForeignKey("screenings.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("recommendation", sa.String(32), nullable=True),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.CheckConstraint("action IN ('advance', 'reject', 'note')", name="ck_decisions_action"),
    )
    op.create_index("ix_decisions_org_id", "decisions", ["org_id"])
    op.create_index("ix_decisions_application_id", "decisions", ["application_id"])
    _audit_events()
    op.create_table(
        "audit_settings",
        _owned("org_id", "organisations", primary_key=True),
        sa.Column("store_demographics", sa.Boolean, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_table(
        "application_demographics",
        _owned("application_id", "applications", primary_key=True),
        _owned("org_id", "organisations"),
        sa.Column("job_id", sa.String(36), nullable=False),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_application_demographics_org_id", "application_demographics", ["org_id"])
    op.create_index("ix_application_demographics_job_id", "application_demographics", ["job_id"])
    _backfill()


def _screenings() -> None:
    op.create_table(
        "screenings",
        sa.Column("id", sa.String(36), primary_key=True),
        _owned("org_id", "organisations"),
        _owned("application_id", "applications"),
        sa.Column("job_id", sa.String(36), nullable=False),
        _owned("rule_set_id", "rule_sets"),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("verdict", sa.String(32), nullable=True),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("screening", sa.JSON, nullable=True),
        sa.Column("rules_sha256", sa.String(64), nullable=False),
        sa.Column("engine", sa.String(32), nullable=True),
        sa.Column("as_of", sa.String(16), nullable=True),
        sa.Column("input_sha256", sa.String(64), nullable=True),
        sa.Column("input_filename", sa.String(1000), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("application_id", "number", name="uq_screenings_application_id_number"),
        sa.CheckConstraint("kind IN ('screen', 'rescreen')", name="ck_screenings_kind"),
    )
    for column in ("org_id", "application_id", "job_id", "rule_set_id"):
        op.create_index(f"ix_screenings_{column}", "screenings", [column])


def _audit_events() -> None:
    op.create_table(
        "audit_events",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer, "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("at", TZ, nullable=False),
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("application_id", sa.String(36), nullable=True),
        sa.Column("job_id", sa.String(36), nullable=True),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_index("ix_audit_events_org_id_at", "audit_events", ["org_id", "at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{REFUSE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{event.lower()} BEFORE {event} ON audit_events "
                f"BEGIN SELECT RAISE(ABORT, '{REFUSE}'); END"
            )


def _backfill() -> None:
    """Number 1 of each screened application's history is the screening it holds."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT a.id, a.org_id, a.job_id, a.rule_set_id, a.verdict, a.score, a.screening, "
            "a.created_at, r.sha256 FROM applications a JOIN rule_sets r "
            "ON r.id = a.rule_set_id WHERE a.status = 'done' AND a.screening IS NOT NULL"
        )
    ).all()
    table = sa.table(
        "screenings",
        *(sa.column(name) for name in ("id", "org_id", "application_id", "job_id")),
        *(sa.column(name) for name in ("rule_set_id", "number", "kind", "status", "verdict")),
        *(sa.column(name) for name in ("score", "rules_sha256", "engine", "as_of")),
        *(sa.column(name) for name in ("input_sha256", "input_filename", "created_at")),
        sa.column("screening", sa.JSON),
    )
    for app_id, org_id, job_id, rule_set_id, verdict, score, screening, at, sha in rows:
        found: dict[str, Any] = json.loads(screening) if isinstance(screening, str) else screening
        provenance = found.get("provenance") or {}
        candidate = found.get("candidate") or {}
        op.execute(
            table.insert().values(
                id=str(uuid.uuid4()),
                org_id=org_id,
                application_id=app_id,
                job_id=job_id,
                rule_set_id=rule_set_id,
                number=1,
                kind="screen",
                status="done",
                verdict=verdict,
                score=score,
                screening=found,
                rules_sha256=(provenance.get("rules") or {}).get("sha256") or sha,
                engine=provenance.get("engine"),
                as_of=provenance.get("as_of"),
                input_sha256=candidate.get("sha256"),
                input_filename=candidate.get("filename"),
                created_at=at,
            )
        )


def downgrade() -> None:
    op.drop_table("application_demographics")
    op.drop_table("audit_settings")
    op.drop_table("audit_events")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
    op.drop_table("decisions")
    op.drop_table("screenings")
