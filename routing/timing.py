"""Timing of one trip as a function of its departure time from the kitchen.

With waiting allowed, the service start at the k-th stop of a trip leaving at `t` is
`max(t + offset_k, floor_k)`: a closed form that gives the whole interval of feasible departures
(windows and ride limits) and the return time for any departure, in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from routing.nodes import Nodes


@dataclass(frozen=True, slots=True)
class TripTiming:
    """Feasible departures `[earliest_s, latest_s]` of a trip and its return-time function."""

    earliest_s: int
    latest_s: int
    offset_s: int
    floor_s: int
    tail_s: int

    def last_start_at(self, departure_s: int) -> int:
        """Service start at the last stop for a departure at `departure_s`."""
        return max(departure_s + self.offset_s, self.floor_s)

    def return_at(self, departure_s: int) -> int:
        """Arrival back at the kitchen for a departure at `departure_s`."""
        return self.last_start_at(departure_s) + self.tail_s

    @property
    def feasible(self) -> bool:
        """True when some departure satisfies every window and ride limit."""
        return self.earliest_s <= self.latest_s


def trip_timing(
    nodes: Nodes,
    depot: int,
    sequence: list[int],
    departure_early_s: int,
    departure_late_s: int,
    return_depot: int | None = None,
) -> TripTiming:
    """Feasible departure interval and return function of `depot → sequence → return_depot`."""
    travel = nodes.travel_s
    earliest = departure_early_s
    latest = departure_late_s
    offset = 0
    floor = -(10**12)
    prev = depot
    prev_service = 0
    for node in sequence:
        step = prev_service + int(travel[prev, node])
        offset += step
        floor = max(floor + step, int(nodes.window_early_s[node]))
        latest = min(latest, int(nodes.window_late_s[node]) - offset)
        ride_limit = int(nodes.ride_limit_s[node])
        if floor > nodes.window_late_s[node] or offset > ride_limit:
            latest = earliest - 1
        earliest = max(earliest, floor - ride_limit)
        prev, prev_service = node, int(nodes.service_s[node])
    back = depot if return_depot is None else return_depot
    tail = prev_service + int(travel[prev, back])
    return TripTiming(earliest, latest, offset, floor, tail)


@dataclass(frozen=True, slots=True)
class VisitTimes:
    """Arrival, service start, departure, waiting and ride time at one stop (seconds)."""

    arrival_s: int
    start_s: int
    departure_s: int
    waiting_s: int
    ride_s: int


def visit_times(
    nodes: Nodes, depot: int, sequence: list[int], departure_s: int
) -> list[VisitTimes]:
    """Times at each stop of a trip leaving `depot` at `departure_s`, serving ASAP."""
    times: list[VisitTimes] = []
    clock = departure_s
    prev = depot
    for node in sequence:
        arrival = clock + int(nodes.travel_s[prev, node])
        start = max(arrival, int(nodes.window_early_s[node]))
        clock = start + int(nodes.service_s[node])
        times.append(VisitTimes(arrival, start, clock, start - arrival, start - departure_s))
        prev = node
    return times
