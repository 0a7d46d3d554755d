"""Plans keep the settings they were planned with: `plans.settings` (JSON, NULL for old plans).

The scheduler's section of the settings tree a plan version was made with (ride limit, service
and reload minutes, shift windows, solver budget and seed), so a stored plan is shown with its
own ride limit. Versions saved before have none and are read with the current settings.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.types import JSONDocument

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("plans", sa.Column("settings", JSONDocument, nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite >= 3.35 too): a batch copy of `plans` would
    # have to drop the table its routes refer to.
    op.drop_column("plans", "settings")
