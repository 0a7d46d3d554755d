"""What stored planning reads from the store: the town, the calendar, stored plans, the clock."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from api_testing import DAY, planned_store

from geodata.road import RoadGraph
from routing.jsonio import solution_to_dict
from scheduler.settings import SchedulerSettings
from scheduler.stored import DAY_S, load_calendar, load_town, replan_clock
from store.db import make_engine, session_scope
from store.models import OneOffKind
from store.repositories import calendar as calendar_repo
from store.repositories.fleet import active_fleet
from store.repositories.plans import get_plan, plan_solution, solution_from_document

pytest_plugins = ["api_testing"]


def test_stored_solutions_are_the_routing_document_and_read_back_unchanged() -> None:
    path, plan_id = planned_store()
    engine = make_engine(f"sqlite:///{path}")
    with session_scope(engine) as session:
        plan = get_plan(session, plan_id=plan_id)
        assert plan.solution["format"] == "sofra-solution"
        assert plan.solution["format_version"] == 1
        solution = plan_solution(plan)
        assert solution_to_dict(solution) == plan.solution
        assert solution.served_stop_ids == [s.stop_key for r in plan.routes for s in r.stops]
        older = dict(plan.solution, stats=dict(plan.solution["stats"], retired_field=1))
        assert solution_from_document(older) == solution
    engine.dispose()


def test_the_town_and_calendar_come_from_the_store(inegol_road: RoadGraph, tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    shutil.copy(planned_store()[0], path)
    engine = make_engine(f"sqlite:///{path}")
    with session_scope(engine) as session:
        town = load_town(session, inegol_road, SchedulerSettings())
        assert len(town.households) > 400 and town.kitchen.name.startswith("İnegöl")
        fleet = active_fleet(session)
        assert [v.id for v in fleet.vans] == ["V1", "V2", "V3", "V4"]
        assert [c.id for c in fleet.crews("dinner")] == ["V1/D3", "V2/D4", "V3/D5", "V4/D6"]
        calendar_repo.add_hold(
            session, ref="H0001", start=DAY, end=DAY + dt.timedelta(days=2), actor="t"
        )
        calendar_repo.add_one_off(
            session, ref="H0002", day=DAY, shift="dinner", kind=OneOffKind.CANCEL, actor="t"
        )
        calendar = load_calendar(session, DAY)
        assert calendar.on_hold("H0001", DAY) and not calendar.on_hold("H0001", DAY.replace(day=1))
        assert calendar.refs(DAY, "dinner", OneOffKind.CANCEL) == {"H0002"}
    engine.dispose()


def test_the_replan_clock_counts_trips_with_outcomes_as_loaded() -> None:
    path, plan_id = planned_store()
    engine = make_engine(f"sqlite:///{path}")
    with session_scope(engine) as session:
        plan = get_plan(session, plan_id=plan_id)
        first = plan.routes[0]
        trip = plan_solution(plan).routes[0].trips[0]
        assert replan_clock(plan, DAY, 100, set()) == 100
        assert replan_clock(plan, DAY - dt.timedelta(days=1), 100, set()) == 0
        assert replan_clock(plan, DAY + dt.timedelta(days=1), 100, set()) == DAY_S
        assert replan_clock(plan, DAY, 100, {first.stops[0].id}) == trip.departure_s
        assert replan_clock(plan, DAY + dt.timedelta(days=1), 100, set(), at_s=60) == 60
    engine.dispose()
