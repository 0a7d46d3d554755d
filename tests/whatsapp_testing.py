"""Helpers of the intake tests: signed WhatsApp webhook deliveries in Meta's format."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

VERIFY_TOKEN = "sofra-verify-token-test"
APP_SECRET = "sofra-app-secret-test"


def text_message(phone: str, message_id: str, body: str, name: str = "Ayşe Yılmaz") -> bytes:
    """A delivery of one text message (raw JSON bytes, as Meta sends them)."""
    return delivery(phone, {"id": message_id, "type": "text", "text": {"body": body}}, name)


def location_message(phone: str, message_id: str, lat: float, lon: float) -> bytes:
    """A delivery of one shared location."""
    location = {"latitude": lat, "longitude": lon, "name": "Ev", "address": "İnegöl"}
    return delivery(phone, {"id": message_id, "type": "location", "location": location})


def image_message(phone: str, message_id: str) -> bytes:
    """A delivery of one photo (a reference: id and MIME type)."""
    image = {"id": "media-123", "mime_type": "image/jpeg", "sha256": "abc", "caption": "rapor"}
    return delivery(phone, {"id": message_id, "type": "image", "image": image})


def delivery(phone: str, message: dict[str, Any], name: str = "Ayşe Yılmaz") -> bytes:
    """One webhook delivery of `message` from `phone` (digits with country code)."""
    payload = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "902247130000",
                                "phone_number_id": "106540352242922",
                            },
                            "contacts": [{"profile": {"name": name}, "wa_id": phone}],
                            "messages": [{"from": phone, "timestamp": "1764576000", **message}],
                        },
                    }
                ],
            }
        ],
    }
    return json.dumps(payload, ensure_ascii=False).encode()


def signed(body: bytes, secret: str = APP_SECRET) -> dict[str, str]:
    """The headers of a delivery signed with `secret`."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"X-Hub-Signature-256": f"sha256={digest}", "Content-Type": "application/json"}
