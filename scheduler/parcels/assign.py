"""Choose each delivery's day: a min-cost flow over (delivery → day) with day and stock limits.

Cost of a delivery on a day: how far its building and its neighbourhood lie from the day's
centre (so a day covers one compact area and neighbourhoods stay together), plus a penalty
for leaving last cycle's day. Every day takes at most `ceil(total / days × (1 + slack))`
deliveries (an even spread); limited products (gluten-free) pass through a per-day stock node.
Centres start from a sweep around the warehouse and are refined a few times (k-means style).
The flow is solved by OR-Tools' network simplex: integral, exact and deterministic.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ortools.graph.python import min_cost_flow

from domain.parcels import GLUTEN_FREE, ParcelStock
from scheduler.parcels.calendar import Delivery, MonthCalendar

KEEP_PENALTY_M = 600
"""Leaving last cycle's day costs as much as a day centre this many metres further away."""
NEIGHBOURHOOD_WEIGHT = 0.6
"""Share of the cost taken from the neighbourhood's centre rather than the building's own."""
DAY_SLACK = 0.06
"""A day may take this much more than an even share."""
ROUNDS = 4
"""Refinements of the day centres."""
SPREAD_STEPS = 4
SPREAD_COST_M = 150
"""Each step of `limit - even` above an even share costs this many metres more per family."""
_OVERFLOW = 10_000_000

XY = tuple[float, float]


class NotPlanned:
    """Reason codes of a delivery the assignment could not give a day (labels in domain.lang)."""

    NO_AVAILABLE_DAY = "no_available_day"
    STOCK_EXHAUSTED = "stock_exhausted"
    DAYS_FULL = "days_full"


@dataclass
class Assignment:
    """The chosen day of every delivery, and why the others have none."""

    calendar: MonthCalendar
    deliveries: dict[str, Delivery]
    day_of: dict[str, dt.date]
    unassigned: dict[str, str]
    day_limit: int
    stock: ParcelStock = field(default_factory=ParcelStock)
    limits: dict[dt.date, int] = field(default_factory=dict)
    """Per-day limits where they differ from `day_limit` (a bayram window takes more)."""

    def limit_of(self, day: dt.date) -> int:
        """Deliveries `day` may take."""
        return self.limits.get(day, self.day_limit)

    def on(self, day: dt.date) -> list[Delivery]:
        """Deliveries of `day`, in id order."""
        return [self.deliveries[i] for i in sorted(self.day_of) if self.day_of[i] == day]

    def count(self, day: dt.date) -> int:
        """Deliveries on `day`."""
        return sum(1 for d in self.day_of.values() if d == day)

    def stock_used(self, day: dt.date, product: str = GLUTEN_FREE.code) -> int:
        """Units of `product` going out on `day`."""
        return sum(
            1
            for i, d in self.day_of.items()
            if d == day
            for p in self.deliveries[i].family.parcels
            if p.code == product
        )

    def fits(self, delivery: Delivery, day: dt.date) -> bool:
        """True when `delivery` may move to `day`: available, room left, stock left."""
        if day not in delivery.days or self.count(day) >= self.limit_of(day):
            return False
        for product in delivery.family.parcels:
            limit = self.stock.limit(product.code)
            if limit is not None and self.stock_used(day, product.code) >= limit:
                return False
        return True


def _centres(
    items: Sequence[Delivery], xy: Mapping[str, XY], origin: XY, days: Sequence[dt.date]
) -> dict[dt.date, XY]:
    """Initial day centres: deliveries swept by angle around the warehouse, cut evenly."""
    order = sorted(
        items,
        key=lambda d: (
            math.atan2(xy[d.id][1] - origin[1], xy[d.id][0] - origin[0]),
            d.id,
        ),
    )
    chunks: dict[dt.date, list[XY]] = defaultdict(list)
    for rank, d in enumerate(order):
        chunks[days[rank * len(days) // max(1, len(order))]].append(xy[d.id])
    return {day: _mean(chunks[day]) if chunks[day] else origin for day in days}


def _mean(points: Sequence[XY]) -> XY:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def assign_days(
    calendar: MonthCalendar,
    items: Sequence[Delivery],
    xy: Mapping[str, XY],
    origin: XY,
    stock: ParcelStock | None = None,
    slack: float = DAY_SLACK,
    keep_penalty_m: int = KEEP_PENALTY_M,
) -> Assignment:
    """Give every delivery a day of its cycle (see the module docstring); `xy` maps a delivery
    id to its building's projected coordinates (metres), `origin` is the warehouse."""
    stock = stock or ParcelStock()
    days = list(calendar.days)
    by_id = {d.id: d for d in items}
    unassigned = {d.id: NotPlanned.NO_AVAILABLE_DAY for d in items if not d.days}
    todo = [d for d in items if d.days]
    shares = day_shares(todo, days)
    limits = {day: math.ceil(share * (1 + slack)) for day, share in shares.items()}
    limit = max(limits.values(), default=0)
    if not todo:
        return Assignment(calendar, by_id, {}, unassigned, limit, stock, limits)
    hood_xy: dict[str, XY] = {
        hood: _mean([xy[d.id] for d in todo if d.family.neighbourhood == hood])
        for hood in {d.family.neighbourhood for d in todo}
    }
    centres = _centres(todo, xy, origin, days)
    day_of: dict[str, dt.date] = {}
    for _ in range(ROUNDS):
        day_of, overflow = _flow(todo, xy, hood_xy, centres, shares, limits, stock, keep_penalty_m)
        groups: dict[dt.date, list[XY]] = defaultdict(list)
        for ident, day in day_of.items():
            groups[day].append(xy[ident])
        centres = {day: _mean(groups[day]) if groups[day] else centres[day] for day in days}
    for ident in overflow:
        d = by_id[ident]
        limited = [p for p in d.family.parcels if stock.limit(p.code) is not None]
        unassigned[ident] = NotPlanned.STOCK_EXHAUSTED if limited else NotPlanned.DAYS_FULL
    return Assignment(calendar, by_id, day_of, unassigned, limit, stock, limits)


def day_shares(todo: Sequence[Delivery], days: Sequence[dt.date]) -> dict[dt.date, float]:
    """Each day's even share of the deliveries: a bayram campaign's deliveries spread over its
    window's days, all others over every day (without a campaign: total / days everywhere)."""
    held: dict[str, list[Delivery]] = defaultdict(list)
    for d in todo:
        if d.campaign:
            held[d.campaign].append(d)
    free = len(todo) - sum(len(g) for g in held.values())
    shares = {day: free / max(1, len(days)) for day in days}
    for group in held.values():
        window = sorted({day for d in group for day in d.days})
        for day in window:
            shares[day] += len(group) / len(window)
    return shares


def _flow(
    todo: Sequence[Delivery],
    xy: Mapping[str, XY],
    hood_xy: Mapping[str, XY],
    centres: Mapping[dt.date, XY],
    shares: Mapping[dt.date, float],
    limits: Mapping[dt.date, int],
    stock: ParcelStock,
    keep_penalty_m: int,
) -> tuple[dict[str, dt.date], list[str]]:
    """One min-cost flow: source → delivery → (stock node →) day → sink."""
    flow = min_cost_flow.SimpleMinCostFlow()
    days = list(shares)
    n = len(todo)
    source, sink = 0, 1
    delivery_node = {d.id: 2 + i for i, d in enumerate(todo)}
    day_node = {day: 2 + n + k for k, day in enumerate(days)}
    limited = sorted({p.code for d in todo for p in d.family.parcels if stock.limit(p.code)})
    stock_node = {
        (code, day): 2 + n + len(days) + j * len(days) + k
        for j, code in enumerate(limited)
        for k, day in enumerate(days)
    }
    for (code, day), node in stock_node.items():
        flow.add_arc_with_capacity_and_unit_cost(node, day_node[day], stock.limit(code) or 0, 0)
    for day, node in day_node.items():
        # convex cost of a day's load: free up to an even share, then dearer step by step
        even, limit = math.floor(shares[day]), limits[day]
        step = max(1, (limit - even) // SPREAD_STEPS)
        flow.add_arc_with_capacity_and_unit_cost(node, sink, even, 0)
        left, k = limit - even, 1
        while left > 0:
            flow.add_arc_with_capacity_and_unit_cost(node, sink, min(step, left), SPREAD_COST_M * k)
            left -= step
            k += 1
    arcs: dict[int, tuple[str, dt.date | None]] = {}
    for d in todo:
        node = delivery_node[d.id]
        flow.add_arc_with_capacity_and_unit_cost(source, node, 1, 0)
        codes = [p.code for p in d.family.parcels if p.code in limited]
        here, hood = xy[d.id], hood_xy[d.family.neighbourhood]
        for day in d.days:
            c = centres[day]
            own = math.hypot(here[0] - c[0], here[1] - c[1])
            area = math.hypot(hood[0] - c[0], hood[1] - c[1])
            cost = round((1 - NEIGHBOURHOOD_WEIGHT) * own + NEIGHBOURHOOD_WEIGHT * area)
            if d.keep is not None and day != d.keep:
                cost += keep_penalty_m
            target = stock_node[(codes[0], day)] if codes else day_node[day]
            arc = flow.add_arc_with_capacity_and_unit_cost(node, target, 1, cost)
            arcs[arc] = (d.id, day)
        arc = flow.add_arc_with_capacity_and_unit_cost(node, sink, 1, _OVERFLOW)
        arcs[arc] = (d.id, None)
    flow.set_node_supply(source, n)
    flow.set_node_supply(sink, -n)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"day assignment flow failed with status {status}")
    day_of: dict[str, dt.date] = {}
    overflow: list[str] = []
    for arc, (ident, chosen) in arcs.items():
        if flow.flow(arc) > 0:
            if chosen is None:
                overflow.append(ident)
            else:
                day_of[ident] = chosen
    return day_of, sorted(overflow)
