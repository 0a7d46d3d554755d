"""Initial schema: households, fleet, calendar, plans/routes/stops, outcomes, audit log.

GiST indexes on the geometry columns exist on PostgreSQL only (SQLite keeps WKT text); the
outcome and audit tables get append-only triggers on both.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.models.append_only import APPEND_ONLY_TABLES, append_only_ddl
from store.types import GeometryType, JSONDocument, UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_ref", sa.String(length=80), nullable=False),
        sa.Column("detail", JSONDocument, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "drivers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("shifts", JSONDocument, nullable=False),
        sa.Column("skills", JSONDocument, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drivers")),
        sa.UniqueConstraint("code", name=op.f("uq_drivers_code")),
    )
    op.create_table(
        "households",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("house_number", sa.String(length=20), nullable=False),
        sa.Column("neighbourhood", sa.String(length=100), nullable=False),
        sa.Column("diets", JSONDocument, nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("location", GeometryType("POINT", srid=4326), nullable=False),
        sa.Column("location_source", sa.String(length=20), nullable=False),
        sa.Column("geocode_confidence", sa.Double(), nullable=True),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("meal_plan", sa.String(length=10), nullable=False),
        sa.Column("service_days", JSONDocument, nullable=False),
        sa.Column("portions", sa.Integer(), nullable=False),
        sa.Column("required_skills", JSONDocument, nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
        sa.UniqueConstraint("ref", name=op.f("uq_households_ref")),
    )
    op.create_table(
        "kitchens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("location", GeometryType("POINT", srid=4326), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kitchens")),
        sa.UniqueConstraint("code", name=op.f("uq_kitchens_code")),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shift", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("solution", JSONDocument, nullable=False),
        sa.Column("summary", JSONDocument, nullable=False),
        sa.Column("changes", JSONDocument, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("day", "shift", "version", name=op.f("uq_plans_day_shift_version")),
    )
    op.create_table(
        "secrets",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_secrets")),
    )
    op.create_table(
        "holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_holds_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holds")),
    )
    with op.batch_alter_table("holds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_holds_household_id"), ["household_id"], unique=False)

    op.create_table(
        "one_offs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shift", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_one_offs_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_offs")),
        sa.UniqueConstraint(
            "household_id",
            "day",
            "shift",
            "kind",
            name=op.f("uq_one_offs_household_id_day_shift_kind"),
        ),
    )
    with op.batch_alter_table("one_offs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_one_offs_day"), ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_one_offs_household_id"), ["household_id"], unique=False
        )

    op.create_table(
        "vans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("plate", sa.String(length=20), nullable=False),
        sa.Column("capacity_meals", sa.Integer(), nullable=False),
        sa.Column("skills", JSONDocument, nullable=False),
        sa.Column("kitchen_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kitchen_id"], ["kitchens.id"], name=op.f("fk_vans_kitchen_id_kitchens")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vans")),
        sa.UniqueConstraint("code", name=op.f("uq_vans_code")),
    )
    op.create_table(
        "routes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.String(length=80), nullable=False),
        sa.Column("van_id", sa.Integer(), nullable=True),
        sa.Column("driver_id", sa.Integer(), nullable=True),
        sa.Column("geometry", GeometryType("LINESTRING", srid=4326), nullable=True),
        sa.Column("departure_s", sa.Integer(), nullable=False),
        sa.Column("return_s", sa.Integer(), nullable=False),
        sa.Column("driving_s", sa.Integer(), nullable=False),
        sa.Column("distance_m", sa.Integer(), nullable=False),
        sa.Column("working_s", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["driver_id"], ["drivers.id"], name=op.f("fk_routes_driver_id_drivers")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_routes_plan_id_plans")),
        sa.ForeignKeyConstraint(["van_id"], ["vans.id"], name=op.f("fk_routes_van_id_vans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routes")),
        sa.UniqueConstraint("plan_id", "seq", name=op.f("uq_routes_plan_id_seq")),
    )
    with op.batch_alter_table("routes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_routes_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "stops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("trip", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("stop_key", sa.String(length=80), nullable=False),
        sa.Column("arrival_s", sa.Integer(), nullable=False),
        sa.Column("start_s", sa.Integer(), nullable=False),
        sa.Column("departure_s", sa.Integer(), nullable=False),
        sa.Column("waiting_s", sa.Integer(), nullable=False),
        sa.Column("ride_s", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_stops_household_id_households")
        ),
        sa.ForeignKeyConstraint(["route_id"], ["routes.id"], name=op.f("fk_stops_route_id_routes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stops")),
        sa.UniqueConstraint("route_id", "seq", name=op.f("uq_stops_route_id_seq")),
    )
    with op.batch_alter_table("stops", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stops_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stops_route_id"), ["route_id"], unique=False)

    op.create_table(
        "delivery_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stop_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stop_id"], ["stops.id"], name=op.f("fk_delivery_outcomes_stop_id_stops")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_outcomes")),
    )
    with op.batch_alter_table("delivery_outcomes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delivery_outcomes_stop_id"), ["stop_id"], unique=False)

    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for table, column in (
            ("households", "location"),
            ("kitchens", "location"),
            ("routes", "geometry"),
        ):
            op.create_index(f"ix_{table}_{column}", table, [column], postgresql_using="gist")
    for table in APPEND_ONLY_TABLES:
        for statement in append_only_ddl(dialect, table):
            op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("delivery_outcomes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_outcomes_stop_id"))

    op.drop_table("delivery_outcomes")
    with op.batch_alter_table("stops", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stops_route_id"))
        batch_op.drop_index(batch_op.f("ix_stops_household_id"))

    op.drop_table("stops")
    with op.batch_alter_table("routes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_routes_plan_id"))

    op.drop_table("routes")
    op.drop_table("vans")
    with op.batch_alter_table("one_offs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_one_offs_household_id"))
        batch_op.drop_index(batch_op.f("ix_one_offs_day"))

    op.drop_table("one_offs")
    with op.batch_alter_table("holds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holds_household_id"))

    op.drop_table("holds")
    op.drop_table("secrets")
    op.drop_table("plans")
    op.drop_table("kitchens")
    op.drop_table("households")
    op.drop_table("drivers")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS sofra_append_only()")
