"""Road geometry of the fastest path between snapped points, for maps (lon/lat LineStrings) and
as the one (lat, lon) road polyline through a route's points (`road_polyline`)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy.sparse.csgraph import dijkstra
from shapely import LineString
from shapely.ops import substring

from geodata.access import Access, PointLike, access, as_snaps
from geodata.road import RoadGraph
from geodata.snapping import Snap


def path_geometry(road: RoadGraph, a: PointLike, b: PointLike) -> LineString:
    """Fastest road path from `a` to `b` as a lon/lat LineString (from the road spot of a)."""
    return route_geometry(road, [a, b])[0]


def route_geometry(road: RoadGraph, points: Sequence[PointLike]) -> list[LineString]:
    """One lon/lat LineString per leg of a route through `points` (len(points) - 1 legs).

    A single scipy Dijkstra call from every leg's exit nodes serves all legs.
    """
    snaps = as_snaps(road, points)
    if len(snaps) < 2:
        return []
    acc = access(road, snaps)
    sources = np.unique(acc.exit_node[:-1].ravel())
    dist, pred = dijkstra(road.time_csr, indices=sources, return_predecessors=True)
    row = {int(s): k for k, s in enumerate(sources)}
    legs = []
    for i in range(len(snaps) - 1):
        coords = _leg_coords(road, snaps[i], snaps[i + 1], acc, i, dist, pred, row)
        lon, lat = road.to_wgs84.transform(coords[:, 0], coords[:, 1])
        legs.append(LineString(np.column_stack([lon, lat])))
    return legs


LatLon = tuple[float, float]


def road_polyline(road: RoadGraph, points: Sequence[LatLon]) -> list[LatLon]:
    """The fastest road polyline through (lat, lon) `points`, as (lat, lon) pairs.

    The one road path every map, sheet, GeoJSON file and stored route line is drawn from: the
    legs of `route_geometry` joined end to end, consecutive repeated vertices dropped.
    """
    coords: list[LatLon] = []
    for leg in route_geometry(road, list(points)):
        for lon, lat in leg.coords:
            if not coords or coords[-1] != (lat, lon):
                coords.append((lat, lon))
    return coords


def _leg_coords(
    road: RoadGraph,
    s_from: Snap,
    s_to: Snap,
    acc: Access,
    i: int,
    dist: npt.NDArray[np.float64],
    pred: npt.NDArray[np.int32],
    row: dict[int, int],
) -> npt.NDArray[np.float64]:
    """Projected coordinates of the fastest leg from point i to point i + 1."""
    j = i + 1
    best, best_t = (0, 0), np.inf
    for a in range(2):
        for b in range(2):
            t = acc.exit_time_s[i, a] + dist[row[int(acc.exit_node[i, a])], acc.entry_node[j, b]]
            t += acc.entry_time_s[j, b]
            if t < best_t:
                best, best_t = (a, b), t
    direct = _direct(road, s_from, s_to)
    if direct is not None and direct[0] <= best_t:
        return _dedupe(np.asarray(direct[1].coords))
    a, b = best
    parts = [_exit_part(road, s_from, int(acc.exit_edge[i, a]))]
    nodes = _node_path(pred[row[int(acc.exit_node[i, a])]], int(acc.entry_node[j, b]))
    parts.append(road.node_xy[nodes[:1]])
    for p, q in itertools.pairwise(nodes):
        e = int(road.edge_between(np.array([p]), np.array([q]))[0])
        parts.append(np.asarray(road.edge_geom[e].coords))
    parts.append(_entry_part(road, s_to, int(acc.entry_edge[j, b])))
    return _dedupe(np.vstack([p for p in parts if len(p)]))


def _direct(road: RoadGraph, s_from: Snap, s_to: Snap) -> tuple[float, LineString] | None:
    """Driving along one street from s_from to s_to without leaving it, if allowed."""
    if s_from.edge != s_to.edge:
        return None
    e, tw, fi, fj = s_from.edge, s_from.twin, s_from.fraction, s_to.fraction
    if fj >= fi:
        geom = substring(road.edge_geom[e], fi, fj, normalized=True)
        return (fj - fi) * road.edge_time_s[e], geom
    if tw >= 0:
        geom = substring(road.edge_geom[tw], 1 - fi, 1 - fj, normalized=True)
        return (fi - fj) * road.edge_time_s[tw], geom
    return None


def _exit_part(road: RoadGraph, snap: Snap, edge: int) -> npt.NDArray[np.float64]:
    """From the snapped spot to the exit node along `edge` (empty when standing at a node)."""
    if edge < 0:
        return np.empty((0, 2))
    f = snap.fraction if edge == snap.edge else 1.0 - snap.fraction
    return np.asarray(substring(road.edge_geom[edge], f, 1.0, normalized=True).coords)


def _entry_part(road: RoadGraph, snap: Snap, edge: int) -> npt.NDArray[np.float64]:
    """From the entry node to the snapped spot along `edge` (empty when at a node)."""
    if edge < 0:
        return np.empty((0, 2))
    f = snap.fraction if edge == snap.edge else 1.0 - snap.fraction
    return np.asarray(substring(road.edge_geom[edge], 0.0, f, normalized=True).coords)


def _node_path(pred_row: npt.NDArray[np.int32], target: int) -> list[int]:
    """Node indices from the Dijkstra source to `target` along the predecessor tree."""
    path = [target]
    while pred_row[path[-1]] >= 0:
        path.append(int(pred_row[path[-1]]))
    return path[::-1]


def _dedupe(coords: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Drop consecutive repeated vertices; keep at least two so the LineString is valid."""
    if len(coords) == 0:
        return np.zeros((2, 2))
    keep = np.ones(len(coords), dtype=bool)
    keep[1:] = np.any(np.abs(np.diff(coords, axis=0)) > 1e-9, axis=1)
    out = coords[keep]
    return out if len(out) >= 2 else np.vstack([out, out])


__all__ = ["path_geometry", "road_polyline", "route_geometry"]
