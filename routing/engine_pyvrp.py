"""Route the trip model with PyVRP's iterated local search (a fast, strong first engine).

The trip clock becomes PyVRP's duration matrix (service folded into outgoing arcs, 0 back to the
kitchen) and the ride cap its `shift_duration`; skills and ride classes become routing profiles
whose matrices make forbidden stops prohibitively expensive.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from pyvrp import (
    ActivityType,
    Client,
    Location,
    ProblemData,
    Route,
    Solution,
    VehicleType,
)
from pyvrp import Depot as PyvrpDepot
from pyvrp.stop import MaxIterations, MaxRuntime, MultipleCriteria, StoppingCriterion

from routing.nodes import IntArray
from routing.trips import RoutedTrip, TripModel

FORBIDDEN = 10**11
"""Arc cost and time into a stop a trip type may not serve: far above any prize."""


def _profiles(model: TripModel) -> tuple[list[IntArray], list[IntArray], list[int]]:
    """Distance and duration matrix per profile, and the profile of each trip type."""
    time = model.trip_time_matrix()
    keys: list[tuple[int, tuple[bool, ...]]] = []
    distances: list[IntArray] = []
    durations: list[IntArray] = []
    profile_of: list[int] = []
    num_depots = model.nodes.num_depots
    for trip_type in model.types:
        key = (trip_type.cost_class, trip_type.allowed)
        if key not in keys:
            keys.append(key)
            forbidden = ~np.array(trip_type.allowed)
            forbidden[:num_depots] = False
            cost = model.arc_cost[trip_type.cost_class].copy()
            duration = time.copy()
            cost[:, forbidden] = FORBIDDEN
            duration[:, forbidden] = FORBIDDEN
            np.fill_diagonal(cost, 0)  # PyVRP requires zero diagonals
            np.fill_diagonal(duration, 0)
            distances.append(cost)
            durations.append(duration)
        profile_of.append(keys.index(key))
    return distances, durations, profile_of


def to_problem_data(model: TripModel) -> ProblemData:
    """PyVRP's view of the trip model: one vehicle type per trip type."""
    nodes = model.nodes
    num_depots = nodes.num_depots
    locations = [Location(0.0, 0.0) for _ in range(nodes.num_nodes)]
    depots = [PyvrpDepot(location=i) for i in range(num_depots)]
    clients = [
        Client(
            location=node,
            delivery=[int(q) for q in nodes.demand[node]],
            tw_early=int(nodes.window_early_s[node]),
            tw_late=int(nodes.window_late_s[node]),
            prize=int(model.penalty[node]),
            required=False,
        )
        for node in range(num_depots, nodes.num_nodes)
    ]
    distances, durations, profile_of = _profiles(model)
    vehicle_types = [
        VehicleType(
            num_available=t.count,
            capacity=list(t.capacity),
            start_depot=t.depot,
            end_depot=t.depot,
            tw_early=t.departure_early_s,
            start_late=t.departure_late_s,
            tw_late=model.horizon_s + t.ride_cap_s if t.latest_end_s is None else t.latest_end_s,
            shift_duration=t.ride_cap_s,
            profile=profile_of[i],
            fixed_cost=t.fixed_cost,
        )
        for i, t in enumerate(model.types)
    ]
    matrices: tuple[Any, Any] = (distances, durations)
    return ProblemData(locations, clients, depots, vehicle_types, *matrices)


def _initial(data: ProblemData, model: TripModel, trips: list[RoutedTrip]) -> Solution | None:
    """PyVRP solution from earlier trips (None if they exceed the trip types' counts)."""
    num_depots = model.nodes.num_depots
    used = [0] * len(model.types)
    routes = []
    for trip in trips:
        used[trip.type_index] += 1
        if used[trip.type_index] > model.types[trip.type_index].count:
            return None
        visits = [n - num_depots for n in trip.sequence]
        routes.append(Route(data, visits, trip.type_index))
    return Solution(data, routes)


def run_search(
    data: ProblemData,
    time_limit_s: float,
    seed: int,
    max_iterations: int | None,
    initial: Solution | None,
    first_feasible: bool = False,
) -> Solution:
    """PyVRP's iterated local search (as `pyvrp.solve`), its budget counted from this call;
    with `first_feasible` it also stops at its first feasible solution (as PyVRP's own
    `minimise_fleet` does).

    `pyvrp.solve` starts its clock only after computing the neighbourhood and a first local
    search, which take seconds at thousands of stops; here they count against the budget, and
    with a warm start the exhaustive first search is skipped.
    """
    from pyvrp import IteratedLocalSearch, PenaltyManager, RandomNumberGenerator
    from pyvrp import SolveParams as PyvrpParams
    from pyvrp.search import LocalSearch, PerturbationManager, compute_neighbours
    from pyvrp.stop import FirstFeasible

    started = time.perf_counter()
    params = PyvrpParams()
    rng = RandomNumberGenerator(seed=seed)
    neighbours = compute_neighbours(data, params.neighbourhood)
    search = LocalSearch(data, rng, neighbours, PerturbationManager(params.perturbation))
    for operator in params.operators:
        if operator.supports(data):
            search.add_operator(operator(data))
    penalties = PenaltyManager(params.penalty.midpoint_penalties(data), params.penalty)
    if initial is None:
        random = Solution.make_random(data, rng)
        initial = search(random, penalties.max_cost_evaluator(), exhaustive=True)
    left_s = max(0.01, time_limit_s - (time.perf_counter() - started))
    stop: StoppingCriterion = MaxRuntime(left_s)
    if max_iterations is not None:
        stop = MultipleCriteria([stop, MaxIterations(max_iterations)])
    if first_feasible:
        stop = MultipleCriteria([stop, FirstFeasible()])
    algorithm = IteratedLocalSearch(data, penalties, search, initial, params.ils)
    return algorithm.run(stop, collect_stats=False, display=False).best


def route_with_pyvrp(
    model: TripModel,
    time_limit_s: float,
    seed: int,
    max_iterations: int | None = None,
    initial: list[RoutedTrip] | None = None,
) -> list[RoutedTrip]:
    """Best feasible trips PyVRP finds within the budget, from `initial` when given.

    Returns `initial` (or no trips) when PyVRP finds nothing feasible.
    """
    if not model.types or model.nodes.num_nodes == model.nodes.num_depots:
        return []
    started = time.perf_counter()
    data = to_problem_data(model)
    start = _initial(data, model, initial) if initial else None
    left_s = time_limit_s - (time.perf_counter() - started)
    best = run_search(data, left_s, seed, max_iterations, start)
    if not best.is_feasible():
        return list(initial or [])
    num_depots = model.nodes.num_depots
    trips = []
    for route in best.routes():
        sequence = tuple(num_depots + a.idx for a in route if a.type == ActivityType.CLIENT)
        trips.append(RoutedTrip(route.vehicle_type(), sequence))
    return trips
