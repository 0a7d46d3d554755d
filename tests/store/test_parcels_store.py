"""Parcel families, months and day plans round-trip through the store (SQLite and PostGIS);
day plans are saved compare-and-set."""

from __future__ import annotations

import parcel_town as town
import pytest
from sqlalchemy import Engine

from domain.parcels import Appointment, Cycle, HalfDay
from routing.verify import verify
from scheduler.parcels.month import MonthParams
from scheduler.parcels.stored import (
    ParcelSetup,
    calendar_counts,
    plan_day_and_save,
    plan_month_and_save,
    reschedule_stored,
)
from store.db import session_scope
from store.errors import StaleVersionError
from store.repositories import parcels as repo

FAMILIES = [
    town.family("F0001", 0, floor=3, lift=False, coeliac=True, persons=6),
    town.family("F0002", 1, cycle=Cycle.BIWEEKLY, weekdays=frozenset({2, 4})),
    town.family("F0003", 2, half_day=HalfDay.MORNING, appointment=Appointment("09:00", "10:30")),
    *[town.family(f"F{k:04d}", k) for k in range(4, 12)],
]
SETUP = ParcelSetup(
    town.WAREHOUSE,
    town.VANS,
    lambda _w, families: town.matrix_of(families),
    MonthParams(time_limit_s=0.2, improve_s=0.0),
)


def _fill(engine: Engine) -> None:
    with session_scope(engine) as session:
        for f in FAMILIES:
            assert repo.upsert_family(session, f, actor="test") == "created"


def test_families_round_trip(store_engine: Engine) -> None:
    _fill(store_engine)
    with session_scope(store_engine) as session:
        back = [repo.to_family(r) for r in repo.list_families(session)]
        assert back == FAMILIES
        assert repo.upsert_family(session, FAMILIES[0], actor="test") == "unchanged"
        row = repo.families_by_ref(session, ["F0001"])["F0001"]
        assert row.product == "large" and row.two_person and row.coeliac


def test_two_person_mark_without_a_floor_still_needs_a_crew_of_two(store_engine: Engine) -> None:
    with session_scope(store_engine) as session:
        repo.upsert_family(session, town.family("F0099", 3), two_person=True, actor="test")
    with session_scope(store_engine) as session:
        family = repo.to_family(repo.families_by_ref(session, ["F0099"])["F0099"])
    assert family.needs_two_people


@pytest.mark.slow
def test_a_planned_week_is_stored_verified_and_counted(store_engine: Engine) -> None:
    _fill(store_engine)
    week = town.week()
    saved = plan_month_and_save(
        store_engine, SETUP, month=week.month, actor="test", progress=lambda *_: None, calendar=week
    )
    assert [d.day for d in saved.days] == list(week.days)
    with session_scope(store_engine) as session:
        for d in saved.days:
            plan = repo.get_day_plan(session, plan_id=d.plan_id)
            assert verify(repo.plan_problem(plan), repo.plan_solution(plan)) == []
            stops = [s for r in plan.routes for s in r.stops]
            assert len(stops) == d.families
            for route in plan.routes:
                assert route.kg == sum(s.kg for s in route.stops)
                assert all(route.crew == 2 for s in route.stops if s.two_person)
        _, rows = calendar_counts(session, week.month)
        assert sum(n for *_, n, _kg in rows) == saved.result()["families"]
        assert sum(kg for *_, kg in rows) == saved.result()["kg"]
    # routing one day again adds version 2 of that day
    again = plan_day_and_save(
        store_engine, SETUP, day=week.days[0], actor="test", progress=lambda *_: None
    )
    assert again.days[0].version == 2


def test_a_day_plan_made_from_an_old_version_is_refused(store_engine: Engine) -> None:
    _fill(store_engine)
    week = town.week()
    plan_month_and_save(
        store_engine, SETUP, month=week.month, actor="test", progress=lambda *_: None, calendar=week
    )
    with session_scope(store_engine) as session:
        plan = repo.latest_day_plan(session, day=week.days[0])
        assert plan is not None
        problem, solution = repo.plan_problem(plan), repo.plan_solution(plan)
    with session_scope(store_engine) as session, pytest.raises(StaleVersionError):
        repo.save_day_plan(
            session,
            day=week.days[0],
            problem=problem,
            solution=solution,
            vans=SETUP.van_crews(),
            created_by="late",
            base_version=None,
        )


def test_not_at_home_on_the_last_available_day_lists_the_family(store_engine: Engine) -> None:
    _fill(store_engine)
    week = town.week()
    plan_month_and_save(
        store_engine, SETUP, month=week.month, actor="test", progress=lambda *_: None, calendar=week
    )
    with session_scope(store_engine) as session:
        first = reschedule_stored(session, delivery_id="F0004", failed=week.days[0])
        assert first.new_day is not None and first.new_day > week.days[0]
        last = reschedule_stored(session, delivery_id="F0005", failed=week.days[-1])
        assert last.new_day is None and last.reason == "not_at_home"
    with session_scope(store_engine) as session:
        month = repo.month_row(session, month=week.month)
        assert month is not None
        by_id = {a.delivery_id: a for a in month.assignments}
        assert by_id["F0004"].day == first.new_day
        assert by_id["F0004"].rescheduled_from == week.days[0]
        assert by_id["F0005"].day is None and by_id["F0005"].reason == "not_at_home"
