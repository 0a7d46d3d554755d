"""Reasons for stops that each fit a van alone but did not fit into the plan: the fleet ran out.

Capacity is exhausted when the vans cannot carry the routable demand even using every trip they
are allowed (`Vehicle.max_trips`); otherwise shift time ran out. Details give the shortfall.
"""

from __future__ import annotations

from routing.model import Problem, Stop, Unserved, UnservedReason


def _carry_limit(problem: Problem) -> list[float]:
    """Containers per dimension the fleet can carry over the day (inf with unlimited trips)."""
    dims = problem.num_dimensions
    total = [0.0] * dims
    for van in problem.vehicles:
        trips = float("inf") if van.max_trips is None else van.max_trips
        for d in range(dims):
            total[d] += van.capacity[d] * trips if van.capacity[d] else 0.0
    return total


def explain_dropped(
    problem: Problem, routable: list[Stop], dropped: list[Stop], van_time_short_s: int
) -> list[Unserved]:
    """`CAPACITY_EXHAUSTED` or `SHIFT_TIME_EXHAUSTED` for each dropped stop, with the shortfall."""
    if not dropped:
        return []
    carry = _carry_limit(problem)
    dims = problem.num_dimensions
    demand = [sum(s.demand[d] for s in routable) for d in range(dims)]
    short = [d for d in range(dims) if demand[d] > carry[d]]
    left = [sum(s.demand[d] for s in dropped) for d in range(dims)]
    result = []
    for stop in dropped:
        if short:
            d = short[0]
            detail = (
                f"fleet carries at most {carry[d]:.0f} containers (dimension {d}) in its allowed "
                f"trips, demand is {demand[d]}: short by {demand[d] - carry[d]:.0f}"
            )
            result.append(Unserved(stop.id, UnservedReason.CAPACITY_EXHAUSTED, detail))
        else:
            detail = (
                f"vans' shifts are full: {len(dropped)} stops ({left} containers) left over, "
                f"about {van_time_short_s} s of van time short"
            )
            result.append(Unserved(stop.id, UnservedReason.SHIFT_TIME_EXHAUSTED, detail))
    return result
