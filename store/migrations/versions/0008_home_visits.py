"""Home-visit teams, visits and their outcomes (issue 14).

New tables: `visit_teams` (a car, working hours, lunch), `visit_staff` (members and their
skills), `visit_week_plans` (a week's team-days as routed, published for the teams) and
`visits` (kind, person, where, day range or appointment window, status, planned team and day,
outcome). `visits.application_id` refers to migration 0007's
applications (an assessment visit). `users` gains `team_code` (a visit-team member's team), like
`driver_code`; on SQLite `users` is rebuilt for its foreign key (batch mode, run by
`store.db.upgrade` with foreign keys off).

Downgrade drops the column and the tables (every visit is lost).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.types import JSONDocument, UTCDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEAM_FK = "fk_users_team_code_visit_teams"


def upgrade() -> None:
    """Create the visit tables and the users' team code."""
    op.create_table(
        "visit_teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("car_plate", sa.String(length=20), nullable=False),
        sa.Column("equipment", JSONDocument, nullable=False),
        sa.Column("starts", sa.String(length=5), nullable=False),
        sa.Column("lunch_starts", sa.String(length=5), nullable=False),
        sa.Column("lunch_ends", sa.String(length=5), nullable=False),
        sa.Column("ends", sa.String(length=5), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_teams")),
        sa.UniqueConstraint("code", name=op.f("uq_visit_teams_code")),
    )
    op.create_table(
        "visit_staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("skills", JSONDocument, nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["visit_teams.id"],
            name=op.f("fk_visit_staff_team_id_visit_teams"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_staff")),
        sa.UniqueConstraint("code", name=op.f("uq_visit_staff_code")),
    )
    op.create_table(
        "visit_week_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("team_days", JSONDocument, nullable=False),
        sa.Column("unplaced", JSONDocument, nullable=False),
        sa.Column("changes", JSONDocument, nullable=False),
        sa.Column("summary", JSONDocument, nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=True),
        sa.Column("published_by", sa.String(length=80), nullable=True),
        sa.Column("note", sa.String(length=300), server_default=sa.text("''"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_week_plans")),
        sa.UniqueConstraint(
            "week_start", "version", name=op.f("uq_visit_week_plans_week_start_version")
        ),
    )
    op.create_index("ix_visit_week_plans_week_start", "visit_week_plans", ["week_start"])
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("person", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("neighbourhood", sa.String(length=120), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("earliest", sa.Date(), nullable=False),
        sa.Column("latest", sa.Date(), nullable=False),
        sa.Column("window_start", sa.String(length=5), nullable=True),
        sa.Column("window_end", sa.String(length=5), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("female_staff", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("previous_team", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("team_code", sa.String(length=40), nullable=True),
        sa.Column("planned_day", sa.Date(), nullable=True),
        sa.Column("planned_arrival_s", sa.Integer(), nullable=True),
        sa.Column("week_plan_id", sa.Integer(), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        sa.Column("outcome_at", UTCDateTime(), nullable=True),
        sa.Column("outcome_by", sa.String(length=80), nullable=True),
        sa.Column("follow_up_of", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_visits_household_id_households"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_visits_application_id_applications"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["week_plan_id"],
            ["visit_week_plans.id"],
            name=op.f("fk_visits_week_plan_id_visit_week_plans"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_of"],
            ["visits.id"],
            name=op.f("fk_visits_follow_up_of_visits"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    for column in ("household_id", "application_id", "person", "earliest", "latest", "status"):
        op.create_index(f"ix_visits_{column}", "visits", [column])
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("team_code", sa.String(length=40), nullable=True))
        batch_op.create_foreign_key(
            TEAM_FK,
            "visit_teams",
            ["team_code"],
            ["code"],
            ondelete="RESTRICT",
            onupdate="CASCADE",
        )


def downgrade() -> None:
    """Drop the users' team code and the visit tables."""
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(TEAM_FK, type_="foreignkey")
        batch_op.drop_column("team_code")
    for column in ("household_id", "application_id", "person", "earliest", "latest", "status"):
        op.drop_index(f"ix_visits_{column}", table_name="visits")
    op.drop_table("visits")
    op.drop_index("ix_visit_week_plans_week_start", table_name="visit_week_plans")
    op.drop_table("visit_week_plans")
    op.drop_table("visit_staff")
    op.drop_table("visit_teams")
