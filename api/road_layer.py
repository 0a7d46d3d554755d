"""The road network as the page's base layer (no tile server), small enough to send as JSON."""

from __future__ import annotations

import shapely
from shapely import LineString, MultiLineString

from geodata.road import RoadGraph
from scheduler.outputs import road_lines

M_PER_DEG = 111_320.0


Polyline = list[list[float]]


def road_polylines(road: RoadGraph, tolerance_m: float = 3.0, decimals: int = 5) -> list[Polyline]:
    """Every street once as [lat, lon] polylines, joined end to end and simplified (small JSON)."""
    parts = [LineString([(lon, lat) for lat, lon in line]) for line in road_lines(road)]
    if not parts:
        return []
    merged = shapely.line_merge(MultiLineString(parts))
    simple = shapely.simplify(merged, tolerance_m / M_PER_DEG, preserve_topology=False)
    lines = []
    for part in getattr(simple, "geoms", [simple]):
        line: Polyline = []
        for lon_, lat_ in part.coords:
            point = [round(lat_, decimals), round(lon_, decimals)]
            if not line or line[-1] != point:
                line.append(point)
        if len(line) >= 2:
            lines.append(line)
    return lines
