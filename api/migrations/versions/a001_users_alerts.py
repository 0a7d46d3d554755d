"""API tables: user accounts (hashed passwords, roles) and dispatcher alerts.

Revision ID: a001
Revises:
Create Date: 2025-01-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.types import UTCDateTime

revision: str = "a001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("driver_code", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_users")),
        sa.UniqueConstraint("username", name=op.f("uq_api_users_username")),
    )
    op.create_table(
        "api_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("stop_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("route_seq", sa.Integer(), nullable=False),
        sa.Column("household_ref", sa.String(length=40), nullable=False),
        sa.Column("driver_code", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("raised_at", UTCDateTime(), nullable=False),
        sa.Column("raised_by", sa.String(length=80), nullable=False),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_alerts")),
        sa.UniqueConstraint("outcome_id", name=op.f("uq_api_alerts_outcome_id")),
    )
    with op.batch_alter_table("api_alerts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_alerts_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_api_alerts_raised_at"), ["raised_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_api_alerts_stop_id"), ["stop_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("api_alerts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_alerts_stop_id"))
        batch_op.drop_index(batch_op.f("ix_api_alerts_raised_at"))
        batch_op.drop_index(batch_op.f("ix_api_alerts_plan_id"))
    op.drop_table("api_alerts")
    op.drop_table("api_users")
