"""Apply a scenario's changes to a base town: households, fleet, kitchens, shifts, limits."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from domain.clock import hhmm_to_s
from domain.fleet import CARRY_INSIDE, Crew, Driver, Fleet, Van
from domain.households import Household
from domain.kitchens import Kitchen
from domain.services import SHIFTS
from geodata.errors import PointOffRoadError
from routing.model import Problem
from scheduler.day_plan import Town
from scheduler.problem import KITCHEN_ID, TravelMatrix, shift_problem, travel_matrix
from scheduler.settings import SchedulerSettings, ShiftSettings
from scheduler.simulation.households import resize_households
from scheduler.simulation.scenario import Changes

EXTRA_DRIVER_PREFIX = "X"


class ChangeError(ValueError):
    """A change that cannot be applied to the town (names the field and the fix)."""


@dataclass(frozen=True, slots=True)
class World:
    """A town as a scenario changed it, with the extra kitchens and where each van is based.

    `kitchens[0]` is the town's own kitchen; `van_kitchen` maps a van id to its kitchen's depot
    id. `travel_time_factor` multiplies every travel time (1.4 = everything 40% slower).
    """

    town: Town
    kitchens: tuple[Kitchen, ...]
    depot_ids: tuple[str, ...]
    van_kitchen: Mapping[str, str] = field(default_factory=dict)
    travel_time_factor: float = 1.0


def apply_changes(base: Town, changes: Changes, seed: int) -> World:
    """The `base` town after `changes`; new households are reproducible from `seed`."""
    settings = _settings(base.settings, changes)
    households = base.households
    target = changes.households if changes.households is not None else len(households)
    target += changes.add_households or 0
    if target < 0:
        raise ChangeError(f"households: {target} left after the change; keep it at 0 or more")
    if target != len(households):
        households = resize_households(base.road, households, target, seed)
    fleet = _fleet(base.fleet, changes, settings)
    kitchens = [base.kitchen]
    depot_ids = [KITCHEN_ID]
    van_kitchen = {v.id: KITCHEN_ID for v in fleet.vans}
    moved = 0
    for k, added in enumerate(changes.add_kitchens or (), start=2):
        kitchens.append(Kitchen(added.name, added.lat, added.lon, "scenario"))
        depot_ids.append(f"{KITCHEN_ID}-{k}")
        for van in fleet.vans[len(fleet.vans) - moved - added.vans : len(fleet.vans) - moved]:
            van_kitchen[van.id] = depot_ids[-1]
        moved += added.vans
    if moved > len(fleet.vans):
        raise ChangeError(
            f"add_kitchens: {moved} vans moved to new kitchens but the fleet has "
            f"{len(fleet.vans)}; add vans or move fewer"
        )
    town = Town(base.road, list(households), base.kitchen, fleet, settings)
    factor = changes.travel_time_factor if changes.travel_time_factor is not None else 1.0
    return World(town, tuple(kitchens), tuple(depot_ids), van_kitchen, factor)


def world_matrix(world: World) -> TravelMatrix:
    """The matrix of every kitchen and household of `world` (computed once, sliced per shift);
    a kitchen off the road raises `ChangeError` naming it."""
    try:
        return travel_matrix(world.town.road, world.kitchens, world.town.households)
    except PointOffRoadError as error:
        raise ChangeError(
            f"add_kitchens: kitchen {error.label!r} at ({error.lat:.6f}, {error.lon:.6f}) is "
            f"{error.distance_m:,.0f} m from the nearest drivable road (limit "
            f"{error.limit_m:,.0f} m); put it beside a street inside the map"
        ) from error


def world_problem(
    world: World,
    matrix: TravelMatrix,
    shift: str,
    due: Sequence[Household],
    crews: Sequence[Crew],
    van_fixed_cost: int = 0,
) -> Problem:
    """The routing problem of one shift of `world` (`scheduler.problem.shift_problem`): every
    kitchen a depot, each van at its own kitchen, travel times times the world's factor."""
    return shift_problem(
        world.town.settings,
        world.kitchens,
        matrix,
        shift,
        due,
        crews,
        depot_ids=world.depot_ids,
        van_depot=world.van_kitchen,
        travel_time_factor=world.travel_time_factor,
        van_fixed_cost=van_fixed_cost,
    )


def _settings(base: SchedulerSettings, changes: Changes) -> SchedulerSettings:
    """Scheduler settings with the changed limits, capacities and shift times."""
    update: dict[str, object] = {
        name: getattr(changes, name)
        for name in ("max_ride_min", "service_min", "reload_min", "van_capacity_meals")
        if getattr(changes, name) is not None
    }
    for shift in SHIFTS:
        change = getattr(changes, shift)
        if change is not None:
            times = base.shift(shift).model_copy(update=change.model_dump(exclude_none=True))
            _check_times(shift, times)
            update[shift] = times
    return base.model_copy(update=update)


def _check_times(shift: str, times: ShiftSettings) -> None:
    """Departure ≤ delivery start < delivery end ≤ drivers off, or a ChangeError naming why."""
    order = ("kitchen_departure", "delivery_start", "delivery_end", "drivers_off")
    for a, b in itertools.pairwise(order):
        if hhmm_to_s(getattr(times, b)) < hhmm_to_s(getattr(times, a)):
            raise ChangeError(
                f"{shift}: {b} {getattr(times, b)} is before {a} {getattr(times, a)}; "
                "shift times must run departure ≤ delivery start ≤ delivery end ≤ drivers off"
            )


def _fleet(base: Fleet, changes: Changes, settings: SchedulerSettings) -> Fleet:
    """Vans resized and re-capacitated, with enough drivers on every shift to crew them.

    Crews pair vans with the drivers of a shift in order (an explicit pairing is dropped: it
    may name vans the scenario removed).
    """
    count = changes.vans if changes.vans is not None else len(base.vans)
    count += changes.add_vans or 0
    if count < 1:
        raise ChangeError(f"vans: {count} left after the change; a plan needs at least one van")
    capacity = changes.van_capacity_meals
    vans = [Van(v.id, v.plate, capacity or v.capacity_meals, v.skills) for v in base.vans[:count]]
    for i in range(len(vans) + 1, count + 1):
        vans.append(Van(f"V{i}", f"16 SIM {100 + i}", capacity or settings.van_capacity_meals))
    drivers = list(base.drivers)
    extra = 0
    while min(sum(shift in d.shifts for d in drivers) for shift in SHIFTS) < count:
        extra += 1
        # every other extra driver may carry a meal inside, as in the demo crew
        skills = frozenset({CARRY_INSIDE}) if extra % 2 else frozenset()
        drivers.append(
            Driver(
                f"{EXTRA_DRIVER_PREFIX}{extra}", f"Ek sürücü {extra}", "", frozenset(SHIFTS), skills
            )
        )
    return Fleet(vans=vans, drivers=drivers)
