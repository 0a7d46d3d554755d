"""The WhatsApp Business Cloud API webhook: Meta's verification handshake, and signed deliveries
of messages turned into (or attached to) applications.

`GET /whatsapp/webhook?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…` echoes the
challenge when the token is `SOFRA_WHATSAPP_VERIFY_TOKEN` (403 otherwise). `POST` needs
`X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body with SOFRA_WHATSAPP_APP_SECRET>`; a
missing or bad signature is 401 and nothing is stored. Without both settings the webhook answers
503. Logs name counts, never a phone number or a text.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse
from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError

from api.core.config import WhatsAppSettings
from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import StateDep
from api.schemas.whatsapp import WebhookPayload, WebhookReceipt
from api.state import AppState
from store.db import session_scope
from store.repositories.whatsapp import IncomingMessage, receive_message

log = logging.getLogger(__name__)

router = APIRouter(prefix="/whatsapp", tags=["whatsapp"], responses=PROBLEM_RESPONSES)
SIGNATURE_PREFIX = "sha256="


def _configured(state: AppState) -> tuple[str, bytes]:
    settings: WhatsAppSettings = state.settings.whatsapp
    if settings.verify_token is None or settings.app_secret is None:
        raise ProblemError(
            503,
            "the WhatsApp webhook is not configured; set SOFRA_WHATSAPP_VERIFY_TOKEN and "
            "SOFRA_WHATSAPP_APP_SECRET",
            slug="whatsapp-not-configured",
        )
    return settings.verify_token.get_secret_value(), settings.app_secret.get_secret_value().encode()


def signature_of(body: bytes, app_secret: bytes) -> str:
    """The X-Hub-Signature-256 value Meta sends with `body`."""
    return SIGNATURE_PREFIX + hmac.new(app_secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, header: str | None, app_secret: bytes) -> bool:
    """True when `header` is the signature of `body` (compared in constant time)."""
    if not header or not header.startswith(SIGNATURE_PREFIX):
        return False
    return hmac.compare_digest(header.strip(), signature_of(body, app_secret))


@router.get("/webhook", response_class=PlainTextResponse)
def verify_webhook(
    state: StateDep,
    mode: Annotated[str, Query(alias="hub.mode", max_length=40)] = "",
    token: Annotated[str, Query(alias="hub.verify_token", max_length=400)] = "",
    challenge: Annotated[str, Query(alias="hub.challenge", max_length=400)] = "",
) -> PlainTextResponse:
    """Meta's verification handshake: the challenge back when mode and token are right."""
    verify_token, _ = _configured(state)
    if mode != "subscribe" or not hmac.compare_digest(token.encode(), verify_token.encode()):
        raise ProblemError(403, "wrong hub.mode or hub.verify_token", slug="forbidden")
    return PlainTextResponse(challenge)


def _store(state: AppState, messages: list[IncomingMessage]) -> int:
    """Store the delivery's messages in one transaction; the number stored anew."""
    try:
        with session_scope(state.engine) as session:
            return sum(receive_message(session, m).new for m in messages)
    except IntegrityError:
        # Another process stored one of these message ids meanwhile: a replay; Meta retries.
        log.info("whatsapp delivery raced with another process; nothing stored")
        return 0


@router.post(
    "/webhook",
    response_model=WebhookReceipt,
    responses={401: PROBLEM_RESPONSES[401]},
)
async def receive_webhook(
    request: Request,
    state: StateDep,
    signature: Annotated[str | None, Header(alias="X-Hub-Signature-256", max_length=200)] = None,
) -> WebhookReceipt:
    """A signed delivery: each text, location or media message opens or joins the application
    of its phone; a message id seen before changes nothing."""
    _, app_secret = _configured(state)
    body = await request.body()
    if not signature_ok(body, signature, app_secret):
        log.warning("whatsapp delivery refused: missing or bad signature")
        raise ProblemError(
            401, "missing or bad X-Hub-Signature-256; nothing was stored", slug="bad-signature"
        )
    try:
        payload = WebhookPayload.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise ProblemError(422, "not a WhatsApp webhook payload", slug="validation") from exc
    messages = payload.messages()
    stored = await run_in_threadpool(_store, state, messages) if messages else 0
    log.info("whatsapp delivery: %d message(s), %d new", len(messages), stored)
    return WebhookReceipt(messages=len(messages), stored=stored)
