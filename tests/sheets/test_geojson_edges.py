"""Edge cases of the one plan GeoJSON builder."""

from __future__ import annotations

import dataclasses

from demo.sheet_views import KITCHEN, handmade_route
from sheets.geojson import routes_geojson


def test_a_route_that_never_leaves_the_kitchen_spot_is_a_two_position_line() -> None:
    spot = (KITCHEN.lat, KITCHEN.lon)
    route = dataclasses.replace(handmade_route(), path=[[spot, spot, spot]])
    line = routes_geojson([route], KITCHEN)["features"][0]["geometry"]
    assert line["type"] == "LineString" and len(line["coordinates"]) == 2


def test_views_not_from_a_plan_have_no_route_number_and_colour_by_driver() -> None:
    first, second = handmade_route(), dataclasses.replace(handmade_route(), driver_name="Başka")
    lines = [f["properties"] for f in routes_geojson([first, second], KITCHEN)["features"]]
    routes = [p for p in lines if p["kind"] == "route"]
    assert [p["route"] for p in routes] == [None, None]
    assert routes[0]["colour"] != routes[1]["colour"]
