"""Households in the store: round trip, updates, deactivation, and no lost concurrent write."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from domain.households import Diet, Household, MealPlan
from store.db import session_scope
from store.errors import ConcurrentUpdateError, DuplicateError, NotFoundError
from store.models import AuditRow, HouseholdRow, LocationSource
from store.repositories import households as repo

Make = Callable[..., Household]


def test_household_round_trips_through_the_store(
    store_engine: Engine, make_household: Make
) -> None:
    original = make_household(
        "H0042",
        name="İsmail Işık",
        diets=(Diet.DIABETIC, Diet.LOW_SALT),
        notes="3. kat, asansör yok",
        portions=2,
        required_skills=("carry_inside",),
        service_days=frozenset({1, 3, 5}),
        meal_plan=MealPlan.DINNER,
        start_date=dt.date(2025, 1, 6),
        end_date=dt.date(2025, 12, 31),
        neighbourhood="Osmaniye",
    )
    with session_scope(store_engine) as s:
        repo.add_household(s, household=original, actor="test")
    with session_scope(store_engine) as s:
        assert repo.get_household(s, ref="H0042") == original
        row = repo.get_household_row(s, ref="H0042")
        assert (row.version, row.active, row.location_source) == (1, True, "file")


def test_duplicate_and_missing_references_are_named(session: Session, make_household: Make) -> None:
    repo.add_household(session, household=make_household("H1"), actor="test")
    with pytest.raises(DuplicateError, match="H1"):
        repo.add_household(session, household=make_household("H1"), actor="test")
    with pytest.raises(NotFoundError, match="H404"):
        repo.get_household(session, ref="H404")


def test_update_changes_fields_bumps_version_and_audits_field_names(
    session: Session, make_household: Make
) -> None:
    repo.add_household(session, household=make_household("H1"), actor="test")
    row = repo.update_household(session, ref="H1", actor="ayse", phone="+90 532 000 00 00")
    assert row.version == 2
    assert repo.get_household(session, ref="H1").phone == "+90 532 000 00 00"
    audit = session.scalars(select(AuditRow).where(AuditRow.action == "update")).one()
    assert (audit.actor, audit.entity_ref, audit.detail) == ("ayse", "H1", {"fields": ["phone"]})
    unchanged = repo.update_household(session, ref="H1", actor="ayse", phone="+90 532 000 00 00")
    assert unchanged.version == 2


def test_moving_a_household_by_hand_clears_its_review_flag(
    session: Session, make_household: Make
) -> None:
    repo.add_household(
        session,
        household=make_household("H1"),
        actor="import",
        location_source=LocationSource.FUZZY_STREET,
        geocode_confidence=0.6,
        needs_review=True,
    )
    assert [r.ref for r in repo.list_household_rows(session, needs_review=True)] == ["H1"]
    row = repo.update_household(session, ref="H1", actor="dispatcher", lat=40.081, lon=29.512)
    assert (row.location_source, row.needs_review) == ("manual", False)
    assert row.geocode_confidence is None
    assert (row.location.y, row.location.x) == (40.081, 29.512)


def test_deactivated_household_is_kept_but_not_listed(
    session: Session, make_household: Make
) -> None:
    for ref in ("H1", "H2"):
        repo.add_household(session, household=make_household(ref), actor="test")
    repo.set_active(session, ref="H1", active=False, actor="test")
    assert [h.ref for h in repo.list_households(session)] == ["H2"]
    assert [h.ref for h in repo.list_households(session, active_only=False)] == ["H1", "H2"]
    assert session.scalar(select(func.count()).select_from(HouseholdRow)) == 2


def test_concurrent_update_by_two_sessions_loses_no_write(
    store_engine: Engine, make_household: Make
) -> None:
    with session_scope(store_engine) as s:
        repo.add_household(s, household=make_household("H1"), actor="test")

    with Session(store_engine) as first, Session(store_engine) as second:
        # Both dispatchers have the household open (version 1) ...
        opened = [repo.get_household_row(s, ref="H1") for s in (first, second)]
        assert [row.version for row in opened] == [1, 1]
        # ... the first saves a new phone number, the second then saves a note.
        repo.update_household(first, ref="H1", actor="ayse", phone="+90 532 111 11 11")
        first.commit()
        with pytest.raises(ConcurrentUpdateError, match="household H1 was changed by someone"):
            repo.update_household(second, ref="H1", actor="mehmet", notes="Zili çalışmıyor")
        second.rollback()

    with session_scope(store_engine) as s:  # the refused writer reloads and applies again
        repo.update_household(s, ref="H1", actor="mehmet", notes="Zili çalışmıyor")
    with session_scope(store_engine) as s:
        stored = repo.get_household(s, ref="H1")
        assert (stored.phone, stored.notes) == ("+90 532 111 11 11", "Zili çalışmıyor")
        assert repo.get_household_row(s, ref="H1").version == 3


def test_stale_expected_version_is_refused(session: Session, make_household: Make) -> None:
    repo.add_household(session, household=make_household("H1"), actor="test")
    repo.update_household(session, ref="H1", actor="a", notes="first")
    with pytest.raises(ConcurrentUpdateError):
        repo.update_household(session, ref="H1", actor="b", expected_version=1, notes="second")
    assert repo.get_household(session, ref="H1").notes == "first"


def test_personal_data_never_reaches_the_logs(
    store_engine: Engine, make_household: Make, caplog: pytest.LogCaptureFixture
) -> None:
    secret = make_household("H1", name="Fatma Özdemir", phone="+90 532 987 65 43", notes="kalp")
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # even with SQL echo on
    try:
        with session_scope(store_engine) as s:
            repo.add_household(s, household=secret, actor="test")
            repo.update_household(s, ref="H1", actor="test", street="Lale Sokak")
            repo.get_household(s, ref="H1")
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    logged = caplog.text
    assert "INSERT INTO households" in logged  # the statements are logged ...
    for value in ("Fatma", "Özdemir", "987 65 43", "kalp", "Lale Sokak", "Caddesi"):
        assert value not in logged  # ... their personal values are not
    assert "Fatma" not in repr(repo.get_household_row)  # and rows do not show them either
