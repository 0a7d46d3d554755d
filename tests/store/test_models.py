"""Every model round-trips through the store; append-only tables refuse edits at both levels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from shapely import LineString, Point
from sqlalchemy import Engine, select, text, update
from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlalchemy.orm import Session

from domain.households import Household
from store.db import session_scope
from store.errors import AppendOnlyError
from store.models import (
    AuditRow,
    DriverRow,
    HoldRow,
    KitchenRow,
    OneOffRow,
    OutcomeRow,
    PlanRow,
    RouteRow,
    SecretRow,
    StopRow,
    VanRow,
)
from store.repositories import households as households_repo

AT = dt.datetime(2025, 3, 4, 17, 25, 30, tzinfo=dt.UTC)


def _columns(row: object) -> dict[str, object]:
    table = row.__table__  # type: ignore[attr-defined]
    return {c.key: getattr(row, c.key) for c in table.columns}


def test_every_model_round_trips(
    store_engine: Engine, make_household: Callable[..., Household]
) -> None:
    with session_scope(store_engine) as s:
        household = households_repo.add_household(s, household=make_household(), actor="t")
        kitchen = KitchenRow(code="K1", name="Merkez Mutfak", location=Point(29.5101, 40.0779))
        s.add(kitchen)
        s.flush()
        van = VanRow(
            code="V1", plate="16 ABC 123", capacity_meals=40, skills=["lift"], kitchen_id=kitchen.id
        )
        driver = DriverRow(
            code="D1", name="Mehmet", phone="+90 532 1", shifts=["dinner"], skills=[]
        )
        s.add_all([van, driver])
        s.flush()
        hold = HoldRow(
            household=household,
            start_date=dt.date(2025, 3, 1),
            end_date=dt.date(2025, 3, 9),
            reason="hastane",
            created_by="t",
            created_at=AT,
        )
        one_off = OneOffRow(
            household=household,
            day=dt.date(2025, 3, 4),
            shift="dinner",
            kind="cancel",
            reason="",
            created_by="t",
            created_at=AT,
        )
        plan = PlanRow(
            day=dt.date(2025, 3, 4),
            shift="dinner",
            version=1,
            created_by="t",
            created_at=AT,
            solution={"routes": [1, 2]},
            summary={"stops": 1},
            changes={"added": ["H0001"]},
        )
        route = RouteRow(
            seq=1,
            vehicle_id="V1/D1",
            van_id=van.id,
            driver_id=driver.id,
            geometry=LineString([(29.51, 40.078), (29.5086, 40.0783)]),
            departure_s=61200,
            return_s=63000,
            driving_s=900,
            distance_m=4200,
            working_s=1800,
        )
        route.stops = [
            StopRow(
                seq=1,
                trip=0,
                household_id=household.id,
                stop_key="H0001",
                arrival_s=61500,
                start_s=61500,
                departure_s=61620,
                waiting_s=0,
                ride_s=300,
            )
        ]
        plan.routes.append(route)
        s.add_all([hold, one_off, plan, SecretRow(name="k", value="ab")])
        s.flush()
        outcome = OutcomeRow(
            stop_id=route.stops[0].id,
            status="delivered",
            at=AT,
            note="kapıda",
            recorded_by="D1",
            recorded_at=AT,
        )
        s.add(outcome)
        s.flush()
        written = [
            household,
            kitchen,
            van,
            driver,
            hold,
            one_off,
            plan,
            route,
            route.stops[0],
            outcome,
        ]
        expected = [(type(r), r.id, _columns(r)) for r in written]
    with Session(store_engine) as s:
        for model, key, columns in expected:
            assert _columns(s.get(model, key)) == columns
        assert s.get(SecretRow, "k").value == "ab"  # type: ignore[union-attr]
        assert s.get(OutcomeRow, expected[-1][1]).at == AT  # type: ignore[union-attr]  # aware UTC
        audit = s.scalars(select(AuditRow)).one()
        assert (audit.action, audit.entity_ref, audit.at.tzinfo) == ("create", "H0001", dt.UTC)


def _outcome(session: Session, make_household: Callable[..., Household]) -> OutcomeRow:
    household = households_repo.add_household(session, household=make_household(), actor="t")
    plan = PlanRow(day=dt.date(2025, 3, 4), shift="dinner", version=1, created_by="t", solution={})
    route = RouteRow(
        seq=1, vehicle_id="V1", departure_s=0, return_s=0, driving_s=0, distance_m=0, working_s=0
    )
    route.stops = [
        StopRow(
            seq=1,
            household_id=household.id,
            stop_key="H0001",
            arrival_s=1,
            start_s=1,
            departure_s=1,
            ride_s=1,
        )
    ]
    plan.routes.append(route)
    session.add(plan)
    session.flush()
    outcome = OutcomeRow(stop_id=route.stops[0].id, status="not_at_home", at=AT, recorded_by="D1")
    session.add(outcome)
    session.commit()
    return outcome


def test_outcomes_cannot_be_edited_through_the_orm(
    session: Session, make_household: Callable[..., Household]
) -> None:
    outcome = _outcome(session, make_household)
    outcome.status = "delivered"
    with pytest.raises(AppendOnlyError, match="append-only"):
        session.flush()
    session.rollback()
    session.delete(session.get(OutcomeRow, outcome.id))
    with pytest.raises(AppendOnlyError):
        session.flush()


def test_outcomes_and_audit_cannot_be_edited_in_sql(
    session: Session, make_household: Callable[..., Household]
) -> None:
    _outcome(session, make_household)
    for statement in (
        update(OutcomeRow).values(status="delivered"),
        text("DELETE FROM delivery_outcomes"),
        update(AuditRow).values(actor="someone else"),
    ):
        with pytest.raises(DatabaseError, match="append-only"):
            session.execute(statement)
        session.rollback()
    assert session.scalars(select(OutcomeRow.status)).all() == ["not_at_home"]


def test_a_plan_version_cannot_be_saved_twice(session: Session) -> None:
    for _ in range(2):
        session.add(
            PlanRow(day=dt.date(2025, 3, 4), shift="dinner", version=1, created_by="t", solution={})
        )
    with pytest.raises(IntegrityError):
        session.flush()
