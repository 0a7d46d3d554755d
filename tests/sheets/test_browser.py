"""The map and the driver page in headless Chromium: they load offline without errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from demo.sheet_views import KITCHEN, sample_day, sample_route
from sheets.browser import screenshot
from sheets.driver_page import render_driver_page
from sheets.map_page import render_map
from sheets.settings import SheetsSettings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(SheetsSettings().chromium_path).is_file(), reason="no system Chromium"
    ),
]


def test_map_draws_every_route_and_stop_offline(tmp_path: Path) -> None:
    day = sample_day()
    png = tmp_path / "map.png"
    report = screenshot(
        render_map(day, tmp_path / "out"),
        png,
        wait_for="[data-sofra-ready]",
        probes={
            "route_lines": "document.querySelectorAll('path.leaflet-interactive').length",
            "stop_markers": "document.querySelectorAll('.sofra-stop').length",
            "road_canvas": "document.querySelectorAll('.leaflet-overlay-pane canvas').length",
            "attribution": "document.querySelector('.leaflet-control-attribution').textContent",
            "legend_rows": "document.querySelectorAll('.sofra-legend tr').length",
        },
    )
    assert report.ok, report
    values = report.values
    assert values["route_lines"] == sum(len(r.path) for r in day.routes)
    assert values["stop_markers"] == sum(len(r.stops) for r in day.routes)
    assert values["road_canvas"] == 1
    assert "© OpenStreetMap contributors" in str(values["attribution"])
    assert values["legend_rows"] == len(day.routes)
    assert png.stat().st_size > 20_000  # a drawn map, not a blank page


def test_driver_page_fits_a_phone_screen(tmp_path: Path) -> None:
    route = sample_route(1, 12, sample_day().date, trips=2)
    page = tmp_path / "driver.html"
    page.write_text(render_driver_page(route, KITCHEN), encoding="utf-8")
    report = screenshot(
        page,
        None,
        width=360,
        height=740,
        probes={
            "overflow_px": "document.documentElement.scrollWidth - window.innerWidth",
            "stops": "document.querySelectorAll('li.stop').length",
            "smallest_button_px": "Math.min(...[...document.querySelectorAll('a.btn')]"
            ".map(a => a.getBoundingClientRect().height))",
        },
    )
    assert report.ok, report
    assert report.values["overflow_px"] == 0  # no sideways scrolling
    assert report.values["stops"] == 12
    assert float(str(report.values["smallest_button_px"])) >= 44  # tap targets
