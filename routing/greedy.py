"""A first plan in well under a second at 1,500 stops: vans build their trips greedily in time.

The van free first starts a trip: it leaves its kitchen (late enough not to wait at the first
door), keeps adding the stop it can start soonest (travel plus waiting) that still fits its load,
the stop's window, the ride limit and a return within the shift, then goes back to reload. Every
step is a vector operation over the stops, so the whole plan costs O(stops²) numpy work. The
result seeds the search engines and is the plan returned when the budget allows nothing more.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from routing.nodes import UNREACHABLE_S, IntArray, Nodes
from routing.packing import VanSlot

BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class GreedyTrip:
    """A trip of van `van` (index into the van slots) leaving at `departure_s`."""

    van: int
    sequence: tuple[int, ...]
    departure_s: int


@dataclass(frozen=True, slots=True)
class _Van:
    index: int
    depot: int
    end_depot: int
    first_departure_s: int
    last_departure_s: int
    latest_return_s: int
    capacity: IntArray
    allowed: BoolArray
    """Boolean mask over nodes: stops this van may serve (skills, load, ride class)."""


def _vans(nodes: Nodes, slots: list[VanSlot], allowed: list[BoolArray]) -> list[_Van]:
    problem = nodes.problem
    out = []
    for i, slot in enumerate(slots):
        van = slot.vehicle
        depot = nodes.depot_node(van.start_depot)
        kitchen = problem.depots[depot]
        out.append(
            _Van(
                index=i,
                depot=depot,
                end_depot=nodes.depot_node(van.end_depot),
                first_departure_s=max(van.shift_start_s, kitchen.open_s),
                last_departure_s=min(van.shift_end_s, kitchen.close_s),
                latest_return_s=van.shift_end_s,
                capacity=np.array(van.capacity, dtype=np.int64),
                allowed=allowed[i],
            )
        )
    return out


def _one_trip(nodes: Nodes, van: _Van, open_mask: BoolArray, free_s: int) -> GreedyTrip | None:
    """The trip `van` builds leaving no earlier than `free_s`; None when nothing fits."""
    travel, service = nodes.travel_s, nodes.service_s
    early, late, limit = nodes.window_early_s, nodes.window_late_s, nodes.ride_limit_s
    back = np.maximum(travel[:, van.depot], travel[:, van.end_depot])
    candidates = open_mask & van.allowed
    leave = max(free_s, van.first_departure_s)
    if leave > van.last_departure_s or not candidates.any():
        return None
    # First stop: leave late enough that the van does not wait at the door.
    arrival = leave + travel[van.depot]
    start = np.maximum(arrival, early)
    departure = np.clip(start - travel[van.depot], leave, van.last_departure_s)
    ride = start - departure
    fits = (
        candidates
        & (start <= late)
        & (ride <= limit)
        & (start + service + back <= van.latest_return_s)
        & (nodes.demand <= van.capacity).all(axis=1)
        & (travel[van.depot] < UNREACHABLE_S)
    )
    if not fits.any():
        return None
    first = int(np.argmin(np.where(fits, start, UNREACHABLE_S * 4)))
    leave_s = int(departure[first])
    sequence = [first]
    clock = int(start[first])
    load = nodes.demand[first].copy()
    cap_s = int(limit[first])
    candidates[first] = False
    while True:
        arrival = clock + service[sequence[-1]] + travel[sequence[-1]]
        start = np.maximum(arrival, early)
        fits = (
            candidates
            & (start <= late)
            & (start - leave_s <= np.minimum(limit, cap_s))
            & (start + service + back <= van.latest_return_s)
            & (load + nodes.demand <= van.capacity).all(axis=1)
            & (arrival < UNREACHABLE_S)
        )
        if not fits.any():
            break
        nxt = int(np.argmin(np.where(fits, start, UNREACHABLE_S * 4)))
        sequence.append(nxt)
        clock = int(start[nxt])
        load += nodes.demand[nxt]
        cap_s = min(cap_s, int(limit[nxt]))
        candidates[nxt] = False
    return GreedyTrip(van.index, tuple(sequence), leave_s)


def greedy_plan(
    nodes: Nodes,
    slots: list[VanSlot],
    allowed: list[BoolArray],
    reload_s: list[int],
    fill_first: bool = False,
) -> list[GreedyTrip]:
    """Trips for every van, the van free first building next, until no stop fits any van.

    `allowed[v]` masks the nodes van `v` may serve; `reload_s[v]` is its reload time. With
    `fill_first` (fewest vans), each van fills its whole shift before the next one starts.
    """
    vans = _vans(nodes, slots, allowed)
    open_mask = np.zeros(nodes.num_nodes, dtype=bool)
    open_mask[nodes.num_depots :] = True
    trips_left = [
        slot.vehicle.max_trips if slot.vehicle.max_trips is not None else nodes.num_nodes
        for slot in slots
    ]
    queue = [_key(van.first_departure_s, van.index, fill_first) for van in vans]
    heapq.heapify(queue)
    trips: list[GreedyTrip] = []
    while queue and open_mask.any():
        free_s, v = _unkey(heapq.heappop(queue), fill_first)
        if trips_left[v] <= 0:
            continue
        trip = _one_trip(nodes, vans[v], open_mask, free_s)
        if trip is None:
            continue
        trips.append(trip)
        open_mask[list(trip.sequence)] = False
        trips_left[v] -= 1
        free_s = _return_s(nodes, vans[v], trip) + reload_s[v]
        heapq.heappush(queue, _key(free_s, v, fill_first))
    return trips


def _key(free_s: int, van: int, fill_first: bool) -> tuple[int, int]:
    return (van, free_s) if fill_first else (free_s, van)


def _unkey(key: tuple[int, int], fill_first: bool) -> tuple[int, int]:
    return (key[1], key[0]) if fill_first else key


def _return_s(nodes: Nodes, van: _Van, trip: GreedyTrip) -> int:
    """When the van is back at its kitchen after `trip` (serving as early as it can)."""
    clock = trip.departure_s
    prev = van.depot
    for node in trip.sequence:
        clock = max(clock + int(nodes.travel_s[prev, node]), int(nodes.window_early_s[node]))
        clock += int(nodes.service_s[node])
        prev = node
    return clock + int(nodes.travel_s[prev, van.depot])
