"""`sofra demo`'s files on the real İnegöl town: plan JSON, GeoJSON on the roads, sheets, map."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from pypdf import PdfReader
from typer.testing import CliRunner

from cli.main import app
from demo.town import demo_town

DAY = "2025-11-12"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(
        app, ["demo", "--out", str(folder), "--date", DAY, "--time-limit", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "doğrulama / verifier" in result.output
    return folder


def plan_of(out: Path, shift: str) -> dict:
    return json.loads((out / shift / "plan.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("shift", ["breakfast", "dinner"])
def test_the_written_plan_replays_through_sofra_verify(out: Path, shift: str) -> None:
    folder = out / shift
    result = CliRunner().invoke(
        app, ["verify", str(folder / "problem.json"), str(folder / "plan.json")]
    )
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("shift", ["breakfast", "dinner"])
def test_every_shift_has_a_plan_sheets_pages_and_geojson(out: Path, shift: str) -> None:
    plan = plan_of(out, shift)
    assert plan["format"] == "sofra-solution"
    routes = [r for r in plan["routes"] if any(t["visits"] for t in r["trips"])]
    assert routes
    text = [
        " ".join(p.extract_text().split())
        for p in PdfReader(out / shift / "route-sheets.pdf").pages
    ]
    assert sum(page.count("ROTA KAĞIDI") for page in text) == len(routes)
    assert "Teslim edildi" in " ".join(text) and "Evde yok" in " ".join(text)
    assert len(list((out / shift / "drivers").glob("*.html"))) == len(routes)


def test_geojson_lines_follow_the_road_graph(out: Path) -> None:
    road = demo_town().road
    collection = json.loads((out / "dinner" / "routes.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    lines = [f for f in collection["features"] if f["geometry"]["type"] == "LineString"]
    assert lines
    for feature in lines:
        lonlat = np.array(feature["geometry"]["coordinates"])
        assert shapely.LineString(lonlat).is_valid
        x, y = road.from_wgs84.transform(lonlat[:, 0], lonlat[:, 1])
        nearest = road.tree.query_nearest(shapely.points(x, y), return_distance=True)[1]
        assert float(np.max(nearest)) < 1.0  # every vertex lies on a street (metres)


def test_map_is_self_contained(out: Path) -> None:
    html = (out / "map.html").read_text(encoding="utf-8")
    assert "leaflet/leaflet.js" in html and (out / "leaflet" / "leaflet.js").is_file()
    assert 'src="http' not in html and 'href="http' not in html


def test_english_sheets_on_request(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "demo",
            "--date",
            DAY,
            "--shift",
            "breakfast",
            "--out",
            str(tmp_path),
            "--lang",
            "en",
            "--time-limit",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    text = " ".join(
        p.extract_text() for p in PdfReader(tmp_path / "breakfast" / "route-sheets.pdf").pages
    )
    assert "ROUTE SHEET" in " ".join(text.split())
    assert dt.date.fromisoformat(DAY).strftime("%Y") in text
