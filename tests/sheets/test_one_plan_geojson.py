"""One GeoJSON per plan: the CLI's routes.geojson and GET /plans/{id}/geojson are one document."""

from __future__ import annotations

import json
from pathlib import Path

from api_testing import ApiClient
from plans_on_disk import write_stored_plan

from sheets.geojson import ROUTE_PROPERTIES, STOP_PROPERTIES

pytest_plugins = ["api_testing"]


def test_cli_routes_geojson_is_the_api_plan_geojson(
    planned: tuple[ApiClient, int], tmp_path: Path
) -> None:
    api, plan_id = planned
    served = api.get(f"/plans/{plan_id}/geojson", "dispatcher")
    assert served.status_code == 200
    assert served.headers["content-type"].startswith("application/geo+json")
    files = write_stored_plan(api, plan_id, tmp_path)
    written = files.geojson.read_bytes()
    assert written == served.content  # byte for byte, not just the same data
    collection = json.loads(written)
    kinds = [f["properties"]["kind"] for f in collection["features"]]
    assert kinds.count("route") >= 2 and kinds.count("stop") > 10 and kinds[-1] == "kitchen"


def test_the_plan_geojson_agrees_with_the_plan(planned: tuple[ApiClient, int]) -> None:
    api, plan_id = planned
    plan = api.get(f"/plans/{plan_id}", "dispatcher").json()
    features = api.get(f"/plans/{plan_id}/geojson", "dispatcher").json()["features"]
    routes = {r["route"]: r for r in plan["routes"] if r["stops"]}
    lines = [f["properties"] for f in features if f["properties"]["kind"] == "route"]
    assert all(tuple(p) == ROUTE_PROPERTIES for p in lines)
    assert [p["route"] for p in lines] == sorted(routes)
    for p in lines:
        route = routes[p["route"]]
        assert (p["route_id"], p["colour"]) == (route["vehicle_id"], route["colour"])
        assert (p["departure"], p["return"]) == (route["departure"], route["return"])
        assert p["driver"] == route["driver_name"] and p["stops"] == len(route["stops"])
    stops = [f["properties"] for f in features if f["properties"]["kind"] == "stop"]
    assert all(tuple(p) == STOP_PROPERTIES for p in stops)
    shown = {
        (r, s["seq"]): (s["household"], s["arrival"]) for r in routes for s in routes[r]["stops"]
    }
    assert {(p["route"], p["seq"]): (p["ref"], p["arrival"]) for p in stops} == shown


def test_planners_get_the_same_document_pseudonymised(planned: tuple[ApiClient, int]) -> None:
    api, plan_id = planned
    full = api.get(f"/plans/{plan_id}/geojson", "dispatcher").json()["features"]
    seen = api.get(f"/plans/{plan_id}/geojson", "planner").json()["features"]
    assert [f["properties"]["kind"] for f in seen] == [f["properties"]["kind"] for f in full]
    for mine, theirs in zip(full, seen, strict=True):
        kind = mine["properties"]["kind"]
        assert tuple(theirs["properties"]) == tuple(mine["properties"])
        if kind == "stop":
            assert theirs["properties"]["ref"].startswith("P-")
            assert theirs["properties"]["diets"] == []
            assert theirs["geometry"]["coordinates"] != mine["geometry"]["coordinates"]
        elif kind == "route":
            assert theirs["properties"]["driver"] == "" and mine["properties"]["driver"]
            assert theirs["geometry"] == mine["geometry"]
