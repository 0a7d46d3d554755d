"""`sofra whatsapp send-outbox`: counts by default and sends nothing; --really-send posts each
reply to the Cloud API (here a mock transport: no network) and marks it sent."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import select
from typer.testing import CliRunner

from api.core.config import WhatsAppSettings
from cli.main import app
from cli.whatsapp import SendingNotConfiguredError, send_outbox
from store.db import make_engine, session_scope, upgrade
from store.models import OutboxRow
from store.repositories.whatsapp import queue_reply

runner = CliRunner()


def _store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    engine = make_engine(url)
    upgrade(engine)
    with session_scope(engine) as s:
        queue_reply(s, phone="905321112233", text="Başvuru numaranız: B00001")
        queue_reply(s, phone="905321112244", text="Başvuru numaranız: B00002")
    engine.dispose()
    return url


def test_the_default_counts_and_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", _store(tmp_path))
    result = runner.invoke(app, ["whatsapp", "send-outbox"])
    assert result.exit_code == 0, result.output
    assert "2 reply(ies) waiting; nothing sent" in result.output
    assert "9053" not in result.output


def test_really_send_without_credentials_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", _store(tmp_path))
    result = runner.invoke(app, ["whatsapp", "send-outbox", "--really-send"])
    assert result.exit_code == 2
    assert "ACCESS_TOKEN" in result.output and "Traceback" not in result.output


def test_really_send_posts_each_reply_and_marks_it_sent(tmp_path: Path) -> None:
    engine = make_engine(_store(tmp_path))
    posted: list[dict[str, object]] = []

    def graph(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer tok"
        posted.append(json.loads(request.content))
        return httpx.Response(200 if len(posted) == 1 else 500, json={})

    settings = WhatsAppSettings(access_token=SecretStr("tok"), phone_number_id="1065")
    with pytest.raises(SendingNotConfiguredError):
        send_outbox(engine, WhatsAppSettings(), really_send=True)
    client = httpx.Client(transport=httpx.MockTransport(graph))
    report = send_outbox(engine, settings, really_send=True, client=client)
    assert (report.waiting, report.sent, report.failed) == (2, 1, 1)
    assert posted[0] == {
        "messaging_product": "whatsapp",
        "to": "905321112233",
        "type": "text",
        "text": {"body": "Başvuru numaranız: B00001"},
    }
    with session_scope(engine) as s:
        rows = list(s.scalars(select(OutboxRow).order_by(OutboxRow.id)))
        assert rows[0].sent_at is not None and rows[1].sent_at is None
        assert (rows[1].attempts, rows[1].last_error) == (1, "HTTP 500")
    engine.dispose()
