"""Routes as GeoJSON (RFC 7946): a LineString per route along the roads, a Point per stop.

Coordinates are [lon, lat]. Stops carry no name, phone, address or notes: the file is for
planners and GIS tools, not for drivers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.lang import format_hhmm
from sheets.colours import route_colours
from sheets.view import KitchenView, RouteView, ViewError

ROUTE_PROPERTIES = (
    "kind",
    "route_id",
    "driver",
    "van",
    "shift",
    "date",
    "departure",
    "return",
    "stops",
    "meals",
    "trips",
    "driving_s",
    "distance_m",
    "max_ride_min",
    "colour",
)
STOP_PROPERTIES = ("kind", "route_id", "seq", "trip_no", "ref", "arrival", "meals", "diets")
KITCHEN_PROPERTIES = ("kind", "name")
_DECIMALS = 6


def _position(lat: float, lon: float) -> list[float]:
    return [round(lon, _DECIMALS), round(lat, _DECIMALS)]


def route_line(route: RouteView) -> list[list[float]]:
    """The route's trips joined end to end as [lon, lat] positions, repeats dropped."""
    coords: list[list[float]] = []
    for trip in route.path:
        for lat, lon in trip:
            p = _position(lat, lon)
            if not coords or coords[-1] != p:
                coords.append(p)
    if len(coords) < 2:
        raise ViewError(
            f"route {route.route_id} has no path to draw; fill RouteView.path with the "
            "(lat, lon) road polylines of its trips"
        )
    return coords


def _feature(geometry: dict[str, Any], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def _route_feature(route: RouteView, colour: str) -> dict[str, Any]:
    props = dict(
        zip(
            ROUTE_PROPERTIES,
            (
                "route",
                route.route_id,
                route.driver_name,
                route.van_id,
                route.shift,
                route.date.isoformat(),
                format_hhmm(route.departure_s),
                format_hhmm(route.return_s),
                len(route.stops),
                route.meals_total,
                route.trip_count,
                route.driving_s,
                round(route.distance_m, 1),
                round(route.max_ride_min, 1),
                colour,
            ),
            strict=True,
        )
    )
    return _feature({"type": "LineString", "coordinates": route_line(route)}, props)


def _stop_features(route: RouteView) -> list[dict[str, Any]]:
    return [
        _feature(
            {"type": "Point", "coordinates": _position(s.lat, s.lon)},
            dict(
                zip(
                    STOP_PROPERTIES,
                    (
                        "stop",
                        route.route_id,
                        s.seq,
                        s.trip_no,
                        s.ref,
                        format_hhmm(s.arrival_s),
                        s.meals,
                        list(s.diets),
                    ),
                    strict=True,
                )
            ),
        )
        for s in route.stops
    ]


def routes_geojson(routes: Sequence[RouteView], kitchen: KitchenView) -> dict[str, Any]:
    """A FeatureCollection: per route a LineString then its stops as Points, then the kitchen."""
    features: list[dict[str, Any]] = []
    for route, colour in zip(routes, route_colours(routes), strict=True):
        features.append(_route_feature(route, colour))
        features.extend(_stop_features(route))
    features.append(
        _feature(
            {"type": "Point", "coordinates": _position(kitchen.lat, kitchen.lon)},
            {"kind": "kitchen", "name": kitchen.name},
        )
    )
    return {"type": "FeatureCollection", "features": features}
