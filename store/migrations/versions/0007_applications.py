"""Applications (153, WhatsApp, walk-in, referral), consent, WhatsApp inbox and outbox (issue 14).

Three new tables: `applications` (with a GiST index on the pin on PostgreSQL),
`whatsapp_messages` (one row per message id: a replayed webhook stores nothing) and
`whatsapp_outbox` (replies waiting to be sent). Nothing existing changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.types import GeometryType, JSONDocument, UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the applications, WhatsApp messages and outbox tables."""
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("applicant_relation", sa.String(length=100), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("house_number", sa.String(length=20), nullable=False),
        sa.Column("neighbourhood", sa.String(length=100), nullable=False),
        sa.Column("location", GeometryType("POINT", srid=4326), nullable=True),
        sa.Column("location_source", sa.String(length=20), nullable=True),
        sa.Column("geocode_confidence", sa.Double(), nullable=True),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("needs", JSONDocument, nullable=False),
        sa.Column("health_notes", sa.Text(), nullable=False),
        sa.Column("social_notes", sa.Text(), nullable=False),
        sa.Column("consent_version", sa.String(length=40), nullable=True),
        sa.Column("consent_at", UTCDateTime(), nullable=True),
        sa.Column("consent_by", sa.String(length=80), nullable=True),
        sa.Column("possible_duplicates", JSONDocument, nullable=False),
        sa.Column("assessment_at", UTCDateTime(), nullable=True),
        sa.Column("assessment_notes", sa.Text(), nullable=False),
        sa.Column("assessed_at", UTCDateTime(), nullable=True),
        sa.Column("assessed_by", sa.String(length=80), nullable=True),
        sa.Column("approved_services", JSONDocument, nullable=False),
        sa.Column("meal_plan", sa.String(length=10), nullable=True),
        sa.Column("service_days", JSONDocument, nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=True),
        sa.Column("rejection_reason", sa.Text(), nullable=False),
        sa.Column("household_ref", sa.String(length=40), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_ref"],
            ["households.ref"],
            name=op.f("fk_applications_household_ref_households"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_applications_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_applications_state"), ["state"], unique=False)
    op.create_table(
        "whatsapp_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("latitude", sa.Double(), nullable=True),
        sa.Column("longitude", sa.Double(), nullable=True),
        sa.Column("media_id", sa.String(length=200), nullable=True),
        sa.Column("media_mime", sa.String(length=100), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_whatsapp_messages_application_id_applications"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_whatsapp_messages")),
        sa.UniqueConstraint("message_id", name=op.f("uq_whatsapp_messages_message_id")),
    )
    with op.batch_alter_table("whatsapp_messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_whatsapp_messages_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_whatsapp_messages_phone"), ["phone"], unique=False)
    op.create_table(
        "whatsapp_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("reply_to", sa.String(length=200), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_whatsapp_outbox_application_id_applications"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_whatsapp_outbox")),
    )
    with op.batch_alter_table("whatsapp_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_whatsapp_outbox_sent_at"), ["sent_at"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.create_index(
            "ix_applications_location", "applications", ["location"], postgresql_using="gist"
        )


def downgrade() -> None:
    """Drop the three tables (their rows are lost: export them first)."""
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_applications_location", table_name="applications")
    op.drop_table("whatsapp_outbox")
    op.drop_table("whatsapp_messages")
    op.drop_table("applications")
