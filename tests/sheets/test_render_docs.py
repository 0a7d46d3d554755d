"""Docs images: a route sheet page rasterised to PNG, and the map screenshot (browser)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from demo.sheet_views import handmade_route, sample_day
from sheets.map_page import render_map
from sheets.render_docs import DocsInputError, render_docs, render_pdf_page
from sheets.route_sheet_pdf import render_route_sheets
from sheets.settings import SheetsSettings


def test_route_sheet_page_becomes_an_a4_png(tmp_path: Path) -> None:
    day = sample_day()
    pdf = tmp_path / "route-sheets.pdf"
    render_route_sheets([handmade_route()], day.kitchen, pdf)
    png = render_pdf_page(pdf, tmp_path / "sheet.png", page=1, dpi=60)
    with Image.open(png) as image:
        width, height = image.size
        assert abs(height / width - 297 / 210) < 0.01
        # Mostly white paper with dark ink on it.
        histogram = image.convert("L").histogram()  # pixel counts for grey levels 0..255
        assert sum(histogram[:40]) > 0 and histogram[255] > width * height // 2
    with pytest.raises(DocsInputError, match="1 pages"):
        render_pdf_page(pdf, tmp_path / "x.png", page=2)


def test_missing_inputs_are_named(tmp_path: Path) -> None:
    with pytest.raises(DocsInputError, match=r"route-sheets\.pdf"):
        render_docs(tmp_path, tmp_path / "docs")


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.skipif(not Path(SheetsSettings().chromium_path).is_file(), reason="no Chromium")
def test_render_docs_writes_both_images(tmp_path: Path) -> None:
    day = sample_day()
    out = tmp_path / "out"
    render_map(day, out)
    render_route_sheets(day.routes[:1], day.kitchen, out / "route-sheets.pdf")
    written = render_docs(out, tmp_path / "docs")
    assert [p.name for p in written] == ["route-sheet.png", "map.png"]
    with Image.open(written[1]) as shot:
        assert shot.size == (1280, 860)
