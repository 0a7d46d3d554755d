"""Route sheet PDF: one section per route, Turkish text extractable, long routes flow on."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from demo.sheet_views import KITCHEN, handmade_route, road_grid, sample_route
from domain.lang import label
from sheets.route_sheet_pdf import render_route_sheets
from sheets.view import RouteView, ViewError

LONG_STOPS = 40


def _routes() -> list[RouteView]:
    return [
        handmade_route("K1", "Şükrü Çağlayan"),
        handmade_route("K2", "İbrahim Işık"),
        sample_route(2, LONG_STOPS, handmade_route().date, trips=2),
    ]


def _pages(path: Path) -> list[str]:
    """Each page's text with line breaks folded to spaces (table cells wrap)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def turkish_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "route-sheets.pdf"
    render_route_sheets(_routes(), KITCHEN, path, road_lines=road_grid())
    return path


def test_one_section_per_route_each_starting_on_its_own_page(turkish_pdf: Path) -> None:
    pages = _pages(turkish_pdf)
    firsts = [i for i, text in enumerate(pages) if label("section_title") in text]
    assert len(firsts) == 3
    drivers = [r.driver_name for r in _routes()]
    for page_index, driver in zip(firsts, drivers, strict=True):
        assert driver in pages[page_index]
    # One bookmark per route, titled "K1 · Şükrü Çağlayan · Kahvaltı".
    titles = [str(o.title) for o in PdfReader(turkish_pdf).outline if isinstance(o, Destination)]
    assert [t.split(" · ")[1] for t in titles] == drivers


def test_turkish_labels_names_and_notes_print(turkish_pdf: Path) -> None:
    text = " ".join(_pages(turkish_pdf))
    for expected in (
        "GLÜTENSİZ",
        "DİYABETİK",
        "YUMUŞAK",
        "Teslim edildi",
        "Evde yok",
        "Kahvaltı",
        "Şükrü Çağlayan",
        "İbrahim Işık",
        "Gülşen Öztürk",
        "Ümmühan Ağaoğlu",
        "3. kat, asansör yok",
        "Işıklar Sok. No: 4",
        "© OpenStreetMap contributors",
    ):
        assert expected in text, expected
    first = _pages(turkish_pdf)[0]
    # Header: van, departure and return, planned arrival of each stop.
    for expected in ("16 AŞ 101", "07:00", "07:40", "07:08", "07:16", "07:24", "2 porsiyon"):
        assert expected in first, expected


def test_fonts_are_embedded_dejavu(turkish_pdf: Path) -> None:
    reader = PdfReader(turkish_pdf)
    fonts: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():  # type: ignore[index]
            obj = font.get_object()
            if "/FontDescriptor" in obj or "/DescendantFonts" in obj:
                fonts.add(str(obj["/BaseFont"]))
    assert fonts and all("DejaVuSans" in f for f in fonts)


def test_long_route_flows_on_with_header_and_page_numbers(turkish_pdf: Path) -> None:
    pages = _pages(turkish_pdf)
    start = [i for i, text in enumerate(pages) if label("section_title") in text][-1]
    section = pages[start:]
    assert len(section) >= 3
    n = len(section)
    for i, text in enumerate(section, start=1):
        assert "Teslim edildi" in text  # the table header repeats on every page
        assert f"Sayfa {i}/{n}" in text
    assert "(devam)" in section[1]
    assert "2. sefer" in " ".join(section)
    long_route = _routes()[2]
    body = " ".join(section)
    positions = [body.find(s.name) for s in long_route.stops]
    assert all(p >= 0 for p in positions)


def test_metadata_title(turkish_pdf: Path) -> None:
    meta = PdfReader(turkish_pdf).metadata
    assert meta is not None and meta.title is not None
    assert "Kahvaltı" in meta.title and "14.05.2025" in meta.title


def test_english_sheet(tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    render_route_sheets([handmade_route()], KITCHEN, path, lang="en")
    (text,) = _pages(path)
    for expected in (
        "ROUTE SHEET",
        "GLUTEN-FREE",
        "DIABETIC",
        "SOFT FOOD",
        "Delivered",
        "Not at home",
        "Breakfast",
        "3. kat, asansör yok",
        "Şükrü Çağlayan",
    ):
        assert expected in text, expected
    assert "Teslim" not in text and "GLÜTENSİZ" not in text


def test_no_routes_is_an_explicit_error(tmp_path: Path) -> None:
    with pytest.raises(ViewError, match="no routes"):
        render_route_sheets([], KITCHEN, tmp_path / "x.pdf")
