"""Improve a packed plan in OR-Tools with each van's trips at fixed departure times.

Every trip of a packed plan becomes a vehicle slot leaving at its planned time, plus spare slots
in each van's idle gaps. Two time dimensions: `ride` (0 s back to the kitchen, span capped at the
ride limit: the food-safety clock) and `clock` (real return, before the van's next slot leaves).
With the departure fixed both dimensions see the same schedule, so the model is exact without any
side constraint and OR-Tools' local search can move stops between trips and insert dropped ones.
Spare slots may leave anywhere in their gap; their timing is re-checked and re-packed afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from ortools.constraint_solver import pywrapcp

from routing.engine_ortools import OrtoolsParams, search_parameters
from routing.nodes import UNREACHABLE_S, Nodes
from routing.trips import TripModel


@dataclass(frozen=True, slots=True)
class Slot:
    """A trip slot of van `van` (index in the problem's vehicles) and trip type `type_index`.

    It leaves between `departure_early_s` and `departure_late_s` and must be back (real return)
    by `return_by_s`.
    """

    van: int
    type_index: int
    departure_early_s: int
    departure_late_s: int
    return_by_s: int


@dataclass(frozen=True, slots=True)
class SlotTrip:
    """A trip in a slot: its stop nodes and, for fixed slots, its departure."""

    slot: Slot
    sequence: tuple[int, ...]


def _clock_matrix(nodes: Nodes) -> list[list[int]]:
    matrix = nodes.service_s[:, None] + nodes.travel_s
    np.fill_diagonal(matrix, 0)
    return np.minimum(matrix, UNREACHABLE_S).tolist()


def _add_time(
    routing: pywrapcp.RoutingModel,
    manager: pywrapcp.RoutingIndexManager,
    model: TripModel,
    slots: list[Slot],
) -> None:
    nodes = model.nodes
    horizon = model.horizon_s
    ride_cb = routing.RegisterTransitMatrix(model.trip_time_matrix().tolist())
    clock_cb = routing.RegisterTransitMatrix(_clock_matrix(nodes))
    routing.AddDimension(ride_cb, horizon, 2 * horizon, False, "ride")
    routing.AddDimension(clock_cb, horizon, 2 * horizon, False, "clock")
    ride = routing.GetDimensionOrDie("ride")
    clock = routing.GetDimensionOrDie("clock")
    for node in range(nodes.num_depots, nodes.num_nodes):
        index = manager.NodeToIndex(node)
        early, late = int(nodes.window_early_s[node]), int(nodes.window_late_s[node])
        ride.CumulVar(index).SetRange(early, late)
        clock.CumulVar(index).SetMin(early)
    for v, slot in enumerate(slots):
        start, end = routing.Start(v), routing.End(v)
        ride.CumulVar(start).SetRange(slot.departure_early_s, slot.departure_late_s)
        clock.CumulVar(start).SetRange(slot.departure_early_s, slot.departure_late_s)
        ride.SetSpanUpperBoundForVehicle(model.types[slot.type_index].ride_cap_s, v)
        clock.CumulVar(end).SetMax(slot.return_by_s)


def route_fixed(
    model: TripModel, slots: list[Slot], params: OrtoolsParams, initial: list[SlotTrip]
) -> list[SlotTrip] | None:
    """Trips per slot after improving `initial`; None when OR-Tools returns nothing."""
    nodes = model.nodes
    problem = nodes.problem
    starts = [model.types[s.type_index].depot for s in slots]
    manager = pywrapcp.RoutingIndexManager(nodes.num_nodes, len(slots), starts, starts)
    routing = pywrapcp.RoutingModel(manager)
    cost_cb = [routing.RegisterTransitMatrix(c.tolist()) for c in model.arc_cost]
    for v, slot in enumerate(slots):
        routing.SetArcCostEvaluatorOfVehicle(cost_cb[model.types[slot.type_index].cost_class], v)
    _add_time(routing, manager, model, slots)
    for dim in range(nodes.demand.shape[1]):
        demand_cb = routing.RegisterUnaryTransitVector([int(q) for q in nodes.demand[:, dim]])
        caps = [int(model.types[s.type_index].capacity[dim]) for s in slots]
        routing.AddDimensionWithVehicleCapacity(demand_cb, 0, caps, True, f"load{dim}")
    for node in range(nodes.num_depots, nodes.num_nodes):
        index = manager.NodeToIndex(node)
        skills = nodes.stop_of(node).required_skills
        allowed = [
            v
            for v, s in enumerate(slots)
            if model.types[s.type_index].allowed[node] and skills <= problem.vehicles[s.van].skills
        ]
        if len(allowed) < len(slots):
            # OR-Tools 9.15's binding of SetAllowedVehiclesForIndex rejects Python lists;
            # restricting the vehicle variable is the same (-1 keeps the stop droppable).
            routing.VehicleVar(index).SetValues([-1, *allowed])
        routing.AddDisjunction([index], int(model.penalty[node]))
    search = search_parameters(params)
    routing.CloseModelWithParameters(search)
    position = {s: v for v, s in enumerate(slots)}
    routes: list[list[int]] = [[] for _ in slots]
    for trip in initial:
        routes[position[trip.slot]] = list(trip.sequence)
    start = routing.ReadAssignmentFromRoutes(routes, True)
    if start is None:
        return None
    assignment = routing.SolveFromAssignmentWithParameters(start, search)
    if assignment is None:
        return None
    result = []
    for v, slot in enumerate(slots):
        index = assignment.Value(routing.NextVar(routing.Start(v)))
        sequence = []
        while not routing.IsEnd(index):
            sequence.append(manager.IndexToNode(index))
            index = assignment.Value(routing.NextVar(index))
        if sequence:
            result.append(SlotTrip(slot, tuple(sequence)))
    return result
