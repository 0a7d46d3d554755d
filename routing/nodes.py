"""Solver-side node arrays: depots first, then the stops being routed, as integer numpy arrays.

Every engine works on these nodes instead of the problem's locations, so two stops at one address
stay two nodes. Unreachable pairs become `UNREACHABLE_S`, larger than any planning horizon.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from routing.model import Problem, Stop

UNREACHABLE_S = 10**9
"""Stand-in for an infinite travel time or distance: far beyond any day (86,400 s)."""

IntArray = npt.NDArray[np.int64]


def _finite_int(matrix: npt.NDArray[np.float64]) -> IntArray:
    """Integer copy of a matrix with `inf` replaced by `UNREACHABLE_S`."""
    out = np.where(np.isfinite(matrix), matrix, UNREACHABLE_S)
    return np.minimum(out, UNREACHABLE_S).astype(np.int64)


@dataclass(frozen=True, eq=False)
class Nodes:
    """Depots (nodes 0..D-1) and routed stops (nodes D..D+S-1) with their data as arrays."""

    problem: Problem
    stops: tuple[Stop, ...]
    travel_s: IntArray
    distance_m: IntArray
    service_s: IntArray
    window_early_s: IntArray
    window_late_s: IntArray
    demand: IntArray
    ride_limit_s: IntArray

    @property
    def num_depots(self) -> int:
        """Number of depot nodes (they come first)."""
        return len(self.problem.depots)

    @property
    def num_nodes(self) -> int:
        """Depots plus routed stops."""
        return self.num_depots + len(self.stops)

    def stop_of(self, node: int) -> Stop:
        """The stop at a (non-depot) node."""
        return self.stops[node - self.num_depots]

    def depot_node(self, depot_id: str) -> int:
        """Node index of the depot with this id."""
        for i, depot in enumerate(self.problem.depots):
            if depot.id == depot_id:
                return i
        raise KeyError(depot_id)


def build_nodes(
    problem: Problem, stops: tuple[Stop, ...], horizon_s: int, latest_return_s: int | None = None
) -> Nodes:
    """Node arrays for `stops` (a subset of the problem's stops); windows default to the horizon.

    With `latest_return_s`, a stop's window also closes early enough to serve it and drive back
    to the nearest kitchen by then.
    """
    locations = [d.location for d in problem.depots] + [s.location for s in stops]
    index = np.array(locations, dtype=np.int64)
    travel = _finite_int(problem.duration_s[np.ix_(index, index)])
    distance = _finite_int(problem.distance_m[np.ix_(index, index)])
    num_depots = len(problem.depots)
    zeros = [0] * num_depots
    service = np.array(zeros + [s.service_s for s in stops], dtype=np.int64)
    early = np.array(zeros + [s.window[0] if s.window else 0 for s in stops], dtype=np.int64)
    late_stops = [s.window[1] if s.window else horizon_s for s in stops]
    late = np.array([horizon_s] * num_depots + late_stops, dtype=np.int64)
    if latest_return_s is not None and stops:
        back = travel[num_depots:, :num_depots].min(axis=1)
        late[num_depots:] = np.minimum(
            late[num_depots:], latest_return_s - service[num_depots:] - back
        )
    dims = problem.num_dimensions
    demand = np.zeros((len(locations), dims), dtype=np.int64)
    for i, stop in enumerate(stops):
        demand[num_depots + i] = stop.demand
    limits = [problem.ride_limit_s(s) for s in stops]
    ride = np.array(
        [horizon_s] * num_depots + [horizon_s if lim is None else lim for lim in limits],
        dtype=np.int64,
    )
    return Nodes(problem, stops, travel, distance, service, early, late, demand, ride)
