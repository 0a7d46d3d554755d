"""Pack routed trips onto vans in time: each van runs its trips one after another.

A trip may leave at any time in its feasible interval (windows and ride limits, from `timing`),
a van's trips may not overlap (with its reload time between them) and must fit its shift. A
greedy pass (earliest-deadline trips onto the van free first) seeds a small CP-SAT model
(optional intervals, no-overlap per van) that serves as much weight as the vans allow.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from routing.model import Vehicle
from routing.timing import TripTiming

if TYPE_CHECKING:
    from ortools.sat.python import cp_model


@dataclass(frozen=True, slots=True)
class TripToPack:
    """A routed trip as the packer sees it: who may run it, when, and what dropping it costs."""

    key: int
    timing: TripTiming
    vans: tuple[int, ...]
    weight: int
    end_extra_s: tuple[int, ...] = ()
    """Per eligible van: extra drive if this trip ends the day at the van's end kitchen."""

    def extra_s(self, van: int) -> int:
        """Extra return time on `van` (0 when not given)."""
        return self.end_extra_s[self.vans.index(van)] if self.end_extra_s else 0


@dataclass(frozen=True, slots=True)
class VanSlot:
    """A van as the packer sees it; `end_extra_s` bounds the extra drive to its end kitchen."""

    vehicle: Vehicle
    end_extra_s: int


@dataclass(frozen=True, slots=True)
class Packed:
    """Trip `key` runs on van `van` (index into the van list), leaving at `departure_s`."""

    key: int
    van: int
    departure_s: int


def _window(trip: TripToPack, v: int, slot: VanSlot) -> tuple[int, int]:
    """Departure range of `trip` on van `v`: its own interval cut to the shift.

    Every trip is held to the return it would have as the van's last (to its end kitchen).
    """
    van = slot.vehicle
    timing = trip.timing
    latest_return = van.shift_end_s - trip.extra_s(v)
    latest = min(timing.latest_s, latest_return - timing.tail_s - timing.offset_s)
    if timing.floor_s + timing.tail_s > latest_return:
        latest = timing.earliest_s - 1
    return max(timing.earliest_s, van.shift_start_s), latest


def pack_greedy(
    trips: list[TripToPack], vans: list[VanSlot], fill_first: bool = False
) -> list[Packed]:
    """Earliest-deadline trips first, each onto the eligible van that can start it soonest
    (`fill_first`: onto the first van in the list that can run it, to use few vans)."""
    free_at = [v.vehicle.shift_start_s for v in vans]
    count = [0] * len(vans)
    order = sorted(trips, key=lambda t: (t.timing.latest_s, -t.timing.offset_s, t.key))
    packed: list[Packed] = []
    for trip in order:
        best: tuple[int, int] | None = None
        for v in trip.vans:
            limit = vans[v].vehicle.max_trips
            if limit is not None and count[v] >= limit:
                continue
            early, late = _window(trip, v, vans[v])
            start = max(early, free_at[v])
            if start > late:
                continue
            if best is None or (v < best[1] if fill_first else start < best[0]):
                best = (start, v)
        if best is not None:
            start, v = best
            packed.append(Packed(trip.key, v, start))
            count[v] += 1
            free_at[v] = trip.timing.return_at(start) + vans[v].vehicle.reload_s
    return packed


def pack_cpsat(
    trips: list[TripToPack],
    vans: list[VanSlot],
    time_limit_s: float,
    seed: int,
    deterministic: bool,
    hint: list[Packed] | None = None,
    van_cost: int = 0,
) -> list[Packed]:
    """Serve the most weight (then the least fixed cost) the vans allow; CP-SAT from a hint.

    `van_cost` is added to every used van's fixed cost (the fleet objective: fewest vans).
    Without `hint` the greedy packing seeds the search; the better of hint and result is returned.
    """
    if not trips:
        return []
    greedy = pack_greedy(trips, vans, fill_first=van_cost > 0)
    if (
        hint is None
        or not is_valid_packing(trips, vans, hint)
        or _weight(trips, greedy) > _weight(trips, hint)
    ):
        hint = greedy
    costless = van_cost == 0 and all(v.vehicle.fixed_cost == 0 for v in vans)
    if len(hint) == len(trips) and costless:
        return hint
    from ortools.sat.python import cp_model  # seconds to import (pandas): only when needed

    model = cp_model.CpModel()
    horizon = max(v.vehicle.shift_end_s + v.vehicle.reload_s for v in vans)
    departure: dict[int, cp_model.IntVar] = {}
    assigned: dict[tuple[int, int], cp_model.IntVar] = {}
    per_van: dict[int, list[cp_model.IntervalVar]] = {v: [] for v in range(len(vans))}
    served_terms = []
    for trip in trips:
        timing = trip.timing
        start = model.new_int_var(timing.earliest_s, max(timing.earliest_s, timing.latest_s), "s")
        end = model.new_int_var(0, 2 * horizon, "r")
        model.add(end >= start + timing.offset_s + timing.tail_s)
        model.add(end >= timing.floor_s + timing.tail_s)
        span = model.new_int_var(0, 2 * horizon, "d")
        model.add(span == end - start)
        departure[trip.key] = start
        choices = []
        for v in trip.vans:
            early, late = _window(trip, v, vans[v])
            if early > late:
                continue
            x = model.new_bool_var(f"x{trip.key}_{v}")
            van = vans[v].vehicle
            model.add(start >= early).only_enforce_if(x)
            model.add(start <= late).only_enforce_if(x)
            model.add(end <= van.shift_end_s - trip.extra_s(v)).only_enforce_if(x)
            interval = model.new_optional_interval_var(
                start, span + van.reload_s, end + van.reload_s, x, "i"
            )
            per_van[v].append(interval)
            assigned[trip.key, v] = x
            choices.append(x)
        model.add(sum(choices) <= 1)
        served_terms.append(trip.weight * sum(choices))
    used_terms = []
    for v, intervals in per_van.items():
        model.add_no_overlap(intervals)
        xs = [x for (_, van), x in assigned.items() if van == v]
        limit = vans[v].vehicle.max_trips
        if limit is not None and xs:
            model.add(sum(xs) <= limit)
        fixed = vans[v].vehicle.fixed_cost + van_cost
        if fixed and xs:
            used = model.new_bool_var(f"u{v}")
            for x in xs:
                model.add_implication(x, used)
            used_terms.append(fixed * used)
    model.minimize(sum(used_terms) - sum(served_terms))
    for p in hint:
        if (p.key, p.van) in assigned:
            model.add_hint(assigned[p.key, p.van], 1)
            model.add_hint(departure[p.key], p.departure_s)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.max_time_in_seconds = max(0.05, time_limit_s)
    if deterministic:
        solver.parameters.max_deterministic_time = max(0.05, time_limit_s)
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return hint
    packed = [
        Packed(key, v, solver.value(departure[key]))
        for (key, v), x in assigned.items()
        if solver.boolean_value(x)
    ]
    if _weight(trips, packed) < _weight(trips, hint):
        return hint
    if _weight(trips, packed) == _weight(trips, hint) and _vans(packed) > _vans(hint) and van_cost:
        return hint
    return packed


def _vans(packed: list[Packed]) -> int:
    return len({p.van for p in packed})


def _weight(trips: list[TripToPack], packed: list[Packed]) -> int:
    keys = {p.key for p in packed}
    return sum(t.weight for t in trips if t.key in keys)


def is_valid_packing(trips: list[TripToPack], vans: list[VanSlot], packed: list[Packed]) -> bool:
    """True when every packed trip fits its van's window and no van's trips overlap."""
    by_key = {t.key: t for t in trips}
    per_van: dict[int, list[tuple[int, int]]] = {}
    for p in packed:
        trip = by_key.get(p.key)
        if trip is None or p.van not in trip.vans:
            return False
        early, late = _window(trip, p.van, vans[p.van])
        if not early <= p.departure_s <= late:
            return False
        busy_until = trip.timing.return_at(p.departure_s) + vans[p.van].vehicle.reload_s
        per_van.setdefault(p.van, []).append((p.departure_s, busy_until))
    for v, spans in per_van.items():
        spans.sort()
        limit = vans[v].vehicle.max_trips
        if limit is not None and len(spans) > limit:
            return False
        if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
            return False
    return len({p.key for p in packed}) == len(packed)
