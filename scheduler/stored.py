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
   document). Compare-and-set: it is saved only as the successor of the version it was made
   from, if that is still the newest (checked in the transaction, under `lock_shift`); else
   `StaleVersionError` names the newer version, who saved or published it and when. An
   `on_save` hook runs in the same transaction (the API's jobs mark themselves done there: a
   plan is saved and its job done together, or neither).

A re-plan keeps what happened: every outcome recorded in the shift (on whichever version) stays
with its door, the trips it was on stay on their vans, and a van or driver taken out of service
keeps only the doors with an outcome (the rest of its stops are planned again on the others).
Planning a shift again from scratch is refused once it has a published version or an outcome
(`PlanAgainError`): that is a re-plan. Planners' what-if copies are planned the same way but
saved apart (`what_if`), never checked against, never published.

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
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from domain.calendar import Calendar
from domain.clock import format_hhmm
from domain.fleet import Crew
from domain.lang import plan_again_text
from geodata.paths import road_polyline
from geodata.road import RoadGraph
from routing.model import Depot, Problem, Solution, SolveParams
from scheduler.day_plan import ShiftPlan, Town, plan_shift
from scheduler.due import Held, HeldReason
from scheduler.problem import KITCHEN_ID
from scheduler.replan import Change, replan_shift
from scheduler.settings import SchedulerSettings
from store.db import session_scope
from store.errors import StoredPlanError, WhatIfError
from store.models import DriverRow, HouseholdRow, PlanRow, RouteRow, VanRow
from store.repositories import calendar as calendar_repo
from store.repositories import fleet as fleet_repo
from store.repositories.households import list_households
from store.repositories.outcomes import latest_outcomes, shift_outcome_count
from store.repositories.plans import (
    NEWEST,
    Newest,
    get_plan,
    latest_plan,
    plan_solution,
    published_plan,
    save_plan,
    stale_version,
)

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


class PlanAgainError(PlanningError):
    """Planning from scratch a shift that has a published version or recorded outcomes: that
    must be a re-plan of its newest version (the API asks for `confirm_replan`)."""

    def __init__(self, *, version: int, published: int | None, outcomes: int) -> None:
        self.version, self.published, self.outcomes = version, published, outcomes
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """Why, and what to do, in `lang`."""
        return plan_again_text(self.version, self.published, self.outcomes, lang)

    def args_document(self) -> dict[str, object]:
        """The values of the message."""
        return {"version": self.version, "published": self.published, "outcomes": self.outcomes}


@dataclass(frozen=True, slots=True)
class ShiftState:
    """Where the office's plan of a shift stands: its newest and its published version, and
    how many doors have an outcome."""

    newest: PlanRow | None
    published: PlanRow | None
    outcomes: int

    def plan_again_error(self) -> PlanAgainError | None:
        """Why planning this shift from scratch would lose something, or None."""
        if self.newest is None or (self.published is None and not self.outcomes):
            return None
        published = self.published.version if self.published is not None else None
        return PlanAgainError(
            version=self.newest.version, published=published, outcomes=self.outcomes
        )


def shift_state(session: Session, *, day: dt.date, shift: str) -> ShiftState:
    """The newest and published office versions of `day` and `shift`, and its outcome count."""
    return ShiftState(
        newest=latest_plan(session, day=day, shift=shift),
        published=published_plan(session, day=day, shift=shift),
        outcomes=shift_outcome_count(session, day=day, shift=shift),
    )


OnSave = Callable[[Session, "SavedPlan"], None]
"""Called in the transaction that saves a plan, with the plan just saved (not yet committed)."""


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
    base_version: int | Newest | None = NEWEST,
    what_if: bool = False,
) -> PlanRow:
    """Store `plan` as the next version of its date and shift, with its road lines, made from
    `base_version` (see `store.repositories.plans.save_plan`), and the settings it was planned
    with (`town.settings`, solved with `params`, default `default_params`); the caller commits
    (see `store.db.session_scope`)."""
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
        base_version=base_version,
        what_if=what_if,
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
    what_if: bool = False,
    base_version: int | Newest | None = NEWEST,
    on_save: OnSave | None = None,
) -> SavedPlan:
    """Plan `shift` on `day` from the store and save it as the next version of that plan.

    Yesterday's plan of the shift (the version its drivers had, else its newest), if any, is
    the one whose drivers are kept. An office plan is made from the shift's newest version
    (`base_version`: the one expected, checked before solving and again when saving; `NEWEST`:
    whatever is newest when reading) and refused (`PlanAgainError`) once the shift has a
    published version or an outcome. A `what_if` copy is neither checked nor refused.
    """
    progress(0.05, "reading households, fleet and calendar")
    with session_scope(engine) as session:
        base: int | None = None
        if not what_if:
            state = shift_state(session, day=day, shift=shift)
            base = state.newest.version if state.newest is not None else None
            if not isinstance(base_version, Newest) and base != base_version:
                if state.newest is None:
                    raise StoredPlanError(f"version {base_version} of {day} {shift} is gone")
                raise stale_version(state.newest, base_version)
            refused = state.plan_again_error()
            if refused is not None:
                raise refused
        town = load_town(session, road, settings)
        if not town.households:
            raise NoHouseholdsError(
                "no active household in the store; import them (`sofra households import FILE` "
                "or POST /households/import)"
            )
        calendar = load_calendar(session, day)
        crews = shift_crews(town, shift)
        yesterday = day - dt.timedelta(days=1)
        before = published_plan(session, day=yesterday, shift=shift) or latest_plan(
            session, day=yesterday, shift=shift
        )
        previous = stored_shift_plan(before, crews) if before is not None else None
    progress(0.15, "solving")
    plan = plan_shift(
        town, day, shift, calendar, previous=previous, params=params or default_params(settings)
    )
    progress(0.85, "saving the plan")
    with session_scope(engine) as session:
        row = save_shift_plan(
            session, town, plan, actor=actor, params=params, base_version=base, what_if=what_if
        )
        saved = SavedPlan(row.id, replace(plan, version=row.version), town)
        if on_save is not None:
            on_save(session, saved)
    progress(1.0, "done")
    return saved


def replan_clock(
    row: PlanRow,
    today: dt.date,
    now_s: int,
    outcome_stop_ids: set[int],
    at_s: int | None = None,
) -> int:
    """The clock time a re-plan runs at: `at_s` when given, else now on the plan's day (0
    before it, end of day after); and at least the departure of every trip with an outcome
    (those meals were loaded)."""
    if at_s is not None:
        clock = at_s
    elif row.day > today:
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


def _route_crew(session: Session, route: RouteRow) -> Crew | None:
    """The van and driver of a stored route, as they are in the store now (None when the route
    names no van or driver of the store)."""
    van = session.get(VanRow, route.van_id) if route.van_id is not None else None
    driver = session.get(DriverRow, route.driver_id) if route.driver_id is not None else None
    if van is None or driver is None:
        return None
    return Crew(fleet_repo.van_of(van), fleet_repo.driver_of(driver))


def replan_crews(
    session: Session, row: PlanRow, town: Town, with_outcomes: set[str]
) -> tuple[tuple[Crew, ...], frozenset[str]]:
    """The crews of a re-plan of `row`, and the vehicle ids among them that are retired.

    Each van keeps the driver it has in `row` while both are in service on the shift (a re-plan
    never swaps drivers between vans on the road); vans and drivers not in `row` pair up in
    order. A crew of `row` with a van or driver out of service is retired: kept only when it has
    doors with an outcome (`with_outcomes`, vehicle ids), for those doors alone.
    """
    vans = {v.id: v for v in town.fleet.vans}
    drivers = {d.id: d for d in town.fleet.drivers if row.shift in d.shifts}
    kept: list[Crew] = []
    retired: list[Crew] = []
    for route in row.routes:
        crew = _route_crew(session, route)
        if crew is None:
            continue
        van, driver = vans.get(crew.van.id), drivers.get(crew.driver.id)
        taken = {c.van.id for c in kept} | {c.driver.id for c in kept}
        if van is not None and driver is not None and not {van.id, driver.id} & taken:
            kept.append(Crew(van, driver))
        elif route.vehicle_id in with_outcomes:
            retired.append(crew)
    used_vans = {c.van.id for c in kept}
    used_drivers = {c.driver.id for c in kept} | {c.driver.id for c in retired}
    free_vans = [v for v in town.fleet.vans if v.id not in used_vans]
    free_drivers = [d for d in drivers.values() if d.id not in used_drivers]
    fresh = [Crew(v, d) for v, d in zip(free_vans, free_drivers, strict=False)]
    crews = tuple(kept + fresh + retired)
    return crews, frozenset(c.id for c in retired)


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
    on_save: OnSave | None = None,
) -> SavedPlan:
    """Re-plan a stored version after a change and save the next version, saying what changed.

    Trips loaded by the clock time (`at_s`, default now on the plan's day; at least the
    departure of every trip with an outcome) stay as they are, and so does every door with an
    outcome recorded in the shift; the rest is planned again. Saved only while `plan_id` is
    still the newest version of its shift (`StaleVersionError` otherwise, before solving or when
    saving).
    """
    progress(0.05, "reading the plan and what happened since")
    with session_scope(engine) as session:
        row = get_plan(session, plan_id=plan_id)
        if row.what_if:
            raise WhatIfError("what_if_not_replanned", row.label)
        newest = latest_plan(session, day=row.day, shift=row.shift)
        if newest is not None and newest.id != row.id:
            raise stale_version(newest, row.version)
        town = load_town(session, road, settings)
        calendar = load_calendar(session, row.day)
        outcomes = latest_outcomes(session, plan_id=plan_id)
        refs = {hid: ref for hid, ref in _household_refs(session, row)}
        done = {refs[s.household_id] for r in row.routes for s in r.stops if s.id in outcomes}
        with_outcomes = {r.vehicle_id for r in row.routes for s in r.stops if s.id in outcomes}
        clock = replan_clock(row, today, now_s, set(outcomes), at_s=at_s)
        crews, retired = replan_crews(session, row, town, with_outcomes)
        current = stored_shift_plan(row, crews)
    progress(0.15, f"re-planning from {format_hhmm(clock)}")
    plan, changes = replan_shift(
        town,
        current,
        clock,
        calendar,
        params=params or default_params(settings),
        done=frozenset(done),
        retired=retired,
    )
    progress(0.85, "saving the new version")
    document = {
        "from_plan": plan_id,
        "from_version": current.version,
        "at": format_hhmm(clock),
        "items": [{"ref": c.ref, "kind": c.kind, "detail": c.detail} for c in changes],
    }
    with session_scope(engine) as session:
        saved_row = save_shift_plan(
            session,
            town,
            plan,
            actor=actor,
            changes=document,
            params=params,
            base_version=row.version,
        )
        saved = SavedPlan(
            saved_row.id, replace(plan, version=saved_row.version), town, tuple(changes), clock
        )
        if on_save is not None:
            on_save(session, saved)
    progress(1.0, "done")
    return saved


def _household_refs(session: Session, row: PlanRow) -> list[tuple[int, str]]:
    ids = {s.household_id for r in row.routes for s in r.stops}
    return [
        (hid, ref)
        for hid, ref in session.execute(
            select(HouseholdRow.id, HouseholdRow.ref).where(HouseholdRow.id.in_(ids))
        )
    ]
