"""The report's pictures (matplotlib, PNG bytes): one chart per service over the months, and
the map of households served by neighbourhood over the road network.

Mahalle polygons are not in the OSM extract: each mahalle is a circle at its centroid (the OSM
place node), sized by the households served; suppressed mahalles are left off the map.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from matplotlib.figure import Figure

from domain.lang import label
from domain.reports import Cell, Place, Report
from sheets.fonts import register_fonts
from sheets.report_text import cell_text, row_text
from sheets.settings import ROUTE_PALETTE as ROUTE_COLOURS
from sheets.view import LatLon

CHARTS: dict[str, tuple[str, ...]] = {
    "rep_chart_meals": ("rep_meals_breakfast", "rep_meals_dinner"),
    "rep_chart_parcels": ("rep_parcels",),
    "rep_chart_gluten_free": ("rep_gluten_free_parcels",),
    "rep_chart_visits": ("rep_visits",),
    "rep_chart_applications": ("rep_applications",),
}
"""Chart title → the monthly series it draws (meals stacked by shift)."""
DPI = 150


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    return buffer.getvalue()


def _values(cells: Sequence[Cell]) -> list[float]:
    return [c.value or 0.0 for c in cells]  # a suppressed month is drawn empty


def chart_png(report: Report, chart: str, lang: str = "tr") -> bytes | None:
    """The bar chart of `chart` over the report's months, or None when it has no data."""
    register_fonts()
    series = [(key, report.monthly[key]) for key in CHARTS[chart] if key in report.monthly]
    if not series or not any(c.value for _, cells in series for c in cells):
        return None
    months = [row_text(m.strftime("%Y-%m"), lang, short=True) for m in report.period.months()]
    fig = Figure(figsize=(7.2, 1.75))
    ax = fig.add_subplot()
    x = list(range(len(months)))
    stacked = chart == "rep_chart_meals"
    width = 0.8 if stacked or len(series) == 1 else 0.4
    bottom = [0.0] * len(x)
    for i, (key, cells) in enumerate(series):
        values = _values(cells)
        colour = ROUTE_COLOURS[i % len(ROUTE_COLOURS)]
        if stacked:
            ax.bar(x, values, width, bottom=bottom, label=label(key, lang), color=colour)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        else:
            shift = (i - (len(series) - 1) / 2) * width
            ax.bar([p + shift for p in x], values, width, label=label(key, lang), color=colour)
    ax.set_xticks(x, months)
    ax.set_title(label(chart, lang), fontsize=10, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=8)
    ax.yaxis.set_major_formatter(lambda v, _pos: cell_text("", Cell(v), 0, lang))
    if len(series) > 1:
        ax.legend(fontsize=7, frameon=False, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2)
    return _png(fig)


def map_png(
    places: Sequence[Place], roads: Sequence[Sequence[LatLon]], threshold: int, lang: str = "tr"
) -> bytes | None:
    """Households served per mahalle as circles and labels over the road network, or None
    when no mahalle may be shown."""
    register_fonts()
    shown = [p for p in places if p.households is not None]
    if not shown:
        return None
    fig = Figure(figsize=(7.2, 5.4))
    ax = fig.add_subplot()
    for line in roads:
        ax.plot([p[1] for p in line], [p[0] for p in line], color="#c8c8c8", lw=0.4, zorder=1)
    biggest = max(p.households or 1 for p in shown)
    for p in shown:
        size = 1400 * (p.households or 0) / biggest + 40
        ax.scatter([p.lon], [p.lat], s=size, color=ROUTE_COLOURS[0], alpha=0.45, zorder=2)
        count = cell_text("", Cell(p.households), threshold, lang)
        ax.annotate(count, (p.lon, p.lat), ha="center", va="center", fontsize=8, zorder=3)
        radius_pt = (size / 3.1416) ** 0.5
        ax.annotate(
            p.name,
            (p.lon, p.lat),
            xytext=(0, -radius_pt - 6),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=7,
            zorder=3,
        )
    lats = [p.lat for p in shown] + [q[0] for line in roads for q in line]
    lons = [p.lon for p in shown] + [q[1] for line in roads for q in line]
    pad = 0.002
    ax.set_xlim(min(lons) - pad * 1.6, max(lons) + pad * 1.6)
    ax.set_ylim(min(lats) - pad, max(lats) + pad)
    ax.set_aspect(1.3)
    ax.set_axis_off()
    ax.set_title(label("rep_map", lang), fontsize=10, loc="left")
    return _png(fig)
