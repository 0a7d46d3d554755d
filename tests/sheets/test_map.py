"""Dispatcher map page: bundled Leaflet only, routes/stops/roads in the data, text escaped."""

from __future__ import annotations

import dataclasses
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from demo.sheet_views import sample_day
from sheets.map_page import render_map
from sheets.roads import simplify_roads
from sheets.view import DayMapView


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.data_json = ""
        self._in_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key):
                self.refs.append(a[key] or "")
        self._in_data = tag == "script" and a.get("id") == "sofra-data"

    def handle_data(self, data: str) -> None:
        if self._in_data:
            self.data_json += data

    def handle_endtag(self, tag: str) -> None:
        self._in_data = False


def _render(day: DayMapView, out: Path, lang: str = "tr") -> tuple[str, _Page]:
    path = render_map(day, out, lang=lang)
    html = path.read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    return html, page


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, _Page]:
    out = tmp_path_factory.mktemp("map")
    html, page = _render(sample_day(), out)
    return out, html, page


def test_only_bundled_assets_are_referenced(rendered: tuple[Path, str, _Page]) -> None:
    out, html, page = rendered
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.IGNORECASE)
    assert sorted(page.refs) == ["leaflet/leaflet.css", "leaflet/leaflet.js"]
    for ref in page.refs:
        assert (out / ref).is_file()
    assert (out / "leaflet" / "LICENSE").is_file()
    # Leaflet's own link to leafletjs.com in the attribution prefix is replaced by plain text.
    assert 'setPrefix("Leaflet")' in html


def test_data_holds_routes_stops_roads_and_unserved(rendered: tuple[Path, str, _Page]) -> None:
    day = sample_day()
    data = json.loads(rendered[2].data_json)
    assert [r["id"] for r in data["routes"]] == [r.route_id for r in day.routes]
    for drawn, route in zip(data["routes"], day.routes, strict=True):
        assert len(drawn["trips"]) == len(route.path)
        assert [s["seq"] for s in drawn["stops"]] == [s.seq for s in route.stops]
    colours = {r["driver"]: r["colour"] for r in data["routes"]}
    assert len(set(colours.values())) == len(colours)  # one distinct colour per driver
    assert [s["label"] for s in data["shifts"]] == ["Kahvaltı", "Akşam yemeği"]
    assert data["unserved"][0][0] == "H9901"
    assert data["credit"] == "© OpenStreetMap contributors"
    assert data["roads"] and data["kitchen"]["name"] == day.kitchen.name
    html = rendered[1]
    for route in day.routes:  # the dispatcher's map shows no phone numbers
        assert all(s.phone not in html for s in route.stops)


def test_road_network_is_merged_and_simplified() -> None:
    # One straight street stored as two graph edges, each in both directions.
    ab = [(40.0, 29.5), (40.0, 29.501), (40.0, 29.502)]
    bc = [(40.0, 29.502), (40.0, 29.503)]
    lines = simplify_roads([ab, ab[::-1], bc, bc[::-1]], tolerance_m=3.0, decimals=5)
    assert lines == [[[40.0, 29.5], [40.0, 29.503]]] or lines == [[[40.0, 29.503], [40.0, 29.5]]]
    grid = sample_day().road_lines  # straight streets, each given twice: kept once, as its ends
    merged = simplify_roads(grid + [ln[::-1] for ln in grid], tolerance_m=3.0, decimals=5)
    assert len(merged) <= len(grid)
    assert sum(len(ln) for ln in merged) <= 2 * len(grid) + 4  # corners may join two streets


def test_text_cannot_break_out_of_the_data_script(tmp_path: Path) -> None:
    day = sample_day()
    first = day.routes[0]
    evil = dataclasses.replace(first.stops[0], name="</script><script>alert(1)</script>")
    route = dataclasses.replace(first, stops=[evil, *first.stops[1:]])
    html, page = _render(dataclasses.replace(day, routes=[route]), tmp_path)
    assert html.count("</script>") == 3  # data, leaflet.js, page script
    assert json.loads(page.data_json)["routes"][0]["stops"][0]["name"] == evil.name


def test_english_map(tmp_path: Path) -> None:
    html, page = _render(sample_day(), tmp_path, lang="en")
    data = json.loads(page.data_json)
    assert 'lang="en"' in html
    assert data["labels"]["title"] == "Delivery map"
    assert [s["label"] for s in data["shifts"]] == ["Breakfast", "Dinner"]
