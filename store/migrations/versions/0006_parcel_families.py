"""Food-parcel families, their cycles and availability, parcel days and deliveries (issue 13).

Families (`parcel_families`), a month's day choice (`parcel_months`, `parcel_assignments`), the
versioned day plans with routes and stops (`parcel_plans`, `parcel_routes`, `parcel_stops`) and
the drivers' outcomes (`parcel_outcomes`). GiST indexes on the geometry columns exist on
PostgreSQL only, as in 0001.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.types import GeometryType, JSONDocument, UTCDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GIST = (("parcel_families", "location"), ("parcel_routes", "geometry"))
TABLES = (
    "parcel_outcomes",
    "parcel_stops",
    "parcel_routes",
    "parcel_plans",
    "parcel_assignments",
    "parcel_months",
    "parcel_families",
)
"""Dropped in this order (children first)."""


def upgrade() -> None:
    op.create_table(
        "parcel_families",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("house_number", sa.String(length=20), nullable=False),
        sa.Column("neighbourhood", sa.String(length=100), nullable=False),
        sa.Column("building", sa.String(length=40), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=False),
        sa.Column("lift", sa.Boolean(), nullable=False),
        sa.Column("location", GeometryType("POINT", srid=4326), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(length=20), nullable=False),
        sa.Column("cycle", sa.String(length=10), nullable=False),
        sa.Column("two_person", sa.Boolean(), nullable=False),
        sa.Column("coeliac", sa.Boolean(), nullable=False),
        sa.Column("weekdays", JSONDocument, nullable=False),
        sa.Column("half_day", sa.String(length=10), nullable=False),
        sa.Column("appointment_start", sa.String(length=5), nullable=True),
        sa.Column("appointment_end", sa.String(length=5), nullable=True),
        sa.Column("last_day", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_families")),
        sa.UniqueConstraint("ref", name=op.f("uq_parcel_families_ref")),
    )
    op.create_table(
        "parcel_months",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("day_limit", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("summary", JSONDocument, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_months")),
        sa.UniqueConstraint("month", name=op.f("uq_parcel_months_month")),
    )
    op.create_table(
        "parcel_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=True),
        sa.Column("published_by", sa.String(length=80), nullable=True),
        sa.Column("problem", JSONDocument, nullable=False),
        sa.Column("solution", JSONDocument, nullable=False),
        sa.Column("summary", JSONDocument, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_plans")),
        sa.UniqueConstraint("day", "version", name=op.f("uq_parcel_plans_day_version")),
    )
    op.create_table(
        "parcel_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.String(length=50), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("rescheduled_from", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["parcel_families.id"],
            name=op.f("fk_parcel_assignments_family_id_parcel_families"),
        ),
        sa.ForeignKeyConstraint(
            ["month_id"],
            ["parcel_months.id"],
            name=op.f("fk_parcel_assignments_month_id_parcel_months"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_assignments")),
        sa.UniqueConstraint(
            "month_id", "delivery_id", name=op.f("uq_parcel_assignments_month_id_delivery_id")
        ),
    )
    op.create_index(
        op.f("ix_parcel_assignments_family_id"), "parcel_assignments", ["family_id"], unique=False
    )
    op.create_index(
        op.f("ix_parcel_assignments_month_id"), "parcel_assignments", ["month_id"], unique=False
    )
    op.create_table(
        "parcel_routes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.String(length=80), nullable=False),
        sa.Column("van_code", sa.String(length=40), nullable=False),
        sa.Column("crew", sa.Integer(), nullable=False),
        sa.Column("driver_code", sa.String(length=40), nullable=True),
        sa.Column("geometry", GeometryType("LINESTRING", srid=4326), nullable=True),
        sa.Column("departure_s", sa.Integer(), nullable=False),
        sa.Column("return_s", sa.Integer(), nullable=False),
        sa.Column("driving_s", sa.Integer(), nullable=False),
        sa.Column("distance_m", sa.Integer(), nullable=False),
        sa.Column("kg", sa.Integer(), nullable=False),
        sa.Column("litres", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["parcel_plans.id"], name=op.f("fk_parcel_routes_plan_id_parcel_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_routes")),
        sa.UniqueConstraint("plan_id", "seq", name=op.f("uq_parcel_routes_plan_id_seq")),
    )
    op.create_index(op.f("ix_parcel_routes_plan_id"), "parcel_routes", ["plan_id"], unique=False)
    op.create_table(
        "parcel_stops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("trip", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.String(length=50), nullable=False),
        sa.Column("load_order", sa.Integer(), nullable=False),
        sa.Column("arrival_s", sa.Integer(), nullable=False),
        sa.Column("start_s", sa.Integer(), nullable=False),
        sa.Column("departure_s", sa.Integer(), nullable=False),
        sa.Column("kg", sa.Integer(), nullable=False),
        sa.Column("litres", sa.Integer(), nullable=False),
        sa.Column("two_person", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["parcel_families.id"],
            name=op.f("fk_parcel_stops_family_id_parcel_families"),
        ),
        sa.ForeignKeyConstraint(
            ["route_id"], ["parcel_routes.id"], name=op.f("fk_parcel_stops_route_id_parcel_routes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_stops")),
        sa.UniqueConstraint("route_id", "seq", name=op.f("uq_parcel_stops_route_id_seq")),
    )
    op.create_index(op.f("ix_parcel_stops_family_id"), "parcel_stops", ["family_id"], unique=False)
    op.create_index(op.f("ix_parcel_stops_route_id"), "parcel_stops", ["route_id"], unique=False)
    op.create_table(
        "parcel_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stop_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("new_day", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stop_id"], ["parcel_stops.id"], name=op.f("fk_parcel_outcomes_stop_id_parcel_stops")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_outcomes")),
    )
    op.create_index(
        op.f("ix_parcel_outcomes_stop_id"), "parcel_outcomes", ["stop_id"], unique=False
    )

    if op.get_bind().dialect.name == "postgresql":
        for table, column in GIST:
            op.create_index(f"ix_{table}_{column}", table, [column], postgresql_using="gist")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in GIST:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
    for table in TABLES:
        op.drop_table(table)
