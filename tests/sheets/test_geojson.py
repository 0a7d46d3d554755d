"""Routes GeoJSON: [lon, lat] order, one LineString per route, closed property sets."""

from __future__ import annotations

import dataclasses
import json

import pytest
import shapely
from shapely.geometry import shape

from demo.sheet_views import KITCHEN, handmade_route, sample_route
from sheets.geojson import (
    KITCHEN_PROPERTIES,
    ROUTE_PROPERTIES,
    STOP_PROPERTIES,
    routes_geojson,
)
from sheets.view import ViewError


def _collection() -> dict[str, object]:
    routes = [handmade_route(), sample_route(3, 12, handmade_route().date, trips=2)]
    return routes_geojson(routes, KITCHEN)


def test_one_linestring_per_route_and_a_point_per_stop() -> None:
    routes = [handmade_route(), sample_route(3, 12, handmade_route().date, trips=2)]
    fc = routes_geojson(routes, KITCHEN)
    assert fc["type"] == "FeatureCollection"
    kinds = [f["properties"]["kind"] for f in fc["features"]]
    assert kinds.count("route") == 2
    assert kinds.count("stop") == 3 + 12
    assert kinds.count("kitchen") == 1
    lines = [f for f in fc["features"] if f["properties"]["kind"] == "route"]
    assert all(f["geometry"]["type"] == "LineString" for f in lines)
    # Two trips joined: the line leaves and re-enters the kitchen in the middle.
    two_trips = lines[1]["geometry"]["coordinates"]
    kitchen_pos = [round(KITCHEN.lon, 6), round(KITCHEN.lat, 6)]
    assert two_trips[0] == two_trips[-1] == kitchen_pos
    assert kitchen_pos in two_trips[1:-1]
    assert lines[1]["properties"]["trips"] == 2


def test_coordinates_are_lon_lat_and_geometries_valid() -> None:
    route = handmade_route()
    fc = routes_geojson([route], KITCHEN)
    stops = [f for f in fc["features"] if f["properties"]["kind"] == "stop"]
    for feature, stop in zip(stops, route.stops, strict=True):
        assert feature["geometry"]["coordinates"] == [round(stop.lon, 6), round(stop.lat, 6)]
    for feature in fc["features"]:
        geom = shape(feature["geometry"])
        assert geom.is_valid and not geom.is_empty
        lon, lat = shapely.get_coordinates(geom)[0]
        assert 29 < lon < 30 and 39.5 < lat < 40.5  # İnegöl, not swapped


def test_closed_property_sets_without_personal_data() -> None:
    fc = _collection()
    expected = {"route": ROUTE_PROPERTIES, "stop": STOP_PROPERTIES, "kitchen": KITCHEN_PROPERTIES}
    for feature in fc["features"]:  # type: ignore[attr-defined]
        props = feature["properties"]
        assert tuple(props) == expected[props["kind"]]
    text = json.dumps(fc, ensure_ascii=False)
    for private in ("İbrahim Işık", "0 532 111 22 31", "Cumhuriyet Cad.", "3. kat"):
        assert private not in text
    first_stop = next(f for f in fc["features"] if f["properties"]["kind"] == "stop")  # type: ignore[attr-defined]
    assert first_stop["properties"]["arrival"] == "07:08"
    assert first_stop["properties"]["diets"] == ["gluten_free", "diabetic"]


def test_route_without_a_path_is_refused() -> None:
    route = dataclasses.replace(handmade_route(), path=[])
    with pytest.raises(ViewError, match="no path"):
        routes_geojson([route], KITCHEN)
