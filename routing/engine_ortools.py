"""Route the trip model with OR-Tools routing: the full model, optionally warm-started.

One vehicle per trip; a time dimension whose arcs back to the kitchen take 0 s, with each trip's
span capped at its ride cap (so the span limit is the ride-time limit); one capacity dimension
per load dimension; allowed vehicles for skills and ride classes; droppable stops with penalties.
"""

from __future__ import annotations

from dataclasses import dataclass

from ortools.constraint_solver import pywrapcp, routing_enums_pb2

from routing.trips import RoutedTrip, TripModel

FIRST_SOLUTION = routing_enums_pb2.FirstSolutionStrategy
METAHEURISTIC = routing_enums_pb2.LocalSearchMetaheuristic


@dataclass(frozen=True, slots=True)
class OrtoolsParams:
    """Search knobs: first-solution strategy and metaheuristic names as in OR-Tools' enums."""

    time_limit_s: float
    first_solution: str = "PARALLEL_CHEAPEST_INSERTION"
    metaheuristic: str = "GUIDED_LOCAL_SEARCH"
    solution_limit: int | None = None


@dataclass(frozen=True, eq=False)
class _Built:
    manager: pywrapcp.RoutingIndexManager
    routing: pywrapcp.RoutingModel
    vehicle_type: list[int]


def _build(model: TripModel) -> _Built:
    nodes = model.nodes
    vehicle_type = model.vehicle_types()
    starts = [model.types[t].depot for t in vehicle_type]
    manager = pywrapcp.RoutingIndexManager(nodes.num_nodes, len(vehicle_type), starts, starts)
    routing = pywrapcp.RoutingModel(manager)
    cost_callbacks = [routing.RegisterTransitMatrix(c.tolist()) for c in model.arc_cost]
    for v, t in enumerate(vehicle_type):
        routing.SetArcCostEvaluatorOfVehicle(cost_callbacks[model.types[t].cost_class], v)
        if model.types[t].fixed_cost:
            routing.SetFixedCostOfVehicle(model.types[t].fixed_cost, v)
    time_cb = routing.RegisterTransitMatrix(model.trip_time_matrix().tolist())
    horizon = model.horizon_s
    routing.AddDimension(time_cb, horizon, 2 * horizon, False, "time")
    time = routing.GetDimensionOrDie("time")
    for node in range(nodes.num_depots, nodes.num_nodes):
        early, late = int(nodes.window_early_s[node]), int(nodes.window_late_s[node])
        time.CumulVar(manager.NodeToIndex(node)).SetRange(early, late)
    for v, t in enumerate(vehicle_type):
        trip_type = model.types[t]
        time.CumulVar(routing.Start(v)).SetRange(
            trip_type.departure_early_s, trip_type.departure_late_s
        )
        time.SetSpanUpperBoundForVehicle(trip_type.ride_cap_s, v)
        if trip_type.latest_end_s is not None:
            time.CumulVar(routing.End(v)).SetMax(trip_type.latest_end_s)
    for dim in range(nodes.demand.shape[1]):
        demand_cb = routing.RegisterUnaryTransitVector([int(q) for q in nodes.demand[:, dim]])
        capacities = [int(model.types[t].capacity[dim]) for t in vehicle_type]
        routing.AddDimensionWithVehicleCapacity(demand_cb, 0, capacities, True, f"load{dim}")
    for node in range(nodes.num_depots, nodes.num_nodes):
        index = manager.NodeToIndex(node)
        allowed = [v for v, t in enumerate(vehicle_type) if model.types[t].allowed[node]]
        if len(allowed) < len(vehicle_type):
            # SetAllowedVehiclesForIndex's Python binding rejects lists in OR-Tools 9.15;
            # restricting the vehicle variable is equivalent (-1 keeps the stop droppable).
            routing.VehicleVar(index).SetValues([-1, *allowed])
        routing.AddDisjunction([index], int(model.penalty[node]))
    for v in range(len(vehicle_type)):
        routing.AddVariableMinimizedByFinalizer(time.CumulVar(routing.End(v)))
        routing.AddVariableMaximizedByFinalizer(time.CumulVar(routing.Start(v)))
    return _Built(manager, routing, vehicle_type)


def search_parameters(params: OrtoolsParams) -> pywrapcp.DefaultRoutingSearchParameters:
    search = pywrapcp.DefaultRoutingSearchParameters()
    search.first_solution_strategy = getattr(FIRST_SOLUTION, params.first_solution)
    search.local_search_metaheuristic = getattr(METAHEURISTIC, params.metaheuristic)
    search.time_limit.FromMilliseconds(max(1, int(params.time_limit_s * 1000)))
    if params.solution_limit is not None:
        search.solution_limit = params.solution_limit
    return search


def _initial_routes(built: _Built, trips: list[RoutedTrip]) -> list[list[int]]:
    """Assign warm-start trips to free vehicles of their type, as OR-Tools node lists."""
    free: dict[int, list[int]] = {}
    for v, t in enumerate(built.vehicle_type):
        free.setdefault(t, []).append(v)
    routes: list[list[int]] = [[] for _ in built.vehicle_type]
    for trip in trips:
        if trip.sequence and free.get(trip.type_index):
            routes[free[trip.type_index].pop(0)] = list(trip.sequence)
    return routes


def route_with_ortools(
    model: TripModel, params: OrtoolsParams, initial: list[RoutedTrip] | None = None
) -> list[RoutedTrip]:
    """Best trips OR-Tools finds within the budget, starting from `initial` when given."""
    if not model.types or model.nodes.num_nodes == model.nodes.num_depots:
        return []
    built = _build(model)
    routing, manager = built.routing, built.manager
    search = search_parameters(params)
    assignment = None
    if initial:
        routing.CloseModelWithParameters(search)
        start = routing.ReadAssignmentFromRoutes(_initial_routes(built, initial), True)
        if start is not None:
            assignment = routing.SolveFromAssignmentWithParameters(start, search)
    if assignment is None:
        assignment = routing.SolveWithParameters(search)
    if assignment is None:
        return list(initial or [])
    trips = []
    for v, t in enumerate(built.vehicle_type):
        index = assignment.Value(routing.NextVar(routing.Start(v)))
        sequence = []
        while not routing.IsEnd(index):
            sequence.append(manager.IndexToNode(index))
            index = assignment.Value(routing.NextVar(index))
        if sequence:
            trips.append(RoutedTrip(t, tuple(sequence)))
    return trips
