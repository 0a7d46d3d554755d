"""One colour per route for the map and the GeoJSON, stable per driver across shifts."""

from __future__ import annotations

from collections.abc import Sequence

from sheets.settings import ROUTE_PALETTE
from sheets.view import RouteView


def route_colours(routes: Sequence[RouteView]) -> list[str]:
    """Each route's colour: its own if set, else one per driver from `ROUTE_PALETTE`.

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
