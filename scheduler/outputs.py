"""Write a day's plans to disk: plan JSON, GeoJSON, route sheet PDFs, driver pages and a map."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np
import shapely

from geodata.paths import route_geometry
from geodata.road import RoadGraph
from routing.jsonio import dump_problem, dump_solution
from scheduler.day_plan import ShiftPlan, Town
from scheduler.views import PathOf, reason_text, route_views
from sheets.driver_page import render_driver_page
from sheets.geojson import routes_geojson
from sheets.map_page import render_map
from sheets.route_sheet_pdf import render_route_sheets
from sheets.view import DayMapView, KitchenView, LatLon, RouteView, Shift


def kitchen_view(town: Town) -> KitchenView:
    """The kitchen as the sheets draw it."""
    return KitchenView(town.kitchen.name, town.kitchen.lat, town.kitchen.lon)


def road_lines(road: RoadGraph) -> list[list[LatLon]]:
    """Every street once (two-way streets drawn once), as (lat, lon) polylines."""
    keep = [e for e in range(len(road.edge_u)) if road.edge_twin[e] < 0 or road.edge_twin[e] > e]
    lines: list[list[LatLon]] = []
    for geom in road.edge_geom[keep]:
        xy = shapely.get_coordinates(geom)
        lon, lat = road.to_wgs84.transform(xy[:, 0], xy[:, 1])
        lines.append(list(zip(np.round(lat, 6).tolist(), np.round(lon, 6).tolist(), strict=True)))
    return lines


def road_path(road: RoadGraph, points: Sequence[LatLon]) -> list[LatLon]:
    """The fastest road polyline through (lat, lon) points, as (lat, lon) pairs."""
    coords: list[LatLon] = []
    for leg in route_geometry(road, list(points)):
        coords.extend((lat, lon) for lon, lat in shapely.get_coordinates(leg).tolist())
    return coords


def path_along_roads(road: RoadGraph) -> PathOf:
    """A function giving the road polyline through a sequence of (lat, lon) points."""
    return functools.partial(road_path, road)


def shift_route_views(town: Town, plan: ShiftPlan, lang: str = "tr") -> list[RouteView]:
    """Route views of one shift plan, with paths along the real roads."""
    limit = town.settings.max_ride_min
    return route_views(
        plan.solution,
        plan.crews,
        plan.households,
        kitchen_view(town),
        plan.day,
        cast(Shift, plan.shift),
        limit,
        path_along_roads(town.road),
    )


@dataclass(frozen=True, slots=True)
class ShiftFiles:
    """Paths written for one shift."""

    plan_json: Path
    geojson: Path
    sheets_pdf: Path | None
    driver_pages: list[Path]


def write_shift(
    town: Town,
    plan: ShiftPlan,
    views: list[RouteView],
    out_dir: Path,
    lang: str = "tr",
    roads: Sequence[Sequence[LatLon]] = (),
) -> ShiftFiles:
    """Write plan.json (+ its problem.json), routes.geojson, route sheets and driver pages.

    `roads` ((lat, lon) polylines, see `road_lines`) draws the streets on each sheet's map.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    kitchen = kitchen_view(town)
    plan_json = out_dir / "plan.json"
    dump_solution(plan.solution, plan_json)
    dump_problem(plan.problem, out_dir / "problem.json")  # replay: sofra verify problem plan
    geojson = out_dir / "routes.geojson"
    geojson.write_text(json.dumps(routes_geojson(views, kitchen), ensure_ascii=False))
    pdf = None
    if views:
        pdf = out_dir / "route-sheets.pdf"
        render_route_sheets(views, kitchen, pdf, lang, road_lines=roads)
    pages = []
    for view in views:
        page = out_dir / "drivers" / f"{view.route_id.replace('/', '-')}.html"
        page.parent.mkdir(exist_ok=True)
        page.write_text(render_driver_page(view, kitchen, lang), encoding="utf-8")
        pages.append(page)
    return ShiftFiles(plan_json, geojson, pdf, pages)


def write_day_map(
    town: Town,
    plans: Sequence[ShiftPlan],
    views: Sequence[RouteView],
    out_dir: Path,
    lang: str,
    roads: Sequence[Sequence[LatLon]] = (),
) -> Path:
    """The dispatcher's map of the day: roads, every route of every shift, unserved households."""
    unserved = [(u.stop_id, reason_text(u, lang)) for plan in plans for u in plan.solution.unserved]
    day = DayMapView(
        date=plans[0].day,
        kitchen=kitchen_view(town),
        routes=list(views),
        road_lines=[list(line) for line in roads] or road_lines(town.road),
        unserved=unserved,
    )
    return render_map(day, out_dir, lang)
