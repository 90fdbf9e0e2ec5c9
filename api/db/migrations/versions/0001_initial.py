"""Initial schema: organisations, API keys, jobs, rule-set versions, applications,
idempotency records.

Revision ID: 0001
Revises:
Create Date: 2026-05-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def _id() -> sa.Column[str]:
    return sa.Column("id", sa.String(36), primary_key=True)


def _org() -> sa.Column[str]:
    return sa.Column(
        "org_id",
        sa.String(36),
        sa.ForeignKey("organisations.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "organisations",
        _id(),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "api_keys",
        _id(),
        _org(),
        sa.Column("prefix", sa.String(8), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
    )
    op.create_index("ix_api_keys_org_id", "api_keys", ["org_id"])
    op.create_index("ix_api_keys_prefix", "api_keys", ["prefix"])

    # jobs.current_rules_id -> rule_sets is added after rule_sets exists (a cycle).
    op.create_table(
        "jobs",
        _id(),
        _org(),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("current_rules_id", sa.String(36), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_index("ix_jobs_org_id", "jobs", ["org_id"])

    op.create_table(
        "rule_sets",
        _id(),
        _org(),
        sa.Column(
            "job_id", sa.String(36), sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("rules_id", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("body", sa.JSON, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("job_id", "sha256", name="uq_rule_sets_job_id_sha256"),
    )
    op.create_index("ix_rule_sets_org_id", "rule_sets", ["org_id"])
    op.create_index("ix_rule_sets_job_id", "rule_sets", ["job_id"])
    with op.batch_alter_table("jobs") as batch:
        batch.create_foreign_key(
            "fk_jobs_current_rules_id_rule_sets",
            "rule_sets",
            ["current_rules_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "applications",
        _id(),
        _org(),
        sa.Column(
            "job_id", sa.String(36), sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "rule_set_id",
            sa.String(36),
            sa.ForeignKey("rule_sets.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("filename", sa.String(1000), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(200), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=True),
        sa.Column("original", sa.LargeBinary, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("error_message", sa.Text, nullable=True),
        sa.Column("verdict", sa.String(32), nullable=True),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("screening", sa.JSON, nullable=True),
        sa.Column("profile", sa.JSON, nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'done', 'failed')", name="ck_applications_status"
        ),
    )
    op.create_index("ix_applications_org_id", "applications", ["org_id"])
    op.create_index("ix_applications_rule_set_id", "applications", ["rule_set_id"])
    op.create_index("ix_applications_status", "applications", ["status"])
    op.create_index("ix_applications_created_at", "applications", ["created_at"])
    op.create_index(
        "ix_applications_job_id_verdict_score", "applications", ["job_id", "verdict", "score"]
    )

    op.create_table(
        "idempotency_keys",
        sa.Column(
            "org_id",
            sa.String(36),
            sa.ForeignKey("organisations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("path", sa.String(2000), nullable=False),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("status_code", sa.Integer, nullable=False),
        sa.Column("response_body", sa.JSON, nullable=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_idempotency_keys_created_at", "idempotency_keys", ["created_at"])


def downgrade() -> None:
    op.drop_table("idempotency_keys")
    op.drop_table("applications")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_constraint("fk_jobs_current_rules_id_rule_sets", type_="foreignkey")
    op.drop_table("rule_sets")
    op.drop_table("jobs")
    op.drop_table("api_keys")
    op.drop_table("organisations")
