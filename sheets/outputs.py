"""Write a day's plans to disk: plan JSON, GeoJSON, route sheet PDFs, driver pages and a map.

Everything is drawn from the route views of `sheets.plan_views`; the caller (the CLI) plans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from routing.jsonio import dump_problem, dump_solution
from routing.model import Problem, Solution, Unserved
from sheets.driver_page import render_driver_page
from sheets.geojson import geojson_text, routes_geojson
from sheets.map_page import render_map
from sheets.plan_views import reason_text
from sheets.route_sheet_pdf import render_route_sheets
from sheets.settings import SheetsSettings
from sheets.view import DayMapView, KitchenView, LatLon, RouteView

GEOJSON_FILE = "routes.geojson"


@dataclass(frozen=True, slots=True)
class ShiftFiles:
    """Paths written for one shift."""

    plan_json: Path
    geojson: Path
    sheets_pdf: Path | None
    driver_pages: list[Path]


def write_shift(
    problem: Problem,
    solution: Solution,
    views: Sequence[RouteView],
    kitchen: KitchenView,
    out_dir: Path,
    lang: str = "tr",
    roads: Sequence[Sequence[LatLon]] = (),
) -> ShiftFiles:
    """Write plan.json (+ its problem.json), routes.geojson, route sheets and driver pages.

    `roads` ((lat, lon) polylines, see `sheets.roads.road_lines`) draws the streets on each
    sheet's map.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    plan_json = out_dir / "plan.json"
    dump_solution(solution, plan_json)
    dump_problem(problem, out_dir / "problem.json")  # replay: sofra verify problem plan
    geojson = out_dir / GEOJSON_FILE
    geojson.write_text(geojson_text(routes_geojson(views, kitchen)), encoding="utf-8")
    pdf = None
    if views:
        pdf = out_dir / "route-sheets.pdf"
        render_route_sheets(list(views), kitchen, pdf, lang, road_lines=roads)
    pages = []
    for view in views:
        page = out_dir / "drivers" / f"{view.route_id.replace('/', '-')}.html"
        page.parent.mkdir(exist_ok=True)
        page.write_text(render_driver_page(view, kitchen, lang), encoding="utf-8")
        pages.append(page)
    return ShiftFiles(plan_json, geojson, pdf, pages)


def write_day_map(
    day: dt.date,
    kitchen: KitchenView,
    views: Sequence[RouteView],
    unserved: Sequence[Unserved],
    out_dir: Path,
    lang: str,
    roads: Sequence[Sequence[LatLon]],
    settings: SheetsSettings | None = None,
) -> Path:
    """The dispatcher's map of the day: roads, every route of every shift, unserved households
    (drawn with the sheets' `settings`: road simplification, coordinate decimals)."""
    day_map = DayMapView(
        date=day,
        kitchen=kitchen,
        routes=list(views),
        road_lines=[list(line) for line in roads],
        unserved=[(u.stop_id, reason_text(u, lang)) for u in unserved],
    )
    return render_map(day_map, out_dir, lang, settings)
