"""Applications (153, WhatsApp, walk-in, referral), consent, WhatsApp inbox and outbox (issue 14).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Nothing yet: the tables arrive with the issue's work."""


def downgrade() -> None:
    """Nothing yet."""
