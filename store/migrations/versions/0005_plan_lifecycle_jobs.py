"""Plan lifecycle and durable jobs: publishable versions, planners' what-if copies, a job queue.

`plans` gains `what_if` (planners' copies, numbered apart from the office's versions, never
published), `base_version` (the version a plan was made from: a version is saved only as the
successor of the newest one, held by the unique constraint, now on day, shift, what_if and
version), `published_at` / `published_by` and `replaces_plan_id` (the version the drivers had
before). A new table `jobs` holds the planning jobs (queued, running, done, failed, interrupted).

Existing versions: every one stays an office version (`what_if` false) with `base_version` the
version before it. Only a version a dispatcher had published can be published after the
upgrade: the newest published version of each date and shift stays published (when and by whom
from its audit entry), older published ones become superseded, every other version is a draft.
Before this migration "published" changed nothing for drivers (they saw the newest version,
whatever its status), so after it a shift nobody had published shows drivers no route until a
dispatcher publishes one.

SQLite cannot alter a table's constraints: `plans` is rebuilt (batch mode), which needs its
foreign keys off; `store.db.upgrade` and `store.db.downgrade` (`sofra db upgrade`) run the
migrations so and check every foreign key before committing.

Downgrade deletes the what-if copies (with their routes and stops), turns superseded versions
back into published ones and drops the jobs table.

Revision ID: 0005
Revises: 0004
Create Date: 2025-01-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.types import JSONDocument, UTCDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_UNIQUE = "uq_plans_day_shift_version"
NEW_UNIQUE = "uq_plans_day_shift_what_if_version"
REPLACES_FK = "fk_plans_replaces_plan_id_plans"


def _require_sqlite_foreign_keys_off(bind: sa.Connection) -> None:
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError(
            "rebuilding the plans table on SQLite needs its foreign keys off (else SQLite "
            "deletes what refers to it): run the migrations with `sofra db upgrade` "
            "(store.db.upgrade / store.db.downgrade)"
        )


def upgrade() -> None:
    bind = op.get_bind()
    _require_sqlite_foreign_keys_off(bind)
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("what_if", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("base_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("published_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("published_by", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("replaces_plan_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint(OLD_UNIQUE, type_="unique")
        batch_op.create_unique_constraint(NEW_UNIQUE, ["day", "shift", "what_if", "version"])
        batch_op.create_foreign_key(REPLACES_FK, "plans", ["replaces_plan_id"], ["id"])
    op.execute("UPDATE plans SET base_version = version - 1 WHERE version > 1")
    _keep_the_newest_published(bind)
    _create_jobs()


def _keep_the_newest_published(bind: sa.Connection) -> None:
    """Per date and shift, the newest published version stays published (with when and who
    from the audit log) and replaces the published one just below it; older published ones
    become superseded."""
    rows = bind.execute(
        sa.text(
            "SELECT id, day, shift, created_at, created_by FROM plans "
            "WHERE status = 'published' ORDER BY day, shift, version DESC"
        )
    ).all()
    kept: dict[tuple[object, object], int] = {}
    replaced: set[tuple[object, object]] = set()
    for plan_id, day, shift, created_at, created_by in rows:
        key = (day, shift)
        if key not in kept:
            kept[key] = plan_id
            entry = bind.execute(
                sa.text(
                    "SELECT at, actor FROM audit_log WHERE entity = 'plan' "
                    "AND action = 'publish' AND entity_ref = :ref ORDER BY id DESC LIMIT 1"
                ),
                {"ref": str(plan_id)},
            ).first()
            at, actor = (entry[0], entry[1]) if entry is not None else (created_at, created_by)
            bind.execute(
                sa.text("UPDATE plans SET published_at = :at, published_by = :by WHERE id = :id"),
                {"at": at, "by": actor, "id": plan_id},
            )
            continue
        bind.execute(
            sa.text("UPDATE plans SET status = 'superseded' WHERE id = :id"), {"id": plan_id}
        )
        if key not in replaced:
            replaced.add(key)
            bind.execute(
                sa.text("UPDATE plans SET replaces_plan_id = :old WHERE id = :id"),
                {"old": plan_id, "id": kept[key]},
            )


def _create_jobs() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("params", JSONDocument, nullable=False),
        sa.Column("spec", JSONDocument, nullable=False),
        sa.Column("progress", sa.Double(), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("heartbeat_at", UTCDateTime(), nullable=True),
        sa.Column("worker", sa.String(length=120), nullable=True),
        sa.Column("result", JSONDocument, nullable=True),
        sa.Column("error", JSONDocument, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
    )
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index("ix_jobs_queue", ["status", "priority", "created_at"], unique=False)
        batch_op.create_index("ix_jobs_created_by_status", ["created_by", "status"], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    _require_sqlite_foreign_keys_off(bind)
    op.drop_table("jobs")
    what_if = "SELECT id FROM plans WHERE what_if"
    routes = f"SELECT id FROM routes WHERE plan_id IN ({what_if})"
    op.execute(f"DELETE FROM stops WHERE route_id IN ({routes})")
    op.execute(f"DELETE FROM routes WHERE plan_id IN ({what_if})")
    op.execute("UPDATE plans SET replaces_plan_id = NULL")
    op.execute("DELETE FROM plans WHERE what_if")
    op.execute("UPDATE plans SET status = 'published' WHERE status = 'superseded'")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_constraint(REPLACES_FK, type_="foreignkey")
        batch_op.drop_constraint(NEW_UNIQUE, type_="unique")
        batch_op.create_unique_constraint(OLD_UNIQUE, ["day", "shift", "version"])
        batch_op.drop_column("replaces_plan_id")
        batch_op.drop_column("published_by")
        batch_op.drop_column("published_at")
        batch_op.drop_column("base_version")
        batch_op.drop_column("what_if")
