"""The office's activity report as a PDF in the style of its annual report (ReportLab).

Page 1: title, period and the headline figures (beside the published ones when given); then a
chart per service over the months, the map of households served by neighbourhood, and every
table of the report. Turkish by default, English with `lang="en"`; DejaVu Sans so İ ı ğ ş print.
A report holds aggregates only, suppressed below its threshold (`scheduler.reports`), so the PDF
holds no personal data.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from domain.lang import format_date_short, label
from domain.reports import Report
from domain.reports import Table as ReportTable
from sheets.fonts import FONT, FONT_BOLD, register_fonts
from sheets.report_plots import CHARTS, chart_png, map_png
from sheets.report_text import cell_text, period_text, row_text, value_text
from sheets.view import LatLon

HEADLINE_KEYS = (
    "rep_meal_households",
    "rep_meal_people",
    "rep_meals",
    "rep_meals_breakfast",
    "rep_meals_dinner",
    "rep_meal_not_at_home",
    "rep_parcel_families",
    "rep_parcel_people",
    "rep_parcels",
    "rep_parcel_kg",
    "rep_gluten_free_families",
    "rep_gluten_free_parcels",
    "rep_parcel_not_at_home",
    "rep_visits",
    "rep_visit_people",
    "rep_applications",
    "rep_distance_km",
    "rep_driving_h",
    "rep_co2_kg",
    "rep_cost_per_meal_try",
)
"""Headline figures in the order of page 1."""
ACCENT = colors.Color(0.62, 0.11, 0.16)  # the municipality's deep red
PALE = colors.Color(0.96, 0.93, 0.93)
BODY_W = A4[0] - 36 * mm


def _style(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=FONT_BOLD if bold else FONT, fontSize=size, leading=size * 1.25, **kw
    )


TITLE = _style("title", 22, bold=True, textColor=ACCENT)
SUBTITLE = _style("subtitle", 13)
H2 = _style("h2", 13, bold=True, textColor=ACCENT, spaceBefore=8, spaceAfter=4)
CELL = _style("cell", 9)
CELL_BOLD = _style("cellb", 9, bold=True)
NOTE = _style("note", 8, textColor=colors.Color(0.3, 0.3, 0.3))


def headline_rows(
    report: Report, lang: str, published: Mapping[str, float] | None = None
) -> list[list[str]]:
    """The headline table: figure, value (and the published figure and the difference)."""
    head = [label("rep_figure", lang), label("rep_value", lang)]
    if published:
        head += [label("rep_published", lang), label("rep_difference", lang)]
    rows = [head]
    for key in HEADLINE_KEYS:
        cell = report.headline[key]
        row = [label(key, lang), cell_text(key, cell, report.threshold, lang)]
        if published:
            target = published.get(key)
            if target is None:
                row += ["", ""]
            elif cell.value is None:
                row += [value_text(key, target, lang), ""]
            else:
                share = (cell.value - target) / target if target else 0.0
                sign = "+" if cell.value >= target else "−"
                diff = f"{sign}{value_text(key, abs(cell.value - target), lang)}"
                pct = value_text("rep_meal_not_at_home", abs(share), lang)
                row += [value_text(key, target, lang), f"{diff} ({sign}{pct})"]
        rows.append(row)
    return rows


def table_rows(table: ReportTable, threshold: int, lang: str) -> list[list[str]]:
    """A report table as text: a header of column labels, then each row."""
    rows = [["", *(label(c, lang) for c in table.columns)]]
    for row in table.rows:
        cells = [
            cell_text(c, v, threshold, lang) for c, v in zip(table.columns, row.cells, strict=True)
        ]
        rows.append([row_text(row.key, lang), *cells])
    return rows


def _grid(
    rows: list[list[str]], widths: Sequence[float] | None = None, total: bool = False
) -> Table:
    body = [
        [Paragraph(t, CELL_BOLD if i == 0 or (total and i == len(rows) - 1) else CELL) for t in r]
        for i, r in enumerate(rows)
    ]
    table = Table(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PALE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.8, 0.8, 0.8)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _image(png: bytes, width: float) -> Image:
    image = Image(io.BytesIO(png))
    scale = width / image.imageWidth
    image.drawWidth, image.drawHeight = width, image.imageHeight * scale
    return image


def report_pdf(
    report: Report,
    *,
    lang: str = "tr",
    roads: Sequence[Sequence[LatLon]] = (),
    published: Mapping[str, float] | None = None,
    notes: Sequence[str] = (),
    made_on: dt.date | None = None,
) -> bytes:
    """The report as PDF bytes. `roads` are (lat, lon) street lines under the map; `published`
    the figures to compare with on page 1; `notes` extra lines (already in `lang`)."""
    register_fonts()
    buffer = io.BytesIO()
    title = f"{label('rep_title', lang)} — {period_text(report.period, lang)}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author=label("rep_office", lang),
    )
    k = report.threshold
    story: list[Any] = [
        Paragraph(label("rep_office", lang), SUBTITLE),
        Spacer(1, 2 * mm),
        Paragraph(label("rep_title", lang), TITLE),
        Spacer(1, 2 * mm),
        Paragraph(period_text(report.period, lang), SUBTITLE),
        Spacer(1, 5 * mm),
        Paragraph(label("rep_headline", lang), H2),
    ]
    rows = headline_rows(report, lang, published)
    widths = [BODY_W * 0.5, BODY_W * 0.16] + ([BODY_W * 0.16, BODY_W * 0.18] if published else [])
    story.append(_grid(rows, widths))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(label("rep_suppressed_note", lang, k=k), NOTE))
    for line in notes:
        story.append(Paragraph(line, NOTE))
    made = format_date_short(made_on or dt.date.today(), lang)
    story.append(Paragraph(label("rep_generated", lang, date=made), NOTE))
    story.append(PageBreak())
    for chart in CHARTS:
        png = chart_png(report, chart, lang)
        if png is not None:
            story += [_image(png, BODY_W), Spacer(1, 3 * mm)]
    picture = map_png(report.places, roads, k, lang)
    if picture is not None:
        story += [
            PageBreak(),
            _image(picture, BODY_W),
            Paragraph(label("rep_map_note", lang, k=k), NOTE),
        ]
    story.append(PageBreak())
    for table in report.tables:
        if not table.rows:
            continue
        rows = table_rows(table, k, lang)
        first = BODY_W * 0.28
        rest = (BODY_W - first) / max(1, len(table.columns))
        grid = _grid(rows, [first] + [rest] * len(table.columns), total=table.rows[-1].total)
        story.append(KeepTogether([Paragraph(label(table.key, lang), H2), grid]))

    def footer(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(18 * mm, 9 * mm, title)
        canvas.drawRightString(
            A4[0] - 18 * mm, 9 * mm, label("rep_page", lang, n=canvas.getPageNumber())
        )
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
