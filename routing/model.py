"""Plain problem and solution types of the routing engine.

Units: every time is whole seconds since midnight of the planning day (`*_s`), every distance whole
metres (`*_m`), demand and capacity are meal containers per dimension (e.g. hot boxes, cold bags).

Matrix indexing: `Problem.duration_s[i, j]` and `Problem.distance_m[i, j]` are the travel time and
distance from location `i` to location `j`. Every `Depot` and every `Stop` names its row/column in
the matrices through its own `location` index; several depots or stops may share a location.
`np.inf` marks an unreachable pair. `Problem.from_matrices` builds the common layout "depots first,
then stops, in list order".

Ride time: the time from the van leaving the kitchen with a meal (`Trip.departure_s`) to the start
of service at the door (`Visit.start_s`); it must not exceed `Problem.max_ride_s[stop.meal_type]`
(meal types absent from that mapping have no limit). Each trip is one load: the van leaves a
kitchen, serves its visits, and returns to a kitchen, where it may reload (`Vehicle.reload_s`)
and leave on its next trip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

import numpy as np
import numpy.typing as npt

from routing.errors import ProblemError

DEFAULT_MAX_RIDE_S: Mapping[str, int] = MappingProxyType({"hot": 3600})
"""Food-safety default of the bare engine (a problem built or read without its own limits):
60 minutes from kitchen to door for hot meals. Only for standalone engine use (`sofra solve`,
benchmarks, tests): Sofra's planning always passes `max_ride_s` from its settings
(`scheduler.problem.shift_problem`, from `SchedulerSettings.max_ride_min`, whose default is
`domain.services.HOT_MEALS.max_ride_min`)."""

Load = tuple[int, ...]
"""Meal containers per capacity dimension."""


@dataclass(frozen=True, slots=True)
class Depot:
    """A kitchen vans leave from and return to; loads happen within `open_s`..`close_s`."""

    id: str
    location: int
    open_s: int = 0
    close_s: int = 86_400
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Vehicle:
    """A van with its driver: where it starts and ends, its shift, its capacity and its cost.

    `reload_s` is the time at a kitchen between returning from one trip and leaving on the next.
    Cost of a used van: `fixed_cost + cost_per_s * driving_s + cost_per_m * distance_m`.
    """

    id: str
    start_depot: str
    end_depot: str
    shift_start_s: int
    shift_end_s: int
    capacity: Load
    fixed_cost: int = 0
    cost_per_s: int = 1
    cost_per_m: int = 0
    skills: frozenset[str] = frozenset()
    reload_s: int = 0
    max_trips: int | None = None


@dataclass(frozen=True, slots=True)
class Stop:
    """A household to serve: where, how many containers, when, how long, and how important.

    `window` is the allowed service start `(start_s, end_s)`, or None for any time. `priority`:
    higher is more important when not every stop can be served (0 is the default).
    """

    id: str
    location: int
    demand: Load
    window: tuple[int, int] | None = None
    service_s: int = 0
    priority: int = 0
    required_skills: frozenset[str] = frozenset()
    meal_type: str = "hot"
    lat: float | None = None
    lon: float | None = None


def _as_matrix(name: str, values: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Square float matrix, finite entries rounded to whole units, `inf` kept for unreachable."""
    matrix = np.array(values, dtype=np.float64)
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise ProblemError(f"{name} must be a square matrix, got shape {matrix.shape}")
    if np.isnan(matrix).any():
        raise ProblemError(f"{name} contains NaN; use np.inf to mark an unreachable pair")
    if (matrix < 0).any():
        raise ProblemError(f"{name} contains negative entries; travel costs must be >= 0")
    finite = np.isfinite(matrix)
    matrix[finite] = np.rint(matrix[finite])
    matrix.setflags(write=False)
    return matrix


@dataclass(frozen=True, eq=False)
class Problem:
    """One planning problem: kitchens, vans, households, matrices and ride-time limits.

    Matrices are square over locations (see the module docstring); finite entries are rounded to
    whole seconds / metres on construction and `np.inf` marks unreachable pairs.
    """

    depots: tuple[Depot, ...]
    vehicles: tuple[Vehicle, ...]
    stops: tuple[Stop, ...]
    duration_s: npt.NDArray[np.float64]
    distance_m: npt.NDArray[np.float64]
    max_ride_s: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_MAX_RIDE_S))

    def __post_init__(self) -> None:
        object.__setattr__(self, "depots", tuple(self.depots))
        object.__setattr__(self, "vehicles", tuple(self.vehicles))
        object.__setattr__(self, "stops", tuple(self.stops))
        object.__setattr__(self, "duration_s", _as_matrix("duration_s", self.duration_s))
        object.__setattr__(self, "distance_m", _as_matrix("distance_m", self.distance_m))
        object.__setattr__(self, "max_ride_s", MappingProxyType(dict(self.max_ride_s)))
        _validate(self)

    def __reduce__(self) -> tuple[type[Problem], tuple[object, ...]]:
        """Pickle support (the read-only ride-limit mapping cannot be pickled as is)."""
        fields = (self.depots, self.vehicles, self.stops, self.duration_s, self.distance_m)
        return (Problem, (*fields, dict(self.max_ride_s)))

    @classmethod
    def from_matrices(
        cls,
        depots: Sequence[Depot],
        vehicles: Sequence[Vehicle],
        stops: Sequence[Stop],
        duration_s: npt.ArrayLike,
        distance_m: npt.ArrayLike | None = None,
        max_ride_s: Mapping[str, int] = DEFAULT_MAX_RIDE_S,
    ) -> Problem:
        """Build a problem whose matrices list the depots first, then the stops, in order.

        The `location` of each depot and stop is overwritten with its position in that layout.
        Without `distance_m`, distance is taken equal to duration (useful for benchmarks).
        """
        from dataclasses import replace

        placed_depots = tuple(replace(d, location=i) for i, d in enumerate(depots))
        offset = len(placed_depots)
        placed_stops = tuple(replace(s, location=offset + i) for i, s in enumerate(stops))
        return cls(
            depots=placed_depots,
            vehicles=tuple(vehicles),
            stops=placed_stops,
            duration_s=np.asarray(duration_s, dtype=np.float64),
            distance_m=np.asarray(duration_s if distance_m is None else distance_m, np.float64),
            max_ride_s=dict(max_ride_s),
        )

    @property
    def num_dimensions(self) -> int:
        """Number of capacity dimensions (hot boxes, cold bags, ...)."""
        if self.vehicles:
            return len(self.vehicles[0].capacity)
        return len(self.stops[0].demand) if self.stops else 1

    def depot(self, depot_id: str) -> Depot:
        """The depot with this id."""
        for depot in self.depots:
            if depot.id == depot_id:
                return depot
        raise ProblemError(f"unknown depot {depot_id!r}; known: {[d.id for d in self.depots]}")

    def ride_limit_s(self, stop: Stop) -> int | None:
        """The ride-time limit of this stop's meal type, or None when unlimited."""
        return self.max_ride_s.get(stop.meal_type)


def _validate(problem: Problem) -> None:
    """Raise `ProblemError` naming the first inconsistency found."""
    n = problem.duration_s.shape[0]
    if problem.distance_m.shape != problem.duration_s.shape:
        raise ProblemError(
            f"distance_m has shape {problem.distance_m.shape}, "
            f"duration_s has {problem.duration_s.shape}; they must match"
        )
    for kind, items in (("depot", problem.depots), ("vehicle", problem.vehicles)):
        ids = [item.id for item in items]
        if len(set(ids)) != len(ids):
            raise ProblemError(f"{kind} ids must be unique; duplicates in {ids}")
    stop_ids = [s.id for s in problem.stops]
    if len(set(stop_ids)) != len(stop_ids):
        raise ProblemError("stop ids must be unique")
    if not problem.depots:
        raise ProblemError("a problem needs at least one depot (kitchen)")
    for depot in problem.depots:
        if not 0 <= depot.location < n:
            raise ProblemError(f"depot {depot.id}: location {depot.location} outside matrix of {n}")
    depot_ids = {d.id for d in problem.depots}
    dims = problem.num_dimensions
    for vehicle in problem.vehicles:
        if vehicle.start_depot not in depot_ids or vehicle.end_depot not in depot_ids:
            known = sorted(depot_ids)
            raise ProblemError(f"vehicle {vehicle.id}: start/end depot not among {known}")
        if len(vehicle.capacity) != dims:
            raise ProblemError(f"vehicle {vehicle.id}: capacity needs {dims} dimensions")
        if vehicle.shift_end_s < vehicle.shift_start_s:
            raise ProblemError(f"vehicle {vehicle.id}: shift ends before it starts")
    for stop in problem.stops:
        if not 0 <= stop.location < n:
            raise ProblemError(f"stop {stop.id}: location {stop.location} outside matrix of {n}")
        if len(stop.demand) != dims:
            raise ProblemError(f"stop {stop.id}: demand needs {dims} dimensions")
        if any(q < 0 for q in stop.demand):
            raise ProblemError(f"stop {stop.id}: negative demand {stop.demand}")
        if stop.window is not None and stop.window[1] < stop.window[0]:
            raise ProblemError(f"stop {stop.id}: window {stop.window} ends before it starts")
        if stop.service_s < 0:
            raise ProblemError(f"stop {stop.id}: negative service time")


# --- solution -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Visit:
    """One stop served on a trip.

    `arrival_s` = previous departure + travel; `start_s` >= arrival (service start, within the
    window); `waiting_s` = start - arrival; `departure_s` = start + service; `ride_s` = start -
    the trip's departure from the kitchen; `load_after` = containers still on board.
    """

    stop_id: str
    arrival_s: int
    start_s: int
    departure_s: int
    waiting_s: int
    load_after: Load
    ride_s: int


@dataclass(frozen=True, slots=True)
class Trip:
    """One load: leave `depot_id` at `departure_s` with `load`, serve, reach `return_depot_id`."""

    depot_id: str
    departure_s: int
    load: Load
    visits: tuple[Visit, ...]
    return_depot_id: str
    return_s: int
    driving_s: int
    distance_m: int


@dataclass(frozen=True, slots=True)
class Route:
    """All trips of one van, in time order; `working_s` = last return - first departure."""

    vehicle_id: str
    trips: tuple[Trip, ...]
    driving_s: int
    distance_m: int
    working_s: int


class UnservedReason(StrEnum):
    """Why a stop is not in the plan."""

    UNREACHABLE = "unreachable"
    WINDOW_INFEASIBLE = "window_infeasible"
    RIDE_LIMIT_INFEASIBLE = "ride_limit_infeasible"
    SKILL_MISSING = "skill_missing"
    DEMAND_EXCEEDS_CAPACITY = "demand_exceeds_capacity"
    CAPACITY_EXHAUSTED = "capacity_exhausted"
    SHIFT_TIME_EXHAUSTED = "shift_time_exhausted"


@dataclass(frozen=True, slots=True)
class Unserved:
    """A stop left out of the plan, with the reason and a human-readable detail (the shortfall)."""

    stop_id: str
    reason: UnservedReason
    detail: str = ""


@dataclass(frozen=True, slots=True)
class SolveStats:
    """How the solution was found; excluded from equality (runtime varies run to run)."""

    engine: str = ""
    runtime_s: float = 0.0
    trips_routed: int = 0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Solution:
    """Routes per used van, unserved stops with reasons, totals and the objective value."""

    routes: tuple[Route, ...]
    unserved: tuple[Unserved, ...]
    objective: int
    driving_s: int
    distance_m: int
    working_s: int
    stats: SolveStats = field(default_factory=SolveStats, compare=False)

    @property
    def served_stop_ids(self) -> list[str]:
        """Ids of all served stops, in route/trip/visit order."""
        return [v.stop_id for r in self.routes for t in r.trips for v in t.visits]

    @property
    def vans_used(self) -> int:
        """Vans that run at least one trip."""
        return sum(1 for r in self.routes if r.trips)

    @property
    def max_ride_s(self) -> int:
        """The longest ride time of any meal in the plan (0 when nothing is served)."""
        rides = [v.ride_s for r in self.routes for t in r.trips for v in t.visits]
        return max(rides, default=0)


@dataclass(frozen=True, slots=True)
class SolveParams:
    """Solver settings in one typed object.

    `time_limit_s` is the whole budget; `seed` makes runs repeatable. `engine`: "auto" (PyVRP
    warm start, improved by OR-Tools), "ortools" (OR-Tools only) or "pyvrp" (PyVRP only).
    `objective`: "driving" (default) or "vans" — fewest vans first, then driving (see
    `OBJECTIVES`). `deterministic`: when True the budget is also bounded by work, not only by
    time, so the same input and seed give the same plan (see routing/solve.py).
    `drop_penalty`: cost of leaving a priority-0 stop out (None: twice the costliest round
    trip); priority p multiplies it by (1 + p).

    Budget shares: the first `first_share` routes the trip pool. If every trip fits the vans,
    PyVRP continues up to `warm_start_share` and OR-Tools improves its trips with the rest;
    otherwise `wave_share` of what is left goes to PyVRP's multi-trip model (70%) and to fixed
    departure waves (30%), and the rest to at most `repair_rounds` OR-Tools repair rounds. In
    deterministic mode the stages stop after `pyvrp_iterations` PyVRP iterations (half per PyVRP
    stage) and `ortools_solutions` OR-Tools solutions instead, the time limit only being a
    safety net.
    """

    time_limit_s: float = 10.0
    seed: int = 0
    engine: str = "auto"
    deterministic: bool = False
    drop_penalty: int | None = None
    first_share: float = 0.5
    warm_start_share: float = 0.8
    repair_rounds: int = 3
    wave_share: float = 0.5
    pyvrp_iterations: int = 1000
    ortools_solutions: int = 200
    objective: str = "driving"

    def __post_init__(self) -> None:
        if self.objective not in OBJECTIVES:
            raise ValueError(f"objective {self.objective!r}: expected one of {list(OBJECTIVES)}")


OBJECTIVES = {
    "driving": "least driving cost (the vans' cost_per_s/cost_per_m, plus fixed costs)",
    "vans": "fewest vans first, then least driving",
}
"""What `SolveParams.objective` may ask for; every stop served (or explained) comes first."""
