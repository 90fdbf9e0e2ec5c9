"""Several servers, scoped keys, the ATS contract.

- ``applications`` and ``webhook_deliveries`` get ``claimed_by`` / ``lease_until``: a
  server claims pending work for a while (``api.db.claims``), another takes it back once
  the lease has expired;
- ``api_keys`` get a ``name``, a ``scope`` (read / write / admin; existing keys become
  admin, which is what they could do), an optional ``expires_at`` and ``last_used_at``;
- ``jobs`` and ``applications`` get the caller's ``external_id`` and free ``metadata``;
  an application is unique per job, external id and file (sha256).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-12
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def _claim_columns(table: str) -> None:
    with op.batch_alter_table(table) as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(100), nullable=True))
        batch.add_column(sa.Column("lease_until", TZ, nullable=True))


def upgrade() -> None:
    _claim_columns("applications")
    _claim_columns("webhook_deliveries")
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("external_id", sa.String(200), nullable=True))
        batch.add_column(sa.Column("metadata", sa.JSON, nullable=True))
        batch.create_unique_constraint(
            "uq_applications_job_id_external_id_sha256", ["job_id", "external_id", "sha256"]
        )
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("external_id", sa.String(200), nullable=True))
        batch.add_column(sa.Column("metadata", sa.JSON, nullable=True))
        batch.create_index("ix_jobs_org_id_external_id", ["org_id", "external_id"])
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("name", sa.String(200), nullable=True))
        batch.add_column(sa.Column("scope", sa.String(16), nullable=False, server_default="admin"))
        batch.add_column(sa.Column("expires_at", TZ, nullable=True))
        batch.add_column(sa.Column("last_used_at", TZ, nullable=True))
        batch.create_check_constraint("ck_api_keys_scope", "scope IN ('read', 'write', 'admin')")


def downgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_constraint("ck_api_keys_scope", type_="check")
        for column in ("last_used_at", "expires_at", "scope", "name"):
            batch.drop_column(column)
    with op.batch_alter_table("jobs") as batch:
        batch.drop_index("ix_jobs_org_id_external_id")
        batch.drop_column("metadata")
        batch.drop_column("external_id")
    with op.batch_alter_table("applications") as batch:
        batch.drop_constraint("uq_applications_job_id_external_id_sha256", type_="unique")
        batch.drop_column("metadata")
        batch.drop_column("external_id")
    for table in ("webhook_deliveries", "applications"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("lease_until")
            batch.drop_column("claimed_by")
