"""A small vector map of one route for the printed sheet, legible in black and white.

Roads light grey, the route dark (trip 1 solid, later trips dashed), stops as numbered white
discs, the kitchen as a black square, a scale bar and the OpenStreetMap credit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from domain.lang import OSM_CREDIT, label
from sheets.fonts import FONT, FONT_BOLD, register_fonts
from sheets.roads import RoadNetwork
from sheets.view import KitchenView, LatLon, RouteView

_MIN_SPAN_M = 400.0  # a route of one nearby stop still shows its streets
_M_PER_DEG_LAT = 111_320.0
_ROAD_GREY = colors.Color(0.78, 0.78, 0.78)
_ROUTE_INK = colors.Color(0.1, 0.1, 0.1)
_STOP_RADIUS_PT = 6.5
_DASHES: tuple[list[float], ...] = ([], [5, 3], [1.5, 2.5], [6, 2, 1.5, 2])
_ROAD_DETAIL_PT = 0.3  # road bends smaller than this on paper are straightened


@dataclass(frozen=True, slots=True)
class _Frame:
    """Equirectangular projection of a lat/lon box onto the drawing, `scale` points per metre."""

    lat0: float
    lon0: float
    lat1: float
    lon1: float
    scale_pt_per_m: float
    cos_lat: float

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        x_m = (lon - self.lon0) * _M_PER_DEG_LAT * self.cos_lat
        y_m = (lat - self.lat0) * _M_PER_DEG_LAT
        return x_m * self.scale_pt_per_m, y_m * self.scale_pt_per_m


def _fit(points: Sequence[LatLon], width: float, height: float) -> _Frame:
    """A frame showing every point with room for a marker disc round it and the scale bar and
    credit along the bottom."""
    left = right = top = _STOP_RADIUS_PT * 2.2
    bottom = _STOP_RADIUS_PT * 2.2 + 10
    inner_w, inner_h = width - left - right, height - top - bottom
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    cos_lat = math.cos(math.radians((min(lats) + max(lats)) / 2))
    h_m = (max(lats) - min(lats)) * _M_PER_DEG_LAT
    w_m = (max(lons) - min(lons)) * _M_PER_DEG_LAT * cos_lat
    span_w_m = max(w_m, h_m * inner_w / inner_h, _MIN_SPAN_M)
    scale = inner_w / span_w_m  # points per metre
    c_lat = (min(lats) + max(lats)) / 2
    c_lon = (min(lons) + max(lons)) / 2
    m_per_deg_lon = _M_PER_DEG_LAT * cos_lat
    lat0 = c_lat - (bottom + inner_h / 2) / scale / _M_PER_DEG_LAT
    lon0 = c_lon - (left + inner_w / 2) / scale / m_per_deg_lon
    lat1 = lat0 + height / scale / _M_PER_DEG_LAT
    lon1 = lon0 + width / scale / m_per_deg_lon
    return _Frame(lat0, lon0, lat1, lon1, scale, cos_lat)


def _path(frame: _Frame, lines: Iterable[Sequence[LatLon]], **style: Any) -> Path:
    """All `lines` as one stroked path: far cheaper to build and draw than a shape per line."""
    path = Path(fillColor=None, **style)
    for line in lines:
        for i, (lat, lon) in enumerate(line):
            x, y = frame.xy(lat, lon)
            if i == 0:
                path.moveTo(x, y)
            else:
                path.lineTo(x, y)
    return path


@dataclass(frozen=True, slots=True)
class _Marker:
    """A stop label: anchored at the stop (ax, ay), drawn at (x, y), `half_w` wide each side."""

    ax: float
    ay: float
    x: float
    y: float
    text: str
    size: float
    half_w: float


def _marker(ax: float, ay: float, text: str) -> _Marker:
    size = 7.5 if len(text) < 3 else 6.5
    half_w = max(_STOP_RADIUS_PT, stringWidth(text, FONT_BOLD, size) / 2 + 3)
    return _Marker(ax, ay, ax, ay, text, size, half_w)


def _overlaps(m: _Marker, x: float, y: float, others: list[_Marker]) -> bool:
    r = _STOP_RADIUS_PT + 0.8
    return any(abs(o.x - x) < o.half_w + m.half_w + 1.6 and abs(o.y - y) < 2 * r for o in others)


def _place(markers: list[_Marker], width: float, height: float) -> list[_Marker]:
    """Move labels that would cover one another to the nearest free spot (leader line back)."""
    placed: list[_Marker] = []
    r = _STOP_RADIUS_PT
    for m in markers:
        step_x, step_y = 2 * m.half_w + 2, 2 * r + 2
        candidates = [(0.0, 0.0)] + [
            (dx * k * step_x, dy * k * step_y)
            for k in (1, 2, 3)
            for dx, dy in ((0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1))
        ]
        for dx, dy in candidates:
            x, y = m.ax + dx, m.ay + dy
            inside = m.half_w < x < width - m.half_w and r < y < height - r
            if inside and not _overlaps(m, x, y, placed):
                m = _Marker(m.ax, m.ay, x, y, m.text, m.size, m.half_w)
                break
        placed.append(m)
    return placed


def _stop_marker(m: _Marker) -> Group:
    """A white disc with the stop number (a pill when stops share the spot), led to the stop."""
    r = _STOP_RADIUS_PT
    style = {"fillColor": colors.white, "strokeColor": _ROUTE_INK, "strokeWidth": 1.2}
    shape = (
        Circle(m.x, m.y, r, **style)
        if m.half_w == r
        else Rect(m.x - m.half_w, m.y - r, 2 * m.half_w, 2 * r, rx=r, ry=r, **style)
    )
    g = Group()
    if (m.x, m.y) != (m.ax, m.ay):
        g.add(Circle(m.ax, m.ay, 1.8, fillColor=_ROUTE_INK, strokeColor=None))
    g.add(shape)
    g.add(
        String(
            m.x,
            m.y - m.size * 0.36,
            m.text,
            fontName=FONT_BOLD,
            fontSize=m.size,
            textAnchor="middle",
        )
    )
    return g


def _kitchen_marker(x: float, y: float, letter: str) -> Group:
    s = 11.0
    return Group(
        Rect(
            x - s / 2,
            y - s / 2,
            s,
            s,
            fillColor=colors.black,
            strokeColor=colors.white,
            strokeWidth=1,
        ),
        String(
            x,
            y - 3,
            letter,
            fontName=FONT_BOLD,
            fontSize=8,
            fillColor=colors.white,
            textAnchor="middle",
        ),
    )


def _scale_bar(frame: _Frame, width: float) -> Group:
    target_m = width * 0.22 / frame.scale_pt_per_m
    nice = max(
        v for v in (50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000) if v <= max(target_m, 50)
    )
    bar = nice * frame.scale_pt_per_m
    text = f"{nice // 1000} km" if nice >= 1000 else f"{nice} m"
    x, y = 6.0, 6.0
    return Group(
        Rect(x - 2, y - 2, bar + 36, 12, fillColor=colors.white, strokeColor=None),
        Line(x, y, x + bar, y, strokeWidth=1.5),
        Line(x, y, x, y + 4, strokeWidth=1.5),
        Line(x + bar, y, x + bar, y + 4, strokeWidth=1.5),
        String(x + bar + 3, y, text, fontName=FONT, fontSize=7),
    )


def _credit(width: float) -> Group:
    size = 6.5
    return Group(
        Rect(width - 118, 1, 117, size + 4, fillColor=colors.white, strokeColor=None),
        String(width - 3, 3.5, OSM_CREDIT, fontName=FONT, fontSize=size, textAnchor="end"),
    )


def _runs(numbers: list[int]) -> str:
    """ "3·4" for two stops, "18–20" for a consecutive run, "7·11·15" otherwise."""
    if len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return "·".join(map(str, numbers))


def _markers(
    route: RouteView, frame: _Frame, width: float, height: float, avoid: tuple[float, float]
) -> list[_Marker]:
    """One marker per spot (stops at the same door share one), placed so none covers another."""
    groups: list[tuple[float, float, list[int]]] = []
    for stop in route.stops:
        x, y = frame.xy(stop.lat, stop.lon)
        for gx, gy, seqs in groups:
            if math.hypot(gx - x, gy - y) < _STOP_RADIUS_PT * 0.8:
                seqs.append(stop.seq)
                break
        else:
            groups.append((x, y, [stop.seq]))
    kitchen = _Marker(*avoid, *avoid, "", 0, _STOP_RADIUS_PT)
    placed = _place(
        [kitchen] + [_marker(x, y, _runs(seqs)) for x, y, seqs in groups], width, height
    )
    return placed[1:]


def route_map_drawing(
    route: RouteView,
    kitchen: KitchenView,
    width_pt: float,
    height_pt: float,
    roads: RoadNetwork | None = None,
    lang: str = "tr",
) -> Drawing:
    """The route on its streets, fitted to `width_pt` × `height_pt` points."""
    register_fonts()
    points: list[LatLon] = [(kitchen.lat, kitchen.lon)]
    points += [(s.lat, s.lon) for s in route.stops]
    points += [p for trip in route.path for p in trip]
    frame = _fit(points, width_pt, height_pt)
    d = Drawing(width_pt, height_pt)
    d.add(Rect(0, 0, width_pt, height_pt, fillColor=colors.white, strokeColor=None))
    if roads is not None:
        bbox = (frame.lon0, frame.lat0, frame.lon1, frame.lat1)
        lines = roads.lines(_ROAD_DETAIL_PT / frame.scale_pt_per_m, bbox)
        d.add(_path(frame, lines, strokeColor=_ROAD_GREY, strokeWidth=0.6))
    trips = [trip for trip in route.path if len(trip) >= 2]
    # A white casing keeps the route apart from the grey roads.
    d.add(_path(frame, trips, strokeColor=colors.white, strokeWidth=4.2, strokeLineJoin=1))
    for i, trip in enumerate(trips):
        dash = _DASHES[i % len(_DASHES)]
        d.add(
            _path(
                frame,
                [trip],
                strokeColor=_ROUTE_INK,
                strokeWidth=1.8,
                strokeDashArray=dash or None,
                strokeLineJoin=1,
                strokeLineCap=1,
            )
        )
    kx, ky = frame.xy(kitchen.lat, kitchen.lon)
    markers = _markers(route, frame, width_pt, height_pt, (kx, ky))
    for m in markers:  # leader lines under every disc
        if (m.x, m.y) != (m.ax, m.ay):
            d.add(Line(m.ax, m.ay, m.x, m.y, strokeColor=_ROUTE_INK, strokeWidth=0.8))
    for m in reversed(markers):
        d.add(_stop_marker(m))
    d.add(_kitchen_marker(kx, ky, label("kitchen", lang)[0]))
    d.add(_scale_bar(frame, width_pt))
    d.add(_credit(width_pt))
    frame_box = Rect(0, 0, width_pt, height_pt, fillColor=None, strokeColor=colors.black)
    frame_box.strokeWidth = 0.8
    d.add(frame_box)
    return d
