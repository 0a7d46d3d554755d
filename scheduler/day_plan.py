"""Plan one shift of one day: due households → routing problem → verified, consistent plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from domain.calendar import Calendar
from domain.clock import hhmm_to_s
from domain.fleet import Crew, Fleet
from domain.households import Household
from domain.kitchens import Kitchen
from geodata.matrix import travel_matrices
from geodata.road import RoadGraph
from geodata.snapping import off_road_points, snap_points
from routing.model import (
    Depot,
    Problem,
    Solution,
    SolveParams,
    Stop,
    Unserved,
    UnservedReason,
    Vehicle,
)
from routing.solve import solve
from routing.verify import verify
from scheduler.consistency import (
    drivers_by_household,
    keep_drivers,
    keep_households,
    same_driver_share,
)
from scheduler.due import deliveries_on
from scheduler.settings import SchedulerSettings

KITCHEN_ID = "kitchen"


@dataclass(slots=True)
class Town:
    """Everything a day's planning reads: road graph, households, kitchen, fleet, settings."""

    road: RoadGraph
    households: list[Household]
    kitchen: Kitchen
    fleet: Fleet
    settings: SchedulerSettings = field(default_factory=SchedulerSettings)


@dataclass(frozen=True, slots=True)
class ShiftPlan:
    """A verified plan of one shift, with what it was planned from.

    `version` starts at 1 and grows with each re-plan; `changes` says what a re-plan changed.
    `same_driver_share` compares with the previous day's plan (None without one).
    """

    day: dt.date
    shift: str
    version: int
    problem: Problem
    solution: Solution
    households: Mapping[str, Household]
    crews: tuple[Crew, ...]
    violations: tuple[str, ...]
    same_driver_share: float | None = None
    changes: tuple[str, ...] = ()

    @property
    def unserved_refs(self) -> set[str]:
        """Households due in this shift that no route serves."""
        return {u.stop_id for u in self.solution.unserved}


def shift_vehicle(crew: Crew, shift_start_s: int, shift_end_s: int, reload_s: int) -> Vehicle:
    """The routing vehicle of a crew for one shift."""
    return Vehicle(
        id=crew.id,
        start_depot=KITCHEN_ID,
        end_depot=KITCHEN_ID,
        shift_start_s=shift_start_s,
        shift_end_s=shift_end_s,
        capacity=(crew.van.capacity_meals,),
        skills=crew.skills,
        reload_s=reload_s,
    )


def build_problem(
    town: Town, shift: str, due: Sequence[Household], crews: Sequence[Crew]
) -> tuple[Problem, dict[str, str]]:
    """The routing problem of a shift, and the households off the road network (ref → why).

    Location 0 is the kitchen, then the households in order; a household that cannot be snapped
    to the road keeps its place with unreachable (infinite) travel times, so the solver reports
    it as unreachable instead of failing.
    """
    cfg = town.settings
    times = cfg.shift(shift)
    start_s, end_s = hhmm_to_s(times.kitchen_departure), hhmm_to_s(times.drivers_off)
    window = (hhmm_to_s(times.delivery_start), hhmm_to_s(times.delivery_end))
    points = [(town.kitchen.lat, town.kitchen.lon)] + [(h.lat, h.lon) for h in due]
    labels = [town.kitchen.name] + [h.ref for h in due]
    snap_points(town.road, [points[0]], [labels[0]])  # raises: nothing to plan
    errors = {e.label: e for e in off_road_points(town.road, points[1:], labels[1:])}
    off_road = {
        ref: f"{error.distance_m:,.0f} m from the nearest drivable road"
        for ref, error in errors.items()
        if ref
    }
    good = [0] + [i for i, label in enumerate(labels) if i > 0 and label not in errors]
    n = len(points)
    duration = np.full((n, n), np.inf)
    distance = np.full((n, n), np.inf)
    np.fill_diagonal(duration, 0.0)
    np.fill_diagonal(distance, 0.0)
    matrices = travel_matrices(town.road, [points[i] for i in good])
    duration[np.ix_(good, good)] = matrices.duration_s
    distance[np.ix_(good, good)] = matrices.distance_m
    depot = Depot(KITCHEN_ID, 0, start_s, end_s, town.kitchen.lat, town.kitchen.lon)
    stops = [
        Stop(
            id=h.ref,
            location=i,
            demand=(h.portions,),
            window=window,
            service_s=round(cfg.service_min * 60),
            required_skills=frozenset(h.required_skills),
            lat=h.lat,
            lon=h.lon,
        )
        for i, h in enumerate(due, start=1)
    ]
    reload_s = round(cfg.reload_min * 60)
    vehicles = [shift_vehicle(c, start_s, end_s, reload_s) for c in crews]
    problem = Problem(
        depots=(depot,),
        vehicles=tuple(vehicles),
        stops=tuple(stops),
        duration_s=duration,
        distance_m=distance,
        max_ride_s={"hot": cfg.max_ride_min * 60},
    )
    return problem, off_road


def explain_off_road(solution: Solution, off_road: Mapping[str, str]) -> Solution:
    """Replace the solver's generic 'unreachable' detail with the distance off the road."""
    unserved = tuple(
        Unserved(u.stop_id, UnservedReason.UNREACHABLE, off_road[u.stop_id])
        if u.stop_id in off_road
        else u
        for u in solution.unserved
    )
    return replace(solution, unserved=unserved)


def plan_shift(
    town: Town,
    day: dt.date,
    shift: str,
    calendar: Calendar | None = None,
    previous: ShiftPlan | None = None,
    params: SolveParams | None = None,
) -> ShiftPlan:
    """Plan `shift` on `day` for the households due, keeping yesterday's drivers where free.

    `previous` is the plan of the same shift on an earlier day (route consistency). The
    returned plan has passed the independent verifier; its violations are listed if not.
    """
    params = params or SolveParams(time_limit_s=town.settings.solver_time_limit_s, seed=1)
    due = deliveries_on(town.households, day, shift, calendar)
    crews = tuple(town.fleet.crews(shift))
    problem, off_road = build_problem(town, shift, due, crews)
    solution = explain_off_road(solve(problem, params), off_road)
    share = None
    if previous is not None:
        before = drivers_by_household(previous.solution)
        solution = keep_drivers(problem, solution, before)
        solution = keep_households(problem, solution, before, town.settings.consistency_penalty_s)
        share = same_driver_share(before, solution)
    violations = tuple(str(v) for v in verify(problem, solution))
    return ShiftPlan(
        day=day,
        shift=shift,
        version=1,
        problem=problem,
        solution=solution,
        households={h.ref: h for h in due},
        crews=crews,
        violations=violations,
        same_driver_share=share,
    )
