"""The road network as the page's base layer (no tile server), and paths along the roads."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely import LineString, MultiLineString

from geodata.paths import route_geometry
from geodata.road import RoadGraph
from sheets.view import LatLon

M_PER_DEG = 111_320.0


Polyline = list[list[float]]


def road_polylines(road: RoadGraph, tolerance_m: float = 3.0, decimals: int = 5) -> list[Polyline]:
    """Every street once as [lat, lon] polylines, joined end to end and simplified (small JSON)."""
    edges = np.arange(len(road.edge_u))
    keep = np.flatnonzero((road.edge_twin < 0) | (edges < road.edge_twin))
    parts = []
    for geom in road.edge_geom[keep]:
        xy = shapely.get_coordinates(geom)
        lon, lat = road.to_wgs84.transform(xy[:, 0], xy[:, 1])
        if len(lon) >= 2:
            parts.append(LineString(np.column_stack([lon, lat])))
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


def path_along_roads(road: RoadGraph, points: Sequence[LatLon]) -> list[LatLon]:
    """The fastest road polyline through (lat, lon) points, as (lat, lon) pairs."""
    coords: list[LatLon] = []
    for leg in route_geometry(road, list(points)):
        coords.extend((lat, lon) for lon, lat in shapely.get_coordinates(leg).tolist())
    return coords
