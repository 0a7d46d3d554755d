"""The road network for drawing: duplicates dropped, lines joined, clipped and simplified."""

from __future__ import annotations

from collections.abc import Sequence

import shapely
from shapely import LineString, MultiLineString
from shapely.geometry.base import BaseGeometry

from sheets.view import LatLon

M_PER_DEG = 111_320.0


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
