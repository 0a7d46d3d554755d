"""The WhatsApp Business Cloud API webhook payload, read leniently (Meta adds fields).

`{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value":
{"contacts": [{"wa_id", "profile": {"name"}}], "messages": [{"from", "id", "timestamp", "type",
"text": {"body"} | "location": {"latitude", "longitude"} | "image": {"id", "mime_type"} …}],
"statuses": […]}}]}]}`. Status callbacks (sent, delivered, read) carry no message and are
acknowledged and dropped.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from store.repositories.whatsapp import IncomingMessage

MEDIA_KINDS = ("image", "audio", "document", "video", "sticker")


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Profile(_Lenient):
    name: str = ""


class Contact(_Lenient):
    wa_id: str = ""
    profile: Profile = Field(default_factory=Profile)


class TextPart(_Lenient):
    body: str = ""


class LocationPart(_Lenient):
    latitude: float
    longitude: float
    name: str = ""
    address: str = ""


class MediaPart(_Lenient):
    id: str = ""
    mime_type: str = ""
    caption: str = ""


class Message(_Lenient):
    sender: str = Field(alias="from", min_length=1, max_length=40)
    id: str = Field(min_length=1, max_length=200)
    timestamp: str = ""
    type: str = Field("unknown", max_length=20)
    text: TextPart | None = None
    location: LocationPart | None = None
    image: MediaPart | None = None
    audio: MediaPart | None = None
    document: MediaPart | None = None
    video: MediaPart | None = None
    sticker: MediaPart | None = None

    def media(self) -> MediaPart | None:
        """The media reference of a media message, if any."""
        for kind in MEDIA_KINDS:
            part = getattr(self, kind)
            if part is not None:
                return part
        return None

    def sent_at(self) -> dt.datetime | None:
        """The sender's timestamp (Unix seconds), if it reads."""
        if not self.timestamp.isdigit():
            return None
        return dt.datetime.fromtimestamp(int(self.timestamp), tz=dt.UTC)

    def incoming(self, profile_name: str) -> IncomingMessage:
        """The plain values the store keeps."""
        media = self.media()
        text = self.text.body if self.text else ""
        if self.location is not None:
            text = " ".join(p for p in (self.location.name, self.location.address) if p)
        if media is not None and media.caption:
            text = media.caption
        return IncomingMessage(
            message_id=self.id,
            phone=self.sender,
            kind=self.type,
            sent_at=self.sent_at(),
            text=text[:4000],
            latitude=self.location.latitude if self.location else None,
            longitude=self.location.longitude if self.location else None,
            media_id=media.id if media else None,
            media_mime=media.mime_type if media else None,
            profile_name=profile_name[:200],
        )


class Value(_Lenient):
    contacts: list[Contact] = Field(default_factory=list)
    messages: list[Message] = Field(default_factory=list)


class Change(_Lenient):
    field: str = ""
    value: Value = Field(default_factory=Value)


class Entry(_Lenient):
    id: str = ""
    changes: list[Change] = Field(default_factory=list)


class WebhookPayload(_Lenient):
    """One delivery of the webhook (possibly several messages)."""

    object: str = ""
    entry: list[Entry] = Field(default_factory=list)

    def messages(self) -> list[IncomingMessage]:
        """Every message of the delivery, in order, with the sender's profile name."""
        found = []
        for entry in self.entry:
            for change in entry.changes:
                names = {c.wa_id: c.profile.name for c in change.value.contacts}
                found += [m.incoming(names.get(m.sender, "")) for m in change.value.messages]
        return found


class WebhookReceipt(BaseModel):
    """What the webhook did with a delivery."""

    messages: int = Field(description="messages in the delivery")
    stored: int = Field(description="new messages stored (a replay stores none)")
