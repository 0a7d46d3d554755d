"""Applications for help, the WhatsApp messages that came in, and the replies waiting to go out.

Personal fields (names, phone, address, notes) have their own columns; `health_notes` is the one
the call centre never reads. An application's number is its id ("B00012",
`domain.applications.application_ref`). State changes are compare-and-set: `version` is the
optimistic-locking column, so of two processes changing the same application one wins and the
other gets `ConcurrentUpdateError`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from domain.applications import application_ref
from store.models.base import Base
from store.types import GeometryType, utcnow


class ApplicationRow(Base):
    """One application; see `domain.applications` for channels, needs and states."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(30), index=True)
    applicant_name: Mapped[str] = mapped_column(String(200), default="")
    applicant_relation: Mapped[str] = mapped_column(String(100), default="")
    person_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), index=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    house_number: Mapped[str] = mapped_column(String(20), default="")
    neighbourhood: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[Any | None] = mapped_column(GeometryType("POINT"), default=None)
    location_source: Mapped[str | None] = mapped_column(String(20), default=None)
    geocode_confidence: Mapped[float | None] = mapped_column(default=None)
    needs_review: Mapped[bool] = mapped_column(default=False)
    needs: Mapped[list[str]] = mapped_column(default=list)
    health_notes: Mapped[str] = mapped_column(Text, default="")
    social_notes: Mapped[str] = mapped_column(Text, default="")
    consent_version: Mapped[str | None] = mapped_column(String(40), default=None)
    consent_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    consent_by: Mapped[str | None] = mapped_column(String(80), default=None)
    possible_duplicates: Mapped[list[int]] = mapped_column(default=list)
    assessment_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    assessment_notes: Mapped[str] = mapped_column(Text, default="")
    assessed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    assessed_by: Mapped[str | None] = mapped_column(String(80), default=None)
    approved_services: Mapped[list[str]] = mapped_column(default=list)
    meal_plan: Mapped[str | None] = mapped_column(String(10), default=None)
    service_days: Mapped[list[int]] = mapped_column(default=list)
    start_date: Mapped[dt.date | None] = mapped_column(default=None)
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decided_by: Mapped[str | None] = mapped_column(String(80), default=None)
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    household_ref: Mapped[str | None] = mapped_column(
        String(40), ForeignKey("households.ref", ondelete="RESTRICT"), default=None
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - compare-and-set
    __table_args__ = (
        Index("ix_applications_location", "location", postgresql_using="gist").ddl_if(
            dialect="postgresql"
        ),
    )

    @property
    def ref(self) -> str:
        """The application number people are told ("B00012")."""
        return application_ref(self.id)

    def __repr__(self) -> str:  # no personal fields: reprs end up in logs and tracebacks
        return f"ApplicationRow(id={self.id!r}, state={self.state!r}, version={self.version!r})"


class WhatsAppMessageRow(Base):
    """One incoming WhatsApp message, kept once per message id (a replay stores nothing).

    Media (image, audio, document, …) are references only: the media id and MIME type, never
    downloaded. `sent_at` is the sender's timestamp."""

    __tablename__ = "whatsapp_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    phone: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(default=None)
    longitude: Mapped[float | None] = mapped_column(default=None)
    media_id: Mapped[str | None] = mapped_column(String(200), default=None)
    media_mime: Mapped[str | None] = mapped_column(String(100), default=None)
    sent_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="RESTRICT"), default=None, index=True
    )

    def __repr__(self) -> str:
        return f"WhatsAppMessageRow(id={self.id!r}, kind={self.kind!r})"


class OutboxRow(Base):
    """A WhatsApp reply waiting to be sent (`sent_at` None), or sent. Nothing is sent unless
    someone runs `sofra whatsapp send-outbox --really-send`."""

    __tablename__ = "whatsapp_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="RESTRICT"), default=None
    )
    reply_to: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(default=None, index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(String(200), default="")

    def __repr__(self) -> str:
        return f"OutboxRow(id={self.id!r}, sent={self.sent_at is not None!r})"
