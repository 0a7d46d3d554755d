"""Roads for drawing: the road path of a route, and the street network under the routes.

`path_along_roads` draws a route's trips with `geodata.paths.road_polyline`, the one road path
of Sofra (the store's route lines come from it too). `road_lines` gives every street once;
`RoadNetwork`/`simplify_roads` join, clip and simplify them for the map, the route sheets and
the dispatcher page's base layer.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
import shapely
from shapely import LineString, MultiLineString
from shapely.geometry.base import BaseGeometry

from geodata.paths import road_polyline
from geodata.road import RoadGraph
from sheets.plan_views import PathOf
from sheets.view import LatLon

M_PER_DEG = 111_320.0


PATHS_CACHED = 4096
"""Road polylines remembered per road graph: a stored plan never changes, so the API's GeoJSON,
route sheets and driver pages draw each trip's path once, not on every request."""

_PATHS: dict[int, tuple[RoadGraph, PathOf]] = {}


def path_along_roads(road: RoadGraph) -> PathOf:
    """A function giving the road polyline through a sequence of (lat, lon) points (cached)."""
    held = _PATHS.get(id(road))
    if held is not None and held[0] is road:
        return held[1]

    @functools.lru_cache(maxsize=PATHS_CACHED)
    def cached(points: tuple[LatLon, ...]) -> tuple[LatLon, ...]:
        return tuple(road_polyline(road, points))

    def path(points: Sequence[LatLon]) -> list[LatLon]:
        return list(cached(tuple((float(a), float(b)) for a, b in points)))

    if len(_PATHS) >= 4:  # a process holds one road graph, tests a few: never keep many alive
        _PATHS.clear()
    _PATHS[id(road)] = (road, path)
    return path


def road_lines(road: RoadGraph) -> list[list[LatLon]]:
    """Every street once (two-way streets drawn once), as (lat, lon) polylines."""
    keep = [e for e in range(len(road.edge_u)) if road.edge_twin[e] < 0 or road.edge_twin[e] > e]
    lines: list[list[LatLon]] = []
    for geom in road.edge_geom[keep]:
        xy = shapely.get_coordinates(geom)
        lon, lat = road.to_wgs84.transform(xy[:, 0], xy[:, 1])
        lines.append(list(zip(np.round(lat, 6).tolist(), np.round(lon, 6).tolist(), strict=True)))
    return lines


class RoadNetwork:
    """Road polylines as one shapely geometry in (lon, lat), ready to clip and simplify.

    A two-way street's two directions become one line; lines meeting end to end with nothing
    else at the joint become one line.
    """

    def __init__(self, road_lines: Sequence[Sequence[LatLon]]) -> None:
        unique: dict[tuple[tuple[float, float], ...], None] = {}
        for ln in road_lines:
            pts = tuple((round(lon, 7), round(lat, 7)) for lat, lon in ln)
            if len(pts) >= 2:
                unique[min(pts, pts[::-1])] = None
        self.geometry: BaseGeometry | None = (
            shapely.line_merge(MultiLineString([LineString(p) for p in unique])) if unique else None
        )

    def lines(
        self,
        tolerance_m: float,
        bbox: tuple[float, float, float, float] | None = None,
    ) -> list[list[LatLon]]:
        """(lat, lon) polylines simplified to `tolerance_m`, clipped to (lon0, lat0, lon1, lat1)."""
        if self.geometry is None:
            return []
        geom = self.geometry if bbox is None else shapely.clip_by_rect(self.geometry, *bbox)
        geom = shapely.simplify(geom, tolerance_m / M_PER_DEG, preserve_topology=False)
        out = []
        for part in getattr(geom, "geoms", [geom]):
            if not part.is_empty and len(part.coords) >= 2:
                out.append([(lat, lon) for lon, lat in part.coords])
        return out


def round_line(coords: Sequence[Sequence[float]], decimals: int) -> list[list[float]]:
    """(lat, lon) pairs rounded, consecutive repeats dropped."""
    out: list[list[float]] = []
    for lat, lon in coords:
        p = [round(lat, decimals), round(lon, decimals)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def simplify_roads(
    road_lines: Sequence[Sequence[LatLon]], tolerance_m: float, decimals: int
) -> list[list[list[float]]]:
    """The road network as few, short polylines (see `RoadNetwork`), coordinates rounded: the
    base layer of the day map and of the dispatcher page."""
    lines = (round_line(ln, decimals) for ln in RoadNetwork(road_lines).lines(tolerance_m))
    return [ln for ln in lines if len(ln) >= 2]
