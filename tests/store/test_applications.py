"""Applications in the store, on SQLite and PostGIS: states audited, duplicates flagged, every
state change compare-and-set across sessions, approval all or nothing, WhatsApp messages once."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from domain.applications import Channel, ConsentMissingError, IllegalTransitionError, Need
from domain.households import MealPlan
from scheduler.intake import Approval, approve_application
from store.db import session_scope
from store.errors import ConcurrentUpdateError
from store.models import ApplicationRow, AuditRow, HouseholdRow, OutboxRow, WhatsAppMessageRow
from store.repositories import applications as repo
from store.repositories.applications import NewApplication, Pin
from store.repositories.audit import audit_trail
from store.repositories.whatsapp import IncomingMessage, receive_message

CALL = NewApplication(
    channel=Channel.CALL_CENTRE_153,
    phone="0532 999 88 77",
    applicant_name="Emine Aydın",
    person_name="Hasan Aydın",
    street="Kırcılar Sokak",
    house_number="3",
    needs=(Need.HOT_MEALS,),
    health_notes="Parkinson",
    consent_version="kvkk-aydinlatma-2026-01",
)
PIN = Pin(40.0783, 29.5086, "manual")
APPROVAL = Approval(
    services=(Need.HOT_MEALS,), start_date=dt.date(2026, 12, 2), meal_plan=MealPlan.DINNER
)


def _assessed(engine: Engine, new: NewApplication = CALL) -> str:
    with session_scope(engine) as s:
        ref = repo.create_application(s, new=new, actor="agent", pin=PIN).ref
        repo.record_assessment(s, ref=ref, notes="uygun", actor="social")
    return ref


def test_the_road_is_audited_with_ids_only(store_engine: Engine) -> None:
    ref = _assessed(store_engine)
    with session_scope(store_engine) as s:
        approve_application(s, ref=ref, approval=APPROVAL, actor="social")
    with session_scope(store_engine) as s:
        trail = list(reversed(audit_trail(s, entity="application", entity_ref=ref)))
        assert [e.action for e in trail] == ["create", "assess", "approve", "register"]
        assert [e.detail.get("from") for e in trail[1:]] == ["received", "assessed", "approved"]
        assert "Hasan" not in str([e.detail for e in trail])
        row = repo.get_application_row(s, ref=ref)
        assert (row.state, row.household_ref) == ("registered", f"H{ref}")


def test_duplicates_are_flagged_by_phone_and_by_address(store_engine: Engine) -> None:
    with session_scope(store_engine) as s:
        first = repo.create_application(s, new=CALL, actor="agent")
        same_phone = repo.create_application(
            s,
            new=NewApplication(Channel.WALK_IN, phone="+905329998877", person_name="X"),
            actor="a",
        )
        same_door = repo.create_application(
            s,
            new=NewApplication(
                Channel.REFERRAL, phone="05550000000", street="KIRCILAR SOKAK", house_number="3"
            ),
            actor="a",
        )
        other = repo.create_application(
            s, new=NewApplication(Channel.REFERRAL, phone="05551111111", street="Başka"), actor="a"
        )
        assert same_phone.possible_duplicates == [first.id]
        assert same_door.possible_duplicates == [first.id]
        assert other.possible_duplicates == []


def test_two_sessions_changing_one_application_one_wins(store_engine: Engine) -> None:
    ref = _assessed(store_engine)
    first, second = Session(store_engine), Session(store_engine)
    try:
        read = [repo.get_application_row(s, ref=ref) for s in (first, second)]
        assert [r.state for r in read] == ["assessed", "assessed"]  # both read it (kept)
        approve_application(first, ref=ref, approval=APPROVAL, actor="social")
        first.commit()
        with pytest.raises(ConcurrentUpdateError, match=ref):
            repo.reject(second, ref=ref, reason="late", actor="other")
        second.rollback()
    finally:
        first.close()
        second.close()
    with session_scope(store_engine) as s:
        assert repo.get_application_row(s, ref=ref).state == "registered"
        assert s.scalar(select(func.count(HouseholdRow.id))) == 1


def test_two_writers_at_once_one_wins_the_other_waits_and_is_refused(
    store_engine: Engine,
) -> None:
    """As two server processes: the second's write waits for the first's row lock (PostgreSQL)
    or write lock (SQLite), then finds the version moved on and is refused."""
    ref = _assessed(store_engine)
    first, second = Session(store_engine), Session(store_engine)
    outcome: list[str] = []

    def second_writer() -> None:
        try:
            approve_application(second, ref=ref, approval=APPROVAL, actor="other")
            second.commit()
            outcome.append("saved")
        except ConcurrentUpdateError:
            second.rollback()
            outcome.append("refused")

    try:
        stale = repo.get_application_row(second, ref=ref)  # read before the first writes
        approve_application(first, ref=ref, approval=APPROVAL, actor="social")  # holds the lock
        writer = threading.Thread(target=second_writer)
        writer.start()
        writer.join(timeout=0.5)  # give it time to reach the lock; it must not get through
        assert outcome == []
        first.commit()
        writer.join(timeout=30)
        assert outcome == ["refused"], stale
    finally:
        first.close()
        second.close()
    with session_scope(store_engine) as s:
        assert s.scalar(select(func.count(HouseholdRow.id))) == 1
        assert repo.get_application_row(s, ref=ref).decided_by == "social"


def test_a_stale_expected_version_changes_nothing(store_engine: Engine) -> None:
    ref = _assessed(store_engine)
    with session_scope(store_engine) as s:
        version = repo.get_application_row(s, ref=ref).version
    with session_scope(store_engine) as s:
        repo.set_pin(s, ref=ref, pin=Pin(40.08, 29.51, "manual"), actor="agent")
    with pytest.raises(ConcurrentUpdateError), session_scope(store_engine) as s:
        approve_application(s, ref=ref, approval=APPROVAL, actor="social", expected_version=version)
    with session_scope(store_engine) as s:
        assert repo.get_application_row(s, ref=ref).state == "assessed"
        assert s.scalar(select(func.count(HouseholdRow.id))) == 0


def test_approval_without_consent_is_refused_and_changes_nothing(store_engine: Engine) -> None:
    ref = _assessed(
        store_engine, NewApplication(Channel.WALK_IN, phone="05320000001", person_name="Y")
    )
    with session_scope(store_engine) as s:
        audited = s.scalar(select(func.count(AuditRow.id)))
    with pytest.raises(ConsentMissingError, match=ref), session_scope(store_engine) as s:
        approve_application(s, ref=ref, approval=APPROVAL, actor="social")
    with session_scope(store_engine) as s:
        assert repo.get_application_row(s, ref=ref).state == "assessed"
        assert s.scalar(select(func.count(AuditRow.id))) == audited


def test_the_visit_planning_hook_takes_the_id(store_engine: Engine) -> None:
    at = dt.datetime(2026, 12, 3, 7, 30, tzinfo=dt.UTC)
    with session_scope(store_engine) as s:
        row = repo.create_application(s, new=CALL, actor="agent")
        repo.schedule_assessment(s, row.id, at=at, actor="planner-of-visits")
        repo.schedule_assessment(s, row.ref, at=at + dt.timedelta(days=1), actor="x")  # moved
        assert row.state == "assessment_scheduled"
        assert row.assessment_at == at + dt.timedelta(days=1)


def test_a_rejected_application_stays_closed(store_engine: Engine) -> None:
    with session_scope(store_engine) as s:
        ref = repo.create_application(s, new=CALL, actor="agent").ref
        repo.reject(s, ref=ref, reason="ilçe dışı", actor="social")
    with pytest.raises(IllegalTransitionError), session_scope(store_engine) as s:
        repo.record_assessment(s, ref=ref, notes="", actor="social")


def _message(message_id: str, kind: str = "text", **values: object) -> IncomingMessage:
    return IncomingMessage(message_id=message_id, phone="905329998877", kind=kind, **values)  # type: ignore[arg-type]


def test_whatsapp_messages_are_stored_once_and_join_the_open_application(
    store_engine: Engine,
) -> None:
    with session_scope(store_engine) as s:
        called = repo.create_application(s, new=CALL, actor="agent")
    with session_scope(store_engine) as s:
        first = receive_message(s, _message("wamid.1", text="merhaba"))
        again = receive_message(s, _message("wamid.1", text="merhaba"))
        located = receive_message(
            s, _message("wamid.2", "location", latitude=40.07, longitude=29.5)
        )
    assert first.new and not again.new and located.new
    assert first.application is not None and first.application.id == called.id
    assert not first.created_application
    with session_scope(store_engine) as s:
        assert s.scalar(select(func.count(WhatsAppMessageRow.id))) == 2
        assert s.scalar(select(func.count(ApplicationRow.id))) == 1
        assert s.scalar(select(func.count(OutboxRow.id))) == 0
        row = repo.get_application_row(s, ref=called.ref)
        assert (row.location.y, row.location.x, row.location_source) == (40.07, 29.5, "whatsapp")


def test_a_message_after_registration_opens_a_new_application(store_engine: Engine) -> None:
    ref = _assessed(store_engine)
    with session_scope(store_engine) as s:
        approve_application(s, ref=ref, approval=APPROVAL, actor="social")
    with session_scope(store_engine) as s:
        received = receive_message(s, _message("wamid.9", text="tekrar"))
        assert received.created_application and received.application is not None
        assert received.application.ref != ref
        assert received.application.ref in s.scalars(select(OutboxRow.text)).one()
