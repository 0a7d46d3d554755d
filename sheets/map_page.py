"""The dispatcher's day map: Leaflet (bundled, nothing from the internet), roads as base layer.

`render_map` writes `map.html` and copies Leaflet into `leaflet/` next to it. The data goes in
as JSON inside the page; the bundled `static/sofra-map.js` draws it.
"""

from __future__ import annotations

import json
import shutil
from html import escape
from pathlib import Path
from typing import Any

from domain.lang import (
    OSM_CREDIT,
    check_lang,
    diet_label,
    format_date,
    format_duration,
    format_hhmm,
    format_km,
    label,
    portions,
    shift_name,
)
from domain.services import SHIFTS
from sheets.colours import route_colours
from sheets.roads import round_line, simplify_roads
from sheets.settings import SheetsSettings
from sheets.view import DayMapView, RouteView, StopView

STATIC_DIR = Path(__file__).resolve().parent / "static"
LEAFLET_DIR = STATIC_DIR / "leaflet"
MAP_FILE = "map.html"


def _stop_data(stop: StopView, lang: str, decimals: int) -> dict[str, Any]:
    return {
        "seq": stop.seq,
        "ref": stop.ref,
        "time": format_hhmm(stop.arrival_s),
        "name": stop.name,
        "address": stop.address,
        "meals": portions(stop.meals, lang),
        "diets": [diet_label(d, lang) for d in stop.diets],
        "notes": stop.notes,
        "lat": round(stop.lat, decimals),
        "lon": round(stop.lon, decimals),
    }


def _route_data(route: RouteView, colour: str, lang: str, decimals: int) -> dict[str, Any]:
    summary = (
        f"{len(route.stops)} {label('stops', lang).lower()} · "
        f"{format_hhmm(route.departure_s)}–{format_hhmm(route.return_s)} · "
        f"{label('driving', lang).lower()} {format_duration(route.driving_s, lang)} · "
        f"{format_km(route.distance_m, lang)}"
    )
    return {
        "id": route.route_id,
        "driver": route.driver_name,
        "van": route.van_id,
        "shift": route.shift,
        "shift_label": shift_name(route.shift, lang),
        "colour": colour,
        "summary": summary,
        "trips": [round_line(trip, decimals) for trip in route.path if len(trip) >= 2],
        "stops": [_stop_data(s, lang, decimals) for s in route.stops],
    }


def map_data(
    day: DayMapView, lang: str = "tr", settings: SheetsSettings | None = None
) -> dict[str, Any]:
    """Everything the page script draws, as JSON-ready data."""
    cfg = settings or SheetsSettings()
    colours = route_colours(day.routes)
    shifts = [
        {
            "label": shift_name(s, lang),
            "routes": [i for i, r in enumerate(day.routes) if r.shift == s],
        }
        for s in SHIFTS
        if any(r.shift == s for r in day.routes)
    ]
    return {
        "date": format_date(day.date, lang),
        "credit": OSM_CREDIT,
        "kitchen": {"name": day.kitchen.name, "lat": day.kitchen.lat, "lon": day.kitchen.lon},
        "roads": simplify_roads(day.road_lines, cfg.road_simplify_m, cfg.coord_decimals),
        "routes": [
            _route_data(r, c, lang, cfg.coord_decimals)
            for r, c in zip(day.routes, colours, strict=True)
        ],
        "shifts": shifts,
        "unserved": [[ref, reason] for ref, reason in day.unserved],
        "labels": {
            "title": label("map_title", lang),
            "kitchen": label("kitchen", lang),
            "kitchen_letter": label("kitchen", lang)[0],
            "unserved": label("unserved", lang),
        },
    }


def _json_for_script(data: dict[str, Any]) -> str:
    """JSON safe inside <script>: no "</script>" or "<!--" can appear."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render_map(
    day: DayMapView, out_dir: str | Path, lang: str = "tr", settings: SheetsSettings | None = None
) -> Path:
    """Write `out_dir/map.html` (and `out_dir/leaflet/`); return the path of map.html."""
    lang = check_lang(lang)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(LEAFLET_DIR, out / "leaflet", dirs_exist_ok=True)
    title = f"Sofra · {label('map_title', lang)} · {format_date(day.date, lang)}"
    css = (STATIC_DIR / "sofra-map.css").read_text(encoding="utf-8")
    js = (STATIC_DIR / "sofra-map.js").read_text(encoding="utf-8")
    data = _json_for_script(map_data(day, lang, settings))
    html = f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="stylesheet" href="leaflet/leaflet.css">
<style>
{css}</style>
</head>
<body>
<div id="map" role="application" aria-label="{escape(title)}"></div>
<script type="application/json" id="sofra-data">{data}</script>
<script src="leaflet/leaflet.js"></script>
<script>
{js}</script>
</body>
</html>
"""
    path = out / MAP_FILE
    path.write_text(html, encoding="utf-8")
    return path
