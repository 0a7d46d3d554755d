"""Edit planned trips outside the solver: re-time a trip for a new stop order, rebuild totals.

Used where the scheduler changes a verified plan by hand (re-planning around loaded vans,
keeping households with yesterday's driver); every edited plan goes through the verifier again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from routing.assemble import route_cost
from routing.model import Problem, Route, Solution, SolveStats, Trip, Unserved, Visit


def retime_trip(problem: Problem, trip: Trip, stop_ids: Sequence[str]) -> Trip:
    """`trip` leaving at the same time but serving `stop_ids` in that order, as early as allowed."""
    stops = {s.id: s for s in problem.stops}
    load = [sum(stops[i].demand[d] for i in stop_ids) for d in range(problem.num_dimensions)]
    initial = tuple(load)
    clock, here = trip.departure_s, problem.depot(trip.depot_id).location
    driving = distance = 0
    visits = []
    for stop_id in stop_ids:
        stop = stops[stop_id]
        travel = int(problem.duration_s[here, stop.location])
        driving += travel
        distance += int(problem.distance_m[here, stop.location])
        arrival = clock + travel
        start = max(arrival, stop.window[0]) if stop.window else arrival
        load = [q - d for q, d in zip(load, stop.demand, strict=True)]
        clock = start + stop.service_s
        ride = start - trip.departure_s
        visits.append(Visit(stop_id, arrival, start, clock, start - arrival, tuple(load), ride))
        here = stop.location
    back = problem.depot(trip.return_depot_id).location
    driving += int(problem.duration_s[here, back])
    distance += int(problem.distance_m[here, back])
    return replace(
        trip,
        load=initial,
        visits=tuple(visits),
        return_s=clock + int(problem.duration_s[here, back]),
        driving_s=driving,
        distance_m=distance,
    )


def stop_ids(trip: Trip) -> list[str]:
    """Ids of the stops a trip serves, in order."""
    return [v.stop_id for v in trip.visits]


def assemble(
    problem: Problem,
    trips: Mapping[str, Sequence[Trip]],
    unserved: Sequence[Unserved],
    stats: SolveStats | None = None,
) -> Solution:
    """A solution from each vehicle's trips (empty trips dropped), with totals and objective."""
    vehicles = {v.id: v for v in problem.vehicles}
    routes = []
    for vehicle_id in sorted(trips):
        kept = sorted((t for t in trips[vehicle_id] if t.visits), key=lambda t: t.departure_s)
        if kept:
            routes.append(
                Route(
                    vehicle_id=vehicle_id,
                    trips=tuple(kept),
                    driving_s=sum(t.driving_s for t in kept),
                    distance_m=sum(t.distance_m for t in kept),
                    working_s=kept[-1].return_s - kept[0].departure_s,
                )
            )
    return Solution(
        routes=tuple(routes),
        unserved=tuple(unserved),
        objective=sum(route_cost(vehicles[r.vehicle_id], r) for r in routes),
        driving_s=sum(r.driving_s for r in routes),
        distance_m=sum(r.distance_m for r in routes),
        working_s=sum(r.working_s for r in routes),
        stats=stats or SolveStats(),
    )
