"""Apply a scenario's changes to a base town: households, fleet, kitchens, shifts, limits."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from domain.clock import hhmm_to_s
from domain.fleet import CARRY_INSIDE, Driver, Fleet, Van
from domain.kitchens import Kitchen
from domain.services import SHIFTS
from scheduler.day_plan import KITCHEN_ID, Town
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
