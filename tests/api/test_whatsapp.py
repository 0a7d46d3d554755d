"""The WhatsApp webhook: Meta's handshake, signed deliveries into applications, replays, bad
signatures, locations, media references, the outbox, and 503 while unconfigured."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_testing import ApiClient, client_on, is_problem
from pydantic import SecretStr
from sqlalchemy import func, select
from whatsapp_testing import (
    APP_SECRET,
    VERIFY_TOKEN,
    image_message,
    location_message,
    signed,
    text_message,
)

from api.core.config import WhatsAppSettings
from geodata.road import RoadGraph
from store.db import session_scope
from store.models import ApplicationRow, AuditRow, OutboxRow, WhatsAppMessageRow

pytest_plugins = ["api_testing"]

PHONE = "905321112233"
HOOK = "/whatsapp/webhook"


@pytest.fixture
def wa(seeded_template: Path, tmp_path: Path, inegol_road: RoadGraph) -> Iterator[ApiClient]:
    """A client on the demo store with the webhook configured."""
    settings = WhatsAppSettings(
        verify_token=SecretStr(VERIFY_TOKEN), app_secret=SecretStr(APP_SECRET)
    )
    yield from client_on(seeded_template, tmp_path, inegol_road, whatsapp=settings)


def _count(api: ApiClient, model: type) -> int:
    with session_scope(api.state.engine) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_handshake_echoes_the_challenge(wa: ApiClient) -> None:
    query = {
        "hub.mode": "subscribe",
        "hub.verify_token": VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }
    answer = wa.client.get(HOOK, params=query)
    assert answer.status_code == 200
    assert answer.text == "1158201444"
    wrong = wa.client.get(HOOK, params=query | {"hub.verify_token": "guess"})
    is_problem(wrong, 403)


def test_unconfigured_webhook_answers_503(api: ApiClient) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": "x", "hub.challenge": "1"}
    is_problem(api.client.get(HOOK, params=query), 503)
    body = text_message(PHONE, "wamid.1", "Merhaba")
    is_problem(api.client.post(HOOK, content=body, headers=signed(body)), 503)


def test_a_signed_text_creates_an_application_and_queues_a_turkish_reply(wa: ApiClient) -> None:
    body = text_message(PHONE, "wamid.A1", "Annem için yemek yardımı istiyorum")
    answer = wa.client.post(HOOK, content=body, headers=signed(body))
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"messages": 1, "stored": 1}
    with session_scope(wa.state.engine) as s:
        application = s.scalars(select(ApplicationRow)).one()
        assert (application.channel, application.state) == ("whatsapp", "received")
        assert application.phone == PHONE
        assert application.applicant_name == "Ayşe Yılmaz"
        reply = s.scalars(select(OutboxRow)).one()
        assert reply.phone == PHONE and reply.sent_at is None
        assert application.ref in reply.text and "Başvuru numaranız" in reply.text
        message = s.scalars(select(WhatsAppMessageRow)).one()
        assert message.application_id == application.id
        assert message.text == "Annem için yemek yardımı istiyorum"
    listed = wa.get("/applications", "agent").json()
    assert [a["ref"] for a in listed] == [application.ref]


def test_a_replayed_message_id_does_nothing(wa: ApiClient) -> None:
    body = text_message(PHONE, "wamid.R1", "Merhaba")
    assert wa.client.post(HOOK, content=body, headers=signed(body)).json()["stored"] == 1
    counts = [_count(wa, m) for m in (ApplicationRow, WhatsAppMessageRow, OutboxRow, AuditRow)]
    again = wa.client.post(HOOK, content=body, headers=signed(body))
    assert again.status_code == 200 and again.json() == {"messages": 1, "stored": 0}
    assert [_count(wa, m) for m in (ApplicationRow, WhatsAppMessageRow, OutboxRow, AuditRow)] == (
        counts
    )


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Hub-Signature-256": "sha256=" + "0" * 64},
        signed(b"another body"),
        signed(text_message(PHONE, "wamid.B1", "Merhaba"), secret="wrong-secret"),
    ],
    ids=["missing", "zeros", "other-body", "other-secret"],
)
def test_a_bad_signature_is_401_and_stores_nothing(wa: ApiClient, headers: dict[str, str]) -> None:
    body = text_message(PHONE, "wamid.B1", "Merhaba")
    before = [_count(wa, m) for m in (ApplicationRow, WhatsAppMessageRow, OutboxRow, AuditRow)]
    is_problem(wa.client.post(HOOK, content=body, headers=headers), 401)
    after = [_count(wa, m) for m in (ApplicationRow, WhatsAppMessageRow, OutboxRow, AuditRow)]
    assert after == before


def test_a_location_sets_the_pin_of_the_same_application(wa: ApiClient) -> None:
    first = text_message(PHONE, "wamid.L1", "Merhaba")
    wa.client.post(HOOK, content=first, headers=signed(first))
    where = location_message(PHONE, "wamid.L2", 40.0801, 29.5123)
    assert wa.client.post(HOOK, content=where, headers=signed(where)).json()["stored"] == 1
    listed = wa.get("/applications", "social").json()
    assert len(listed) == 1  # attached, not a second application
    detail = wa.get(f"/applications/{listed[0]['ref']}", "social").json()
    assert (detail["lat"], detail["lon"], detail["location_source"]) == (
        40.0801,
        29.5123,
        "whatsapp",
    )
    assert [m["kind"] for m in detail["messages"]] == ["text", "location"]
    assert _count(wa, OutboxRow) == 1  # one acknowledgement per application, not per message


def test_media_is_kept_as_a_reference(wa: ApiClient) -> None:
    body = image_message(PHONE, "wamid.M1")
    assert wa.client.post(HOOK, content=body, headers=signed(body)).json()["stored"] == 1
    ref = wa.get("/applications", "agent").json()[0]["ref"]
    message = wa.get(f"/applications/{ref}", "agent").json()["messages"][0]
    assert (message["kind"], message["media_id"], message["media_mime"]) == (
        "image",
        "media-123",
        "image/jpeg",
    )


def test_a_message_attaches_to_the_call_centre_application_of_the_same_phone(
    wa: ApiClient,
) -> None:
    created = wa.post(
        "/applications",
        "agent",
        json={"phone": "0532 111 22 33", "applicant_name": "Ayşe Yılmaz", "consent": True},
    )
    assert created.status_code == 201, created.text
    body = text_message(PHONE, "wamid.C1", "Konumu gönderiyorum")
    wa.client.post(HOOK, content=body, headers=signed(body))
    listed = wa.get("/applications", "agent").json()
    assert [a["ref"] for a in listed] == [created.json()["ref"]]
    assert _count(wa, OutboxRow) == 0  # the agent told the number on the phone


def test_logs_hold_no_phone_number_or_text(wa: ApiClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    body = text_message(PHONE, "wamid.G1", "Gizli sağlık bilgisi")
    wa.client.post(HOOK, content=body, headers=signed(body))
    wa.client.post(HOOK, content=body, headers={"X-Hub-Signature-256": "sha256=00"})
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "whatsapp delivery" in logged
    assert PHONE not in logged and "Gizli" not in logged


def test_the_settings_read_the_documented_names(monkeypatch: pytest.MonkeyPatch) -> None:
    from config import get_settings, reset_settings

    monkeypatch.setenv("SOFRA_WHATSAPP_VERIFY_TOKEN", "tok")
    monkeypatch.setenv("SOFRA_WHATSAPP_APP_SECRET", "s3cr3t-xyz")
    reset_settings()
    settings = get_settings().api.whatsapp
    assert settings.receiving()
    assert settings.verify_token is not None and settings.verify_token.get_secret_value() == "tok"
    assert (
        settings.app_secret is not None and settings.app_secret.get_secret_value() == "s3cr3t-xyz"
    )
    assert "s3cr3t-xyz" not in repr(get_settings())
