"""Planning over the store: rows → the scheduler's Town and Calendar, a ShiftPlan → a stored plan.

The API has no planning logic of its own: it reads the store, calls `scheduler.day_plan` or
`scheduler.replan`, and saves the verified result as a new plan version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from shapely import LineString
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from domain.calendar import Calendar, Hold, OneOff, OneOffKind
from domain.clock import format_hhmm, hhmm_to_s
from domain.fleet import Crew, Driver, Fleet, Van
from domain.kitchens import Kitchen
from geodata.paths import route_geometry
from geodata.road import RoadGraph
from routing.model import (
    Depot,
    Problem,
    Route,
    Solution,
    SolveParams,
    SolveStats,
    Trip,
    Unserved,
    UnservedReason,
    Visit,
)
from scheduler.day_plan import ShiftPlan, Town, plan_shift
from scheduler.problem import KITCHEN_ID
from scheduler.replan import replan_shift
from scheduler.settings import SchedulerSettings
from store.db import session_scope
from store.models import DriverRow, KitchenRow, PlanRow, VanRow
from store.repositories import calendar as calendar_repo
from store.repositories import fleet as fleet_repo
from store.repositories.households import list_households
from store.repositories.outcomes import latest_outcomes
from store.repositories.plans import get_plan, latest_plan, save_plan

Progress = Callable[[float, str], None]
"""Report how far a job is (0..1) and what it is doing."""

DAY_S = 86_400


class PlanningError(Exception):
    """Planning cannot start: the message names what is missing and how to add it."""


class NoKitchenError(PlanningError):
    """No active kitchen in the store."""


class NoCrewError(PlanningError):
    """No van with a driver for the shift."""


class StalePlanError(PlanningError):
    """Re-planning a version that is no longer the newest."""


def kitchen_from_store(session: Session) -> Kitchen:
    """The first active kitchen (by code) as the scheduler's depot."""
    kitchens = fleet_repo.list_all(session, KitchenRow)
    if not kitchens:
        raise NoKitchenError("no active kitchen in the store; add one with POST /kitchens")
    row = kitchens[0]
    return Kitchen(name=row.name, lat=row.location.y, lon=row.location.x)


def van_of(row: VanRow) -> Van:
    """The scheduler's van of a store row."""
    return Van(row.code, row.plate, row.capacity_meals, frozenset(row.skills))


def driver_of(row: DriverRow) -> Driver:
    """The scheduler's driver of a store row."""
    return Driver(row.code, row.name, row.phone, frozenset(row.shifts), frozenset(row.skills))


def fleet_from_store(session: Session) -> Fleet:
    """Active vans and drivers, by code; crews pair them per shift in that order."""
    vans = [van_of(v) for v in fleet_repo.list_all(session, VanRow)]
    drivers = [driver_of(d) for d in fleet_repo.list_all(session, DriverRow)]
    return Fleet(vans=vans, drivers=drivers)


def town_from_store(session: Session, road: RoadGraph, settings: SchedulerSettings) -> Town:
    """Everything a day's planning reads, from the store and the loaded road graph."""
    return Town(
        road=road,
        households=list_households(session, active_only=True),
        kitchen=kitchen_from_store(session),
        fleet=fleet_from_store(session),
        settings=settings,
    )


def calendar_from_store(session: Session, day: dt.date) -> Calendar:
    """Holds in force on `day` and the one-off changes of `day`."""
    holds = [
        Hold(h.ref, h.start_date, h.end_date, h.reason)
        for h in calendar_repo.list_holds(session, covering=day)
    ]
    one_offs = [
        OneOff(o.ref, o.day, o.shift, OneOffKind(o.kind), o.reason)
        for o in calendar_repo.list_one_offs(session, day=day)
    ]
    return Calendar(holds=holds, one_offs=one_offs)


def _known(cls: type[Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The entries of `values` that are fields of dataclass `cls` (documents may be older)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in values.items() if k in names}


def solution_from_document(document: Mapping[str, Any]) -> Solution:
    """The routing solution of a stored plan document (the dataclass fields as JSON)."""

    def visit(v: Mapping[str, Any]) -> Visit:
        return Visit(**_known(Visit, v) | {"load_after": tuple(v["load_after"])})

    def trip(t: Mapping[str, Any]) -> Trip:
        visits = tuple(visit(v) for v in t["visits"])
        return Trip(**_known(Trip, t) | {"load": tuple(t["load"]), "visits": visits})

    def route(r: Mapping[str, Any]) -> Route:
        return Route(**_known(Route, r) | {"trips": tuple(trip(t) for t in r["trips"])})

    stats = _known(SolveStats, document.get("stats") or {})
    stats["notes"] = tuple(stats.get("notes", ()))
    return Solution(
        routes=tuple(route(r) for r in document["routes"]),
        unserved=tuple(
            Unserved(u["stop_id"], UnservedReason(u["reason"]), u.get("detail", ""))
            for u in document["unserved"]
        ),
        objective=document["objective"],
        driving_s=document["driving_s"],
        distance_m=document["distance_m"],
        working_s=document["working_s"],
        stats=SolveStats(**stats),
    )


def _placeholder_problem() -> Problem:
    """A stored plan keeps its solution, not its problem; re-planning builds a fresh one."""
    zero = np.zeros((1, 1))
    return Problem(
        depots=(Depot(KITCHEN_ID, 0),), vehicles=(), stops=(), duration_s=zero, distance_m=zero
    )


def stored_shift_plan(row: PlanRow, crews: tuple[Crew, ...]) -> ShiftPlan:
    """A stored plan version as the scheduler's `ShiftPlan` (what re-planning starts from)."""
    share = row.summary.get("same_driver_share")
    return ShiftPlan(
        day=row.day,
        shift=row.shift,
        version=row.version,
        problem=_placeholder_problem(),
        solution=solution_from_document(row.solution),
        households={},
        crews=crews,
        violations=(),
        same_driver_share=share if isinstance(share, float) else None,
    )


def route_lines(town: Town, solution: Solution) -> dict[str, LineString]:
    """Per vehicle, the roads driven: every trip kitchen → stops → kitchen, end to end."""
    where = {h.ref: (h.lat, h.lon) for h in town.households}
    home = (town.kitchen.lat, town.kitchen.lon)
    lines: dict[str, LineString] = {}
    for route in solution.routes:
        coords: list[tuple[float, float]] = []
        for trip in route.trips:
            points = [home, *(where[v.stop_id] for v in trip.visits), home]
            for leg in route_geometry(town.road, points):
                coords.extend((x, y) for x, y in leg.coords if not coords or coords[-1] != (x, y))
        if len(coords) >= 2:
            lines[route.vehicle_id] = LineString(coords)
    return lines


def plan_summary(plan: ShiftPlan, settings: SchedulerSettings) -> dict[str, Any]:
    """The figures a dispatcher checks first, stored with the plan version."""
    s = plan.solution
    return {
        "households_due": len(plan.households),
        "served": len(s.served_stop_ids),
        "unserved": len(s.unserved),
        "routes_used": sum(1 for r in s.routes if any(t.visits for t in r.trips)),
        "crews": len(plan.crews),
        "driving_s": s.driving_s,
        "distance_m": s.distance_m,
        "working_s": s.working_s,
        "max_ride_s": s.max_ride_s,
        "ride_limit_s": settings.max_ride_min * 60,
        "same_driver_share": plan.same_driver_share,
        "violations": list(plan.violations),
        "engine": s.stats.engine,
        "solve_s": round(s.stats.runtime_s, 2),
    }


def save_shift_plan(
    session: Session,
    town: Town,
    plan: ShiftPlan,
    *,
    actor: str,
    changes: Mapping[str, Any] | None = None,
) -> PlanRow:
    """Store `plan` as the next version of its date and shift, with its road lines."""
    return save_plan(
        session,
        day=plan.day,
        shift=plan.shift,
        solution=plan.solution,
        created_by=actor,
        crews={c.id: (c.van.id, c.driver.id) for c in plan.crews},
        lines=route_lines(town, plan.solution),
        summary=plan_summary(plan, town.settings),
        changes=changes,
    )


def _params(settings: SchedulerSettings) -> SolveParams:
    return SolveParams(time_limit_s=settings.solver_time_limit_s, seed=1)


def plan_and_save(
    engine: Engine,
    road: RoadGraph,
    settings: SchedulerSettings,
    *,
    day: dt.date,
    shift: str,
    actor: str,
    progress: Progress,
) -> dict[str, Any]:
    """Plan `shift` on `day` from the store and save it; the new plan's id and version."""
    progress(0.05, "reading households, fleet and calendar")
    with session_scope(engine) as session:
        town = town_from_store(session, road, settings)
        calendar = calendar_from_store(session, day)
        crews = tuple(town.fleet.crews(shift))
        if not crews:
            raise NoCrewError(
                f"no van with a driver for {shift}: add a van (POST /vans) or a driver working "
                f"{shift} (POST /drivers)"
            )
        before = latest_plan(session, day=day - dt.timedelta(days=1), shift=shift)
        previous = stored_shift_plan(before, crews) if before is not None else None
    progress(0.15, "solving")
    plan = plan_shift(town, day, shift, calendar, previous=previous, params=_params(settings))
    progress(0.85, "saving the plan")
    with session_scope(engine) as session:
        row = save_shift_plan(session, town, plan, actor=actor)
        result = {"plan_id": row.id, "version": row.version, "day": day.isoformat()}
    progress(1.0, "done")
    return {**result, "shift": shift}


def replan_clock(row: PlanRow, today: dt.date, now_s: int, outcome_stop_ids: set[int]) -> int:
    """The clock time a re-plan runs at: now on the plan's day (0 before it, end of day after),
    and at least the departure of every trip with an outcome (those meals were loaded)."""
    if row.day > today:
        clock = 0
    elif row.day < today:
        clock = DAY_S
    else:
        clock = now_s
    solution = solution_from_document(row.solution)
    trips = {r.vehicle_id: r.trips for r in solution.routes}
    for route in row.routes:
        for stop in route.stops:
            if stop.id in outcome_stop_ids:
                trip = trips[route.vehicle_id][stop.trip]
                clock = max(clock, trip.departure_s)
    return clock


def replan_and_save(
    engine: Engine,
    road: RoadGraph,
    settings: SchedulerSettings,
    *,
    plan_id: int,
    at_s: int | None,
    today: dt.date,
    now_s: int,
    actor: str,
    progress: Progress,
) -> dict[str, Any]:
    """Re-plan a stored version after a change: loaded and delivered stops stay; what changed."""
    progress(0.05, "reading the plan and what happened since")
    with session_scope(engine) as session:
        row = get_plan(session, plan_id=plan_id)
        newest = latest_plan(session, day=row.day, shift=row.shift)
        if newest is not None and newest.id != row.id:
            raise StalePlanError(
                f"plan {plan_id} is version {row.version}, but version {newest.version} "
                f"(plan {newest.id}) is newer; re-plan from plan {newest.id}"
            )
        town = town_from_store(session, road, settings)
        calendar = calendar_from_store(session, row.day)
        delivered = set(latest_outcomes(session, plan_id=plan_id))
        clock = replan_clock(row, today, now_s if at_s is None else at_s, delivered)
        crews = tuple(town.fleet.crews(row.shift))
        current = stored_shift_plan(row, crews)
    progress(0.15, f"re-planning from {format_hhmm(clock)}")
    plan, changes = replan_shift(town, current, clock, calendar, params=_params(settings))
    progress(0.85, "saving the new version")
    document = {
        "from_plan": plan_id,
        "from_version": current.version,
        "at": format_hhmm(clock),
        "items": [{"ref": c.ref, "kind": c.kind, "detail": c.detail} for c in changes],
    }
    with session_scope(engine) as session:
        saved = save_shift_plan(session, town, plan, actor=actor, changes=document)
        result = {"plan_id": saved.id, "version": saved.version, "changes": len(changes)}
    progress(1.0, "done")
    return result


def local_clock_s(now: dt.datetime) -> int:
    """Seconds since local midnight of an aware local time."""
    return now.hour * 3600 + now.minute * 60 + now.second


def parse_clock(text: str) -> int:
    """Seconds since midnight of "HH:MM"."""
    return hhmm_to_s(text)
