"""Planning over the store: plan or re-plan a shift from what the store holds, and save it.

`plan_and_save` and `replan_and_save` are the whole of planning for the API's jobs, `sofra plan`
and `sofra demo`. Each runs in three steps:

1. read — one transaction: the active households, the first active kitchen, the fleet and the
   day's calendar (holds, cancellations, additions) through the store's repositories, as domain
   types; with the plan re-planned, or yesterday's plan of the shift for route consistency;
2. plan — no transaction open: the problem from `scheduler.problem`, solved and verified by
   `scheduler.day_plan.plan_shift` or `scheduler.replan.replan_shift`;
3. save — one transaction: the verified plan as the next version of its date and shift, with
   its road lines, its summary, the households held and the planning settings it was made with
   (`store.repositories.plans.save_plan`; the solution as its versioned `routing.jsonio`
   document). A re-plan checks there that no newer version was saved meanwhile.

Households held from the shift (on hold, cancelled) are saved with the plan
(`summary["held_households"]`), so everyone who reads the plan can report them. So is the
scheduler's section of the settings tree it was planned with (`PlanRow.settings`: ride limit,
service and reload minutes, shift windows, solver budget and seed), so a stored plan is read
with its own ride limit whatever today's settings say (`plan_settings`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from pydantic import ValidationError
from shapely import LineString
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from domain.calendar import Calendar
from domain.clock import format_hhmm
from domain.fleet import Crew
from geodata.paths import road_polyline
from geodata.road import RoadGraph
from routing.model import Depot, Problem, Solution, SolveParams
from scheduler.day_plan import ShiftPlan, Town, plan_shift
from scheduler.due import Held, HeldReason
from scheduler.problem import KITCHEN_ID
from scheduler.replan import Change, replan_shift
from scheduler.settings import SchedulerSettings
from store.db import session_scope
from store.models import PlanRow
from store.repositories import calendar as calendar_repo
from store.repositories import fleet as fleet_repo
from store.repositories.households import list_households
from store.repositories.outcomes import latest_outcomes
from store.repositories.plans import get_plan, latest_plan, plan_solution, save_plan

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
"""Report how far planning is (0..1) and what it is doing."""

DAY_S = 86_400


def no_progress(_fraction: float, _message: str) -> None:
    """A progress callback that reports nothing."""


class PlanningError(Exception):
    """Planning cannot start: the message names what is missing and how to add it."""


class NoKitchenError(PlanningError):
    """No active kitchen in the store."""


class NoHouseholdsError(PlanningError):
    """No active household in the store."""


class NoCrewError(PlanningError):
    """No van with a driver for the shift."""


class StalePlanError(PlanningError):
    """Re-planning a version that is no longer the newest."""


# --- reading ---------------------------------------------------------------------------------


def load_town(session: Session, road: RoadGraph, settings: SchedulerSettings) -> Town:
    """Everything a day's planning reads, from the store and the loaded road graph."""
    kitchens = fleet_repo.active_kitchens(session)
    if not kitchens:
        raise NoKitchenError(
            "no active kitchen in the store; add one with POST /kitchens "
            "(or `sofra plan --demo-fleet` for İnegöl's demo kitchen and fleet)"
        )
    return Town(
        road=road,
        households=list_households(session, active_only=True),
        kitchen=kitchens[0],
        fleet=fleet_repo.active_fleet(session),
        settings=settings,
    )


def load_calendar(session: Session, day: dt.date) -> Calendar:
    """The holds in force on `day` and the one-off changes of `day`."""
    return calendar_repo.calendar_on(session, day)


def shift_crews(town: Town, shift: str) -> tuple[Crew, ...]:
    """The crews of `shift`; `NoCrewError` naming the fix when there is none."""
    crews = tuple(town.fleet.crews(shift))
    if not crews:
        raise NoCrewError(
            f"no van with a driver for {shift}: add a van (POST /vans) or a driver working "
            f"{shift} (POST /drivers)"
        )
    return crews


def _placeholder_problem() -> Problem:
    """A stored plan keeps its solution, not its problem; re-planning builds a fresh one."""
    zero = np.zeros((1, 1))
    return Problem(
        depots=(Depot(KITCHEN_ID, 0),), vehicles=(), stops=(), duration_s=zero, distance_m=zero
    )


def held_document(held: Sequence[Held]) -> list[dict[str, Any]]:
    """The households held from a shift as stored with its plan."""
    return [
        {
            "ref": h.ref,
            "reason": h.reason.value,
            "detail": h.detail,
            "until": h.until.isoformat() if h.until else None,
        }
        for h in held
    ]


def stored_held(row: PlanRow) -> tuple[Held, ...]:
    """The households held from a stored plan's shift (none for plans saved before they were)."""
    items = row.summary.get("held_households") if isinstance(row.summary, dict) else None
    return tuple(
        Held(
            str(item["ref"]),
            HeldReason(item["reason"]),
            str(item.get("detail") or ""),
            dt.date.fromisoformat(item["until"]) if item.get("until") else None,
        )
        for item in items or ()
    )


def plan_settings(row: PlanRow, current: SchedulerSettings) -> SchedulerSettings:
    """The planning settings a stored plan was made with (`PlanRow.settings`); for a plan saved
    before they were stored, `current` with the ride limit its summary recorded."""
    stored = row.settings if isinstance(row.settings, dict) else None
    if not stored:
        limit_s = row.summary.get("ride_limit_s") if isinstance(row.summary, dict) else None
        if isinstance(limit_s, int) and limit_s > 0:
            return current.model_copy(update={"max_ride_min": limit_s // 60})
        return current
    try:
        return SchedulerSettings.model_validate(current.model_dump() | stored)
    except ValidationError as exc:
        log.warning("plan %s: stored settings unreadable (%s); using today's", row.id, exc)
        return current


def settings_document(settings: SchedulerSettings, params: SolveParams) -> dict[str, Any]:
    """The planning settings stored with a plan: the scheduler's section, with the solver
    budget and seed the plan was actually solved with."""
    document = settings.model_dump(mode="json")
    document.update(solver_time_limit_s=params.time_limit_s, solver_seed=params.seed)
    return document


def stored_shift_plan(row: PlanRow, crews: tuple[Crew, ...]) -> ShiftPlan:
    """A stored plan version as the scheduler's `ShiftPlan` (what re-planning starts from)."""
    share = row.summary.get("same_driver_share")
    return ShiftPlan(
        day=row.day,
        shift=row.shift,
        version=row.version,
        problem=_placeholder_problem(),
        solution=plan_solution(row),
        households={},
        crews=crews,
        violations=(),
        same_driver_share=share if isinstance(share, float) else None,
        held=stored_held(row),
    )


# --- saving ----------------------------------------------------------------------------------


def route_lines(town: Town, solution: Solution) -> dict[str, LineString]:
    """Per vehicle, the roads driven: every trip kitchen → stops → kitchen, end to end."""
    where = {h.ref: (h.lat, h.lon) for h in town.households}
    home = (town.kitchen.lat, town.kitchen.lon)
    lines: dict[str, LineString] = {}
    for route in solution.routes:
        coords: list[tuple[float, float]] = []
        for trip in route.trips:
            points = [home, *(where[v.stop_id] for v in trip.visits), home]
            for lat, lon in road_polyline(town.road, points):
                if not coords or coords[-1] != (lon, lat):
                    coords.append((lon, lat))
        if len(coords) >= 2:
            lines[route.vehicle_id] = LineString(coords)
    return lines


def plan_summary(plan: ShiftPlan, settings: SchedulerSettings) -> dict[str, Any]:
    """The figures a dispatcher checks first, stored with the plan version, and who was held."""
    s = plan.solution
    return {
        "households_due": len(plan.households),
        "served": len(s.served_stop_ids),
        "unserved": len(s.unserved),
        "held": len(plan.held),
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
        "held_households": held_document(plan.held),
    }


def save_shift_plan(
    session: Session,
    town: Town,
    plan: ShiftPlan,
    *,
    actor: str,
    changes: Mapping[str, Any] | None = None,
    params: SolveParams | None = None,
) -> PlanRow:
    """Store `plan` as the next version of its date and shift, with its road lines and the
    settings it was planned with (`town.settings`, solved with `params`, default
    `default_params`); the caller commits (see `store.db.session_scope`)."""
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
        settings=settings_document(town.settings, params or default_params(town.settings)),
    )


@dataclass(frozen=True, slots=True)
class SavedPlan:
    """A plan version just saved: its id, the plan (with the version the store gave it), the
    town it was planned from and, after a re-plan, what changed and the clock time it ran at."""

    plan_id: int
    plan: ShiftPlan
    town: Town
    changes: tuple[Change, ...] = ()
    at_s: int | None = None

    @property
    def version(self) -> int:
        """The version number of the saved plan (1 for a first plan)."""
        return self.plan.version

    def counts(self) -> dict[str, int]:
        """Households due, served, unserved and held, by name."""
        s = self.plan.solution
        return {
            "households_due": len(self.plan.households),
            "served": len(s.served_stop_ids),
            "unserved": len(s.unserved),
            "held": len(self.plan.held),
        }


def default_params(settings: SchedulerSettings) -> SolveParams:
    """The solver budget of a day plan: the settings' time limit and seed."""
    return settings.solve_params()


# --- planning ----------------------------------------------------------------------------------


def plan_and_save(
    engine: Engine,
    road: RoadGraph,
    settings: SchedulerSettings,
    *,
    day: dt.date,
    shift: str,
    actor: str,
    progress: Progress = no_progress,
    params: SolveParams | None = None,
) -> SavedPlan:
    """Plan `shift` on `day` from the store and save it as the next version of that plan.

    Yesterday's newest plan of the shift, if any, is the one whose drivers are kept.
    """
    progress(0.05, "reading households, fleet and calendar")
    with session_scope(engine) as session:
        town = load_town(session, road, settings)
        if not town.households:
            raise NoHouseholdsError(
                "no active household in the store; import them (`sofra households import FILE` "
                "or POST /households/import)"
            )
        calendar = load_calendar(session, day)
        crews = shift_crews(town, shift)
        before = latest_plan(session, day=day - dt.timedelta(days=1), shift=shift)
        previous = stored_shift_plan(before, crews) if before is not None else None
    progress(0.15, "solving")
    plan = plan_shift(
        town, day, shift, calendar, previous=previous, params=params or default_params(settings)
    )
    progress(0.85, "saving the plan")
    with session_scope(engine) as session:
        row = save_shift_plan(session, town, plan, actor=actor, params=params)
        plan_id, version = row.id, row.version
    progress(1.0, "done")
    return SavedPlan(plan_id, replace(plan, version=version), town)


def replan_clock(row: PlanRow, today: dt.date, now_s: int, outcome_stop_ids: set[int]) -> int:
    """The clock time a re-plan runs at: now on the plan's day (0 before it, end of day after),
    and at least the departure of every trip with an outcome (those meals were loaded)."""
    if row.day > today:
        clock = 0
    elif row.day < today:
        clock = DAY_S
    else:
        clock = now_s
    trips = {r.vehicle_id: r.trips for r in plan_solution(row).routes}
    for route in row.routes:
        for stop in route.stops:
            if stop.id in outcome_stop_ids:
                trip = trips[route.vehicle_id][stop.trip]
                clock = max(clock, trip.departure_s)
    return clock


def _stale(plan_id: int, row: PlanRow, newest: PlanRow | None) -> StalePlanError | None:
    if newest is None or newest.id == row.id:
        return None
    return StalePlanError(
        f"plan {plan_id} is version {row.version}, but version {newest.version} "
        f"(plan {newest.id}) is newer; re-plan from plan {newest.id}"
    )


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
    progress: Progress = no_progress,
    params: SolveParams | None = None,
) -> SavedPlan:
    """Re-plan a stored version after a change and save the next version, saying what changed.

    Trips loaded by the clock time (`at_s`, default now on the plan's day; at least the
    departure of every trip with an outcome) stay as they are; the rest is planned again.
    """
    progress(0.05, "reading the plan and what happened since")
    with session_scope(engine) as session:
        row = get_plan(session, plan_id=plan_id)
        stale = _stale(plan_id, row, latest_plan(session, day=row.day, shift=row.shift))
        if stale is not None:
            raise stale
        town = load_town(session, road, settings)
        calendar = load_calendar(session, row.day)
        delivered = set(latest_outcomes(session, plan_id=plan_id))
        clock = replan_clock(row, today, now_s if at_s is None else at_s, delivered)
        current = stored_shift_plan(row, tuple(town.fleet.crews(row.shift)))
    progress(0.15, f"re-planning from {format_hhmm(clock)}")
    plan, changes = replan_shift(
        town, current, clock, calendar, params=params or default_params(settings)
    )
    progress(0.85, "saving the new version")
    document = {
        "from_plan": plan_id,
        "from_version": current.version,
        "at": format_hhmm(clock),
        "items": [{"ref": c.ref, "kind": c.kind, "detail": c.detail} for c in changes],
    }
    with session_scope(engine) as session:
        stale = _stale(plan_id, row, latest_plan(session, day=row.day, shift=row.shift))
        if stale is not None:  # another re-plan was saved while this one was solving
            raise stale
        saved = save_shift_plan(session, town, plan, actor=actor, changes=document, params=params)
        saved_id, version = saved.id, saved.version
    progress(1.0, "done")
    return SavedPlan(saved_id, replace(plan, version=version), town, tuple(changes), clock)
