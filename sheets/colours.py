"""Route colours: one per route of a plan (GeoJSON, dispatcher page), one per driver on the map."""

from __future__ import annotations

from collections.abc import Sequence

from sheets.settings import ROUTE_PALETTE
from sheets.view import RouteView


def route_colour(route_no: int) -> str:
    """The colour of route number `route_no` (1..) of a plan: the palette, in order.

    The plan's GeoJSON and the dispatcher page's route list both colour routes by this rule.
    """
    return ROUTE_PALETTE[(route_no - 1) % len(ROUTE_PALETTE)]


def plan_colours(routes: Sequence[RouteView]) -> list[str]:
    """Each route's colour in a plan's GeoJSON: its own if set, else by its number in the plan
    (`route_colour`); views not taken from a plan (route_no 0) fall back to `route_colours`."""
    fallback = route_colours(routes)
    return [
        r.colour or (route_colour(r.route_no) if r.route_no > 0 else fallback[i])
        for i, r in enumerate(routes)
    ]


def route_colours(routes: Sequence[RouteView]) -> list[str]:
    """Each route's colour on the day map: its own if set, else one per driver from
    `ROUTE_PALETTE`.

    A driver keeps one colour across both shifts, so the dispatcher recognises them.
    """
    by_driver: dict[str, str] = {}
    out = []
    for route in routes:
        if route.colour:
            out.append(route.colour)
            continue
        if route.driver_name not in by_driver:
            by_driver[route.driver_name] = ROUTE_PALETTE[len(by_driver) % len(ROUTE_PALETTE)]
        out.append(by_driver[route.driver_name])
    return out
