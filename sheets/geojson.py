"""Routes as GeoJSON (RFC 7946): a LineString per route along the roads, a Point per stop.

The one GeoJSON document of a plan: `sofra demo` writes it as `routes.geojson` and the API
serves it as `GET /plans/{id}/geojson`, both from the views of `sheets.plan_views`.
Coordinates are [lon, lat]. Stops carry no name, phone, address or notes: the file is for
dispatchers, planners and GIS tools, not for drivers. `pseudonymised` hides what planners
may not see.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Sequence
from typing import Any

from domain.lang import format_hhmm
from sheets.colours import plan_colours
from sheets.view import KitchenView, RouteView, ViewError

ROUTE_PROPERTIES = (
    "kind",
    "route",
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
STOP_PROPERTIES = (
    "kind",
    "route",
    "route_id",
    "seq",
    "trip_no",
    "ref",
    "arrival",
    "meals",
    "diets",
)
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
    if len(coords) == 1 and any(route.path):
        coords.append(coords[0])  # every stop on the kitchen's spot: a line of one point, twice
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
                route.route_no or None,
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
                        route.route_no or None,
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
    """A FeatureCollection: per route a LineString then its stops as Points, then the kitchen.

    `route` numbers a route as in its plan (null for views not taken from a plan); `arrival`,
    `departure` and `return` are clock times as people read them (`format_hhmm`).
    """
    features: list[dict[str, Any]] = []
    for route, colour in zip(routes, plan_colours(routes), strict=True):
        features.append(_route_feature(route, colour))
        features.extend(_stop_features(route))
    features.append(
        _feature(
            {"type": "Point", "coordinates": _position(kitchen.lat, kitchen.lon)},
            {"kind": "kitchen", "name": kitchen.name},
        )
    )
    return {"type": "FeatureCollection", "features": features}


def geojson_text(collection: dict[str, Any]) -> str:
    """A collection as the UTF-8 JSON text both the CLI's file and the API send (compact)."""
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":"))


def pseudonymised(
    collection: dict[str, Any], pseudonym: Callable[[str], str], decimals: int
) -> dict[str, Any]:
    """A copy of a `routes_geojson` collection for people who may not see personal data:
    household references replaced by `pseudonym`, stop positions rounded to `decimals`, diets
    and driver names left empty (the property sets stay the same)."""
    out = copy.deepcopy(collection)
    for feature in out["features"]:
        props = feature["properties"]
        if props["kind"] == "stop":
            props["ref"] = pseudonym(props["ref"])
            props["diets"] = []
            lon, lat = feature["geometry"]["coordinates"]
            feature["geometry"]["coordinates"] = [round(lon, decimals), round(lat, decimals)]
        elif props["kind"] == "route":
            props["driver"] = ""
    return out
