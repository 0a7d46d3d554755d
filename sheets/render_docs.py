"""Docs images from a demo output folder: a route sheet page as PNG and a map screenshot.

    python -m sheets.render_docs OUT_DIR [DOCS_DIR] [--page 1] [--driver-page OUT_DIR/x.html]
        [--chromium /usr/bin/chromium]

Needs the dev extras (pypdfium2, playwright) and the system Chromium; never run in `sofra demo`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sheets.browser import screenshot
from sheets.settings import SheetsSettings

SHEET_FILE = "route-sheets.pdf"
MAP_FILE = "map.html"
SHEET_PNG = "route-sheet.png"
MAP_PNG = "map.png"
DRIVER_PNG = "driver-page.png"
SHEET_DPI = 130


class DocsInputError(FileNotFoundError):
    """The output folder lacks a file the docs images are made from."""


def render_pdf_page(pdf_path: Path, png_path: Path, page: int = 1, dpi: int = SHEET_DPI) -> Path:
    """Rasterise page `page` (1-based) of `pdf_path` to `png_path` with PDFium."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        if not 1 <= page <= len(pdf):
            raise DocsInputError(f"{pdf_path} has {len(pdf)} pages; choose --page 1..{len(pdf)}")
        image = pdf[page - 1].render(scale=dpi / 72).to_pil()
        image.save(png_path, optimize=True)
    finally:
        pdf.close()
    return png_path


def render_docs(
    out_dir: Path,
    docs_dir: Path,
    page: int = 1,
    driver_page: Path | None = None,
    settings: SheetsSettings | None = None,
) -> list[Path]:
    """Write route-sheet.png and map.png (and driver-page.png if given) into `docs_dir`, with
    the Chromium of `settings`."""
    sheet, map_html = out_dir / SHEET_FILE, out_dir / MAP_FILE
    for needed in (sheet, map_html):
        if not needed.is_file():
            raise DocsInputError(f"{needed} not found; run `sofra demo --out {out_dir}` first")
    docs_dir.mkdir(parents=True, exist_ok=True)
    written = [render_pdf_page(sheet, docs_dir / SHEET_PNG, page)]
    report = screenshot(
        map_html, docs_dir / MAP_PNG, wait_for="[data-sofra-ready]", settings=settings
    )
    if not report.ok:
        raise RuntimeError(f"map.html did not load cleanly: {report}")
    written.append(docs_dir / MAP_PNG)
    if driver_page is not None:
        shot = screenshot(
            driver_page,
            docs_dir / DRIVER_PNG,
            width=390,
            height=844,
            device_scale=2.0,
            settings=settings,
        )
        if not shot.ok:
            raise RuntimeError(f"{driver_page} did not load cleanly: {shot}")
        written.append(docs_dir / DRIVER_PNG)
    return written


def main(
    out_dir: Annotated[Path, typer.Argument(help="folder with route-sheets.pdf and map.html")],
    docs_dir: Annotated[Path, typer.Argument(help="where the PNGs go")] = Path("docs"),
    page: Annotated[int, typer.Option(help="route sheet page to render (1-based)")] = 1,
    driver_page: Annotated[
        Path | None, typer.Option(help="a driver page (HTML) to screenshot at phone size")
    ] = None,
    chromium: Annotated[
        str, typer.Option(help="the system Chromium")
    ] = SheetsSettings().chromium_path,
) -> None:
    """Render the docs images from a demo output folder."""
    settings = SheetsSettings(chromium_path=chromium)
    for path in render_docs(out_dir, docs_dir, page, driver_page, settings):
        typer.echo(f"wrote {path} ({path.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    typer.run(main)
