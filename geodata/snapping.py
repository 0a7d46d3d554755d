"""Snap (lat, lon) points to the nearest drivable edge, in metres, refusing far-off points."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import shapely

from geodata.errors import PointOffRoadError
from geodata.road import RoadGraph


@dataclass(frozen=True, slots=True)
class Snap:
    """A point placed on the road network.

    The point lies on edge `edge` (index into the RoadGraph edge arrays, running
    `edge_u → edge_v`) at `fraction` of its length (0 at its start node, 1 at its end node);
    `twin` is the opposite-direction edge of a two-way street, or -1 on a one-way street.
    `offroad_m` is the straight-line distance from the point to that spot on the road.
    """

    lat: float
    lon: float
    edge: int
    twin: int
    fraction: float
    offroad_m: float
    label: str | None = None


def snap_point(
    road: RoadGraph,
    lat: float,
    lon: float,
    label: str | None = None,
    limit_m: float | None = None,
) -> Snap:
    """Snap one point; raises PointOffRoadError past `limit_m` (default: the graph's
    `snap_limit_m`, from the settings it was loaded with)."""
    return snap_points(road, [(lat, lon)], [label], limit_m)[0]


def snap_points(
    road: RoadGraph,
    points: Sequence[tuple[float, float]],
    labels: Sequence[str | None] | None = None,
    limit_m: float | None = None,
) -> list[Snap]:
    """Snap many (lat, lon) points at once; the first one off the road raises PointOffRoadError."""
    snaps, errors = _snap(road, points, labels, limit_m)
    if errors:
        raise errors[0]
    return snaps


def off_road_points(
    road: RoadGraph,
    points: Sequence[tuple[float, float]],
    labels: Sequence[str | None] | None = None,
    limit_m: float | None = None,
) -> list[PointOffRoadError]:
    """Every point that cannot be snapped, as errors to report together (e.g. on import)."""
    return _snap(road, points, labels, limit_m)[1]


def _snap(
    road: RoadGraph,
    points: Sequence[tuple[float, float]],
    labels: Sequence[str | None] | None,
    limit_m: float | None,
) -> tuple[list[Snap], list[PointOffRoadError]]:
    limit = road.snap_limit_m if limit_m is None else limit_m
    labels = list(labels) if labels is not None else [None] * len(points)
    if len(labels) != len(points):
        raise ValueError(f"{len(labels)} labels given for {len(points)} points; pass one per point")
    if not points:
        return [], []
    lat = np.array([p[0] for p in points], dtype=float)
    lon = np.array([p[1] for p in points], dtype=float)
    x, y = road.from_wgs84.transform(lon, lat)
    pts = shapely.points(x, y)
    which, dist = road.tree.query_nearest(pts, return_distance=True, all_matches=False)
    order = np.argsort(which[0])  # one nearest per input point, in input order
    edges = road.tree_edges[which[1][order]]
    dist_m: npt.NDArray[np.float64] = dist[order]
    fractions = shapely.line_locate_point(road.edge_geom[edges], pts, normalized=True)
    min_lat, min_lon, max_lat, max_lon = road.bounds
    outside = (lat < min_lat) | (lat > max_lat) | (lon < min_lon) | (lon > max_lon)

    snaps: list[Snap] = []
    errors: list[PointOffRoadError] = []
    for i, e in enumerate(edges.tolist()):
        if outside[i] or dist_m[i] > limit:
            errors.append(
                PointOffRoadError(
                    float(lat[i]),
                    float(lon[i]),
                    float(dist_m[i]),
                    limit,
                    labels[i],
                    outside_extract=bool(outside[i]),
                )
            )
            continue
        snaps.append(
            Snap(
                lat=float(lat[i]),
                lon=float(lon[i]),
                edge=e,
                twin=int(road.edge_twin[e]),
                fraction=float(np.clip(fractions[i], 0.0, 1.0)),
                offroad_m=float(dist_m[i]),
                label=labels[i],
            )
        )
    return snaps, errors


def snapped_lat_lon(road: RoadGraph, snap: Snap) -> tuple[float, float]:
    """(lat, lon) of the spot on the road where `snap` joins the network."""
    on_road = shapely.line_interpolate_point(
        road.edge_geom[snap.edge], snap.fraction, normalized=True
    )
    lon, lat = road.to_wgs84.transform(on_road.x, on_road.y)
    return float(lat), float(lon)
