"""`sofra whatsapp send-outbox`: the replies waiting in the store's outbox.

Without `--really-send` it only counts them (nothing leaves the machine: the default works
offline). With it, each reply is posted to the WhatsApp Cloud API
(`POST {graph_url}/{phone_number_id}/messages`), which needs the network and
SOFRA_API__WHATSAPP__ACCESS_TOKEN and SOFRA_API__WHATSAPP__PHONE_NUMBER_ID. A reply that fails
stays in the outbox with its attempt counted. Nothing printed names a phone number or a text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # imported by the command itself: `sofra` starts without the store or httpx
    import httpx
    from sqlalchemy import Engine

    from api.core.config import WhatsAppSettings

whatsapp_app = typer.Typer(help="WhatsApp replies: the outbox.", no_args_is_help=True)


class SendingNotConfiguredError(ValueError):
    """--really-send without the Graph API token or the sending phone number id."""


@dataclass(frozen=True, slots=True)
class OutboxReport:
    """What a run did: replies waiting, sent, failed."""

    waiting: int
    sent: int = 0
    failed: int = 0


def send_outbox(
    engine: Engine,
    settings: WhatsAppSettings,
    *,
    really_send: bool,
    client: httpx.Client | None = None,
    limit: int = 100,
) -> OutboxReport:
    """Send (or with `really_send` False only count) the waiting replies; each reply is marked
    sent in its own transaction, so a crash half-way sends none twice that was marked."""
    import httpx

    from store.db import session_scope
    from store.models import OutboxRow
    from store.repositories.whatsapp import mark_failed, mark_sent, pending_replies

    with session_scope(engine) as session:
        ids = [row.id for row in pending_replies(session, limit=limit)]
    if not really_send or not ids:
        return OutboxReport(waiting=len(ids))
    if settings.access_token is None or not settings.phone_number_id:
        raise SendingNotConfiguredError(
            "sending needs SOFRA_API__WHATSAPP__ACCESS_TOKEN and "
            "SOFRA_API__WHATSAPP__PHONE_NUMBER_ID; nothing was sent"
        )
    url = f"{settings.graph_url.rstrip('/')}/{settings.phone_number_id}/messages"
    headers = {"Authorization": f"Bearer {settings.access_token.get_secret_value()}"}
    own = client is None
    http = client or httpx.Client(timeout=settings.send_timeout_s)
    sent = failed = 0
    try:
        for reply_id in ids:
            with session_scope(engine) as session:
                row = session.get(OutboxRow, reply_id)
                if row is None or row.sent_at is not None:
                    continue
                body = {
                    "messaging_product": "whatsapp",
                    "to": row.phone,
                    "type": "text",
                    "text": {"body": row.text},
                }
                try:
                    answer = http.post(url, json=body, headers=headers)
                except httpx.HTTPError as exc:
                    mark_failed(row, type(exc).__name__)
                    failed += 1
                    continue
                if answer.is_success:
                    mark_sent(row)
                    sent += 1
                else:
                    mark_failed(row, f"HTTP {answer.status_code}")
                    failed += 1
    finally:
        if own:
            http.close()
    return OutboxReport(waiting=len(ids), sent=sent, failed=failed)


@whatsapp_app.command("send-outbox")
def send_outbox_command(
    really_send: Annotated[
        bool,
        typer.Option("--really-send", help="post the replies to WhatsApp (needs the network)"),
    ] = False,
) -> None:
    """Count the replies waiting; with --really-send, send them."""
    from config import get_settings
    from store.db import make_engine

    settings = get_settings()
    engine = make_engine(settings.database_url())
    try:
        report = send_outbox(engine, settings.api.whatsapp, really_send=really_send)
    except SendingNotConfiguredError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(code=2) from exc
    finally:
        engine.dispose()
    if not really_send:
        typer.echo(
            f"{report.waiting} reply(ies) waiting; nothing sent (add --really-send to send them)"
        )
        return
    typer.echo(f"{report.sent} sent, {report.failed} failed of {report.waiting} waiting")
    if report.failed:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    """Add the `whatsapp` group to the `sofra` app."""
    app.add_typer(whatsapp_app, name="whatsapp")
