"""Turn packed trips into the plain `Solution`: visits with times and loads, totals, objective."""

from __future__ import annotations

from dataclasses import dataclass

from routing.model import Route, Solution, SolveStats, Trip, Unserved, Vehicle, Visit
from routing.nodes import Nodes
from routing.timing import TripTiming, trip_timing, visit_times


@dataclass(frozen=True, slots=True)
class ScheduledTrip:
    """A trip placed on a van: its depot node, stop nodes and departure time."""

    depot: int
    sequence: tuple[int, ...]
    departure_s: int


def _build_trip(nodes: Nodes, trip: ScheduledTrip, return_depot: int) -> tuple[Trip, int, int]:
    """The `Trip` record, plus its driving seconds and metres."""
    times = visit_times(nodes, trip.depot, list(trip.sequence), trip.departure_s)
    load = [int(x) for x in nodes.demand[list(trip.sequence)].sum(axis=0)] if trip.sequence else []
    if not load:
        load = [0] * nodes.demand.shape[1]
    visits = []
    driving = 0
    distance = 0
    prev = trip.depot
    for node, t in zip(trip.sequence, times, strict=True):
        driving += int(nodes.travel_s[prev, node])
        distance += int(nodes.distance_m[prev, node])
        load = [q - int(d) for q, d in zip(load, nodes.demand[node], strict=True)]
        stop = nodes.stop_of(node)
        visits.append(
            Visit(
                stop.id, t.arrival_s, t.start_s, t.departure_s, t.waiting_s, tuple(load), t.ride_s
            )
        )
        prev = node
    back_s = int(nodes.travel_s[prev, return_depot])
    driving += back_s
    distance += int(nodes.distance_m[prev, return_depot])
    last = times[-1].departure_s if times else trip.departure_s
    depots = nodes.problem.depots
    initial = tuple(int(x) for x in nodes.demand[list(trip.sequence)].sum(axis=0))
    record = Trip(
        depot_id=depots[trip.depot].id,
        departure_s=trip.departure_s,
        load=initial,
        visits=tuple(visits),
        return_depot_id=depots[return_depot].id,
        return_s=last + back_s,
        driving_s=driving,
        distance_m=distance,
    )
    return record, driving, distance


def delay_to_cut_waiting(
    timings: list[TripTiming], departures: list[int], reload_s: int, shift_end_s: int
) -> list[int]:
    """Leave later when that only removes waiting and still meets the next departure."""
    result = list(departures)
    for i in reversed(range(len(timings))):
        timing = timings[i]
        no_wait = timing.floor_s - timing.offset_s
        limit = shift_end_s if i == len(timings) - 1 else result[i + 1] - reload_s
        latest_by_next = limit - timing.tail_s - timing.offset_s
        if timing.floor_s + timing.tail_s > limit:
            latest_by_next = result[i]
        target = min(timing.latest_s, latest_by_next, max(result[i], no_wait))
        result[i] = max(result[i], target)
    return result


def build_route(nodes: Nodes, vehicle: Vehicle, trips: list[ScheduledTrip]) -> Route:
    """One van's route from its trips (sorted by departure); the last returns to its end depot."""
    trips = sorted(trips, key=lambda t: t.departure_s)
    end_depot = nodes.depot_node(vehicle.end_depot)
    returns = [t.depot for t in trips[:-1]] + [end_depot]
    timings = []
    for trip, back in zip(trips, returns, strict=True):
        kitchen = nodes.problem.depots[trip.depot]
        latest = min(kitchen.close_s, vehicle.shift_end_s)
        sequence = list(trip.sequence)
        timings.append(trip_timing(nodes, trip.depot, sequence, trip.departure_s, latest, back))
    departures = delay_to_cut_waiting(
        timings, [t.departure_s for t in trips], vehicle.reload_s, vehicle.shift_end_s
    )
    records = []
    driving = distance = 0
    for trip, departure, back in zip(trips, departures, returns, strict=True):
        placed = ScheduledTrip(trip.depot, trip.sequence, departure)
        record, trip_driving, trip_distance = _build_trip(nodes, placed, back)
        records.append(record)
        driving += trip_driving
        distance += trip_distance
    working = records[-1].return_s - records[0].departure_s if records else 0
    return Route(vehicle.id, tuple(records), driving, distance, working)


def route_cost(vehicle: Vehicle, route: Route) -> int:
    """Fixed cost plus time and distance cost of a used van."""
    if not route.trips:
        return 0
    return (
        vehicle.fixed_cost
        + vehicle.cost_per_s * route.driving_s
        + vehicle.cost_per_m * route.distance_m
    )


def build_solution(
    nodes: Nodes,
    plan: dict[str, list[ScheduledTrip]],
    unserved: list[Unserved],
    stats: SolveStats,
) -> Solution:
    """The `Solution` for a plan of scheduled trips per van id."""
    routes = []
    objective = 0
    for vehicle in nodes.problem.vehicles:
        trips = plan.get(vehicle.id)
        if not trips:
            continue
        route = build_route(nodes, vehicle, trips)
        routes.append(route)
        objective += route_cost(vehicle, route)
    order = {s.id: i for i, s in enumerate(nodes.problem.stops)}
    return Solution(
        routes=tuple(routes),
        unserved=tuple(sorted(unserved, key=lambda u: order[u.stop_id])),
        objective=objective,
        driving_s=sum(r.driving_s for r in routes),
        distance_m=sum(r.distance_m for r in routes),
        working_s=sum(r.working_s for r in routes),
        stats=stats,
    )
