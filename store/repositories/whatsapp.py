"""WhatsApp messages in, replies out: a message turns into or attaches to an application.

A text or location message from a number attaches to the open application of the same phone,
or opens a new one (channel whatsapp); a location sets its pin; media are kept as references
(id, MIME type). Each message id is stored once, so a replayed webhook changes nothing. Replies
are queued in the outbox; nothing here sends anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.applications import Channel, normalise_phone
from domain.lang import label
from store.models import ApplicationRow, OutboxRow, WhatsAppMessageRow
from store.repositories import applications as applications_repo
from store.repositories.applications import PIN_SOURCE_WHATSAPP, NewApplication, Pin
from store.repositories.audit import record_change
from store.types import utcnow

ACTOR = "whatsapp"
"""Who the audit log names for changes a WhatsApp message made."""
ATTACHING_KINDS = frozenset({"text", "location", "image", "audio", "document", "video"})
"""Message types that open or join an application (reactions, system notices and the like
are stored but open nothing)."""


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """One message of the webhook, as plain values (`api.schemas.whatsapp` reads the payload)."""

    message_id: str
    phone: str
    kind: str
    sent_at: dt.datetime | None = None
    text: str = ""
    latitude: float | None = None
    longitude: float | None = None
    media_id: str | None = None
    media_mime: str | None = None
    profile_name: str = ""


@dataclass(frozen=True, slots=True)
class Received:
    """What storing a message did: `new` False for a replay; the application it joined."""

    new: bool
    application: ApplicationRow | None = None
    created_application: bool = False


def receive_message(session: Session, message: IncomingMessage) -> Received:
    """Store `message` once and attach it (see the module); a replay returns `new=False`."""
    if find_message(session, message.message_id) is not None:
        return Received(new=False)
    phone = normalise_phone(message.phone)
    application, created = None, False
    if message.kind in ATTACHING_KINDS:
        application = applications_repo.open_application_of_phone(session, phone)
        if application is None:
            new = NewApplication(
                channel=Channel.WHATSAPP, phone=phone, applicant_name=message.profile_name
            )
            application = applications_repo.create_application(session, new=new, actor=ACTOR)
            created = True
    row = WhatsAppMessageRow(
        message_id=message.message_id,
        phone=phone,
        kind=message.kind,
        text=message.text,
        latitude=message.latitude,
        longitude=message.longitude,
        media_id=message.media_id,
        media_mime=message.media_mime,
        sent_at=message.sent_at,
        application_id=application.id if application is not None else None,
    )
    session.add(row)
    session.flush()
    if application is not None:
        _attached(session, application, message)
        if created:
            queue_reply(
                session,
                phone=phone,
                text=label("intake_whatsapp_ack", "tr", ref=application.ref),
                application=application,
                reply_to=message.message_id,
            )
    return Received(new=True, application=application, created_application=created)


def _attached(session: Session, application: ApplicationRow, message: IncomingMessage) -> None:
    if (
        message.kind == "location"
        and message.latitude is not None
        and message.longitude is not None
    ):
        pin = Pin(message.latitude, message.longitude, PIN_SOURCE_WHATSAPP)
        applications_repo.set_pin(session, ref=application.ref, pin=pin, actor=ACTOR)
        return
    record_change(
        session,
        actor=ACTOR,
        action="message",
        entity=applications_repo.ENTITY,
        entity_ref=application.ref,
        detail={"state": application.state, "kind": message.kind},
    )


def find_message(session: Session, message_id: str) -> WhatsAppMessageRow | None:
    """The stored message with this WhatsApp message id, or None."""
    query = select(WhatsAppMessageRow).where(WhatsAppMessageRow.message_id == message_id)
    return session.scalars(query).one_or_none()


def messages_of(session: Session, application_id: int) -> list[WhatsAppMessageRow]:
    """The messages attached to an application, oldest first."""
    query = (
        select(WhatsAppMessageRow)
        .where(WhatsAppMessageRow.application_id == application_id)
        .order_by(WhatsAppMessageRow.id)
    )
    return list(session.scalars(query))


def queue_reply(
    session: Session,
    *,
    phone: str,
    text: str,
    application: ApplicationRow | None = None,
    reply_to: str | None = None,
) -> OutboxRow:
    """Put a reply in the outbox (sent only by `sofra whatsapp send-outbox --really-send`)."""
    row = OutboxRow(
        phone=normalise_phone(phone),
        text=text,
        application_id=application.id if application is not None else None,
        reply_to=reply_to,
    )
    session.add(row)
    session.flush()
    return row


def pending_replies(session: Session, *, limit: int = 100) -> list[OutboxRow]:
    """Replies not sent yet, oldest first."""
    query = select(OutboxRow).where(OutboxRow.sent_at.is_(None)).order_by(OutboxRow.id)
    return list(session.scalars(query.limit(limit)))


def mark_sent(row: OutboxRow) -> None:
    """The reply went out."""
    row.sent_at = utcnow()
    row.attempts += 1


def mark_failed(row: OutboxRow, error: str) -> None:
    """Sending failed; `error` names why without personal data (a status, an error type)."""
    row.attempts += 1
    row.last_error = error[:200]
