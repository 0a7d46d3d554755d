"""Accounts and alerts join the store: `users` and `alerts`, with real foreign keys.

Sofra up to 4d2dda9 kept them in the API's own tables (`api_users`, `api_alerts`) under a
history of their own (version table `api_alembic_version`, revision a001), referring to plans,
stops and drivers by bare values. On such a database every row is copied into the new tables
(same ids, password hashes untouched; an alert's driver "" becomes NULL), then the old tables
and their version table are dropped. References that lead nowhere stop the upgrade, naming the
rows, rather than losing them. Downgrade puts the old tables and version table back.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.types import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_USERS, OLD_ALERTS, OLD_VERSION_TABLE, OLD_HEAD = (
    "api_users",
    "api_alerts",
    "api_alembic_version",
    "a001",
)
USER_COLUMNS = "id, username, password_hash, role, driver_code, active, created_at, created_by"
ALERT_COLUMNS = (
    "id, kind, outcome_id, stop_id, plan_id, route_seq, household_ref, driver_code, note, "
    "raised_at, raised_by, acknowledged_at, acknowledged_by"
)
ALERT_REFERENCES = (
    ("outcome_id", "delivery_outcomes", "id"),
    ("stop_id", "stops", "id"),
    ("plan_id", "plans", "id"),
    ("household_ref", "households", "ref"),
    ("driver_code", "drivers", "code"),
)
"""(column of an alert, table and column it refers to)."""


class OrphanReferenceError(RuntimeError):
    """Old rows refer to something that does not exist; fix or delete them, then upgrade."""


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    old_users, old_alerts = inspector.has_table(OLD_USERS), inspector.has_table(OLD_ALERTS)
    # Every check before the first change: SQLite's DDL is not transactional.
    _check_old_history(bind)
    if old_users:
        _check_references(bind, OLD_USERS, (("driver_code", "drivers", "code"),))
    if old_alerts:
        _check_references(bind, OLD_ALERTS, ALERT_REFERENCES)
    _create_users()
    _create_alerts()
    if old_users:
        columns = USER_COLUMNS.replace("driver_code", "NULLIF(driver_code, '')")
        op.execute(f"INSERT INTO users ({USER_COLUMNS}) SELECT {columns} FROM {OLD_USERS}")
        op.drop_table(OLD_USERS)
    if old_alerts:
        columns = ALERT_COLUMNS.replace("driver_code", "NULLIF(driver_code, '')")
        op.execute(f"INSERT INTO alerts ({ALERT_COLUMNS}) SELECT {columns} FROM {OLD_ALERTS}")
        op.drop_table(OLD_ALERTS)
    if inspector.has_table(OLD_VERSION_TABLE):
        op.drop_table(OLD_VERSION_TABLE)
    _restart_id_sequences(bind, ("users", "alerts"))


def downgrade() -> None:
    bind = op.get_bind()
    _create_old_tables()
    op.execute(f"INSERT INTO {OLD_USERS} ({USER_COLUMNS}) SELECT {USER_COLUMNS} FROM users")
    columns = ALERT_COLUMNS.replace("driver_code", "COALESCE(driver_code, '')")
    op.execute(f"INSERT INTO {OLD_ALERTS} ({ALERT_COLUMNS}) SELECT {columns} FROM alerts")
    version = op.create_table(
        OLD_VERSION_TABLE,
        sa.Column("version_num", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("version_num", name=f"{OLD_VERSION_TABLE}_pkc"),
    )
    op.bulk_insert(version, [{"version_num": OLD_HEAD}])
    for table in ("alerts", "users"):
        op.drop_table(table)
    _restart_id_sequences(bind, (OLD_USERS, OLD_ALERTS))


def _create_users() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("driver_code", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["driver_code"],
            ["drivers.code"],
            name=op.f("fk_users_driver_code_drivers"),
            onupdate="CASCADE",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )


def _create_alerts() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("stop_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("route_seq", sa.Integer(), nullable=False),
        sa.Column("household_ref", sa.String(length=40), nullable=False),
        sa.Column("driver_code", sa.String(length=40), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("raised_at", UTCDateTime(), nullable=False),
        sa.Column("raised_by", sa.String(length=80), nullable=False),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["driver_code"],
            ["drivers.code"],
            name=op.f("fk_alerts_driver_code_drivers"),
            onupdate="CASCADE",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["household_ref"],
            ["households.ref"],
            name=op.f("fk_alerts_household_ref_households"),
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outcome_id"],
            ["delivery_outcomes.id"],
            name=op.f("fk_alerts_outcome_id_delivery_outcomes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_alerts_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["stop_id"], ["stops.id"], name=op.f("fk_alerts_stop_id_stops"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
        sa.UniqueConstraint("outcome_id", name=op.f("uq_alerts_outcome_id")),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alerts_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_alerts_raised_at"), ["raised_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_alerts_stop_id"), ["stop_id"], unique=False)


def _create_old_tables() -> None:
    """`api_users` and `api_alerts` as revision a001 of the old API history made them."""
    op.create_table(
        OLD_USERS,
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
        OLD_ALERTS,
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
    with op.batch_alter_table(OLD_ALERTS, schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_alerts_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_api_alerts_raised_at"), ["raised_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_api_alerts_stop_id"), ["stop_id"], unique=False)


def _check_old_history(bind: sa.Connection) -> None:
    """The old API history, if any, must be at a001 (its only revision): else stop."""
    if not sa.inspect(bind).has_table(OLD_VERSION_TABLE):
        return
    found = set(bind.scalars(sa.text(f"SELECT version_num FROM {OLD_VERSION_TABLE}")))
    if found - {OLD_HEAD}:
        raise RuntimeError(
            f"{OLD_VERSION_TABLE} is at {sorted(found)}, not {OLD_HEAD}: this database was made "
            "by a Sofra this migration does not know; upgrade it with that Sofra's own code first"
        )


def _check_references(
    bind: sa.Connection, table: str, references: Sequence[tuple[str, str, str]]
) -> None:
    """Stop with `OrphanReferenceError` when a row of `table` refers to a missing row (a
    driver_code "" is no driver, not a reference)."""
    problems = []
    for column, target, key in references:
        value = f"NULLIF(o.{column}, '')" if column == "driver_code" else f"o.{column}"
        rows = bind.execute(
            sa.text(
                f"SELECT o.id, o.{column} FROM {table} o WHERE {value} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM {target} t WHERE t.{key} = {value}) ORDER BY o.id"
            )
        ).all()
        problems += [f"{table} id {row[0]}: {column} {row[1]!r} is not in {target}" for row in rows]
    if problems:
        raise OrphanReferenceError(
            f"cannot add the foreign keys; {len(problems)} reference(s) lead nowhere ("
            + "; ".join(problems[:10])
            + "). Correct or delete these rows, then run `sofra db upgrade` again"
        )


def _restart_id_sequences(bind: sa.Connection, tables: Sequence[str]) -> None:
    """On PostgreSQL, continue each table's id sequence after the copied ids."""
    if bind.dialect.name != "postgresql":
        return
    for table in tables:
        op.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE(MAX(id), 0) + 1, false) FROM {table}"
        )
