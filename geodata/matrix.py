"""Directed travel-time and distance matrices between snapped points (scipy csgraph Dijkstra).

A snapped point joins the graph through the end nodes of its edge (see `geodata.access`:
one-way streets are driven only forwards). Two points on the same street also reach each
other directly when the first lies upstream of the second. The off-road leg
(`Snap.offroad_m`) is walked, so it is not part of the matrices.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse.csgraph import dijkstra

from geodata.access import PointLike, access, as_snaps
from geodata.road import FloatArray, IntArray, RoadGraph
from geodata.snapping import Snap

# Dijkstra runs from at most this many source nodes at a time (bounds memory: block × nodes).
SOURCE_BLOCK = 256


@dataclass(frozen=True, slots=True)
class Matrices:
    """N×N directed matrices: row = from, column = to; diagonal 0.

    `distance_m` is the length of the fastest route, not the shortest possible distance.
    """

    duration_s: FloatArray
    distance_m: FloatArray


def travel_matrices(road: RoadGraph, points: Sequence[PointLike]) -> Matrices:
    """Directed N×N travel times (s) and route lengths (m) between points, via compiled Dijkstra.

    Runs scipy's Dijkstra only from the nodes the points leave by, in blocks of
    SOURCE_BLOCK sources so memory stays at block × graph nodes. Its weights pack time (ms)
    and length together, so one pass gives both the fastest time and that route's length.
    """
    snaps = as_snaps(road, points)
    n = len(snaps)
    acc = access(road, snaps)
    duration = np.full((n, n), np.inf)
    distance = np.full((n, n), np.inf)
    entry_nodes = acc.entry_node.ravel()
    origin_order = np.argsort(acc.exit_node[:, 0], kind="stable")  # neighbours share sources
    start = 0
    while start < n:
        block, sources = _next_block(acc.exit_node, origin_order, start)
        start += len(block)
        dist = dijkstra(road.lex_weights.csr, indices=sources)[:, entry_nodes]
        times, lengths = _decode(road, dist)
        row = {int(s): k for k, s in enumerate(sources)}
        t_sub = times.reshape(len(sources), n, 2)
        l_sub = lengths.reshape(len(sources), n, 2)
        for a in range(2):
            rows = np.array([row[int(s)] for s in acc.exit_node[block, a]])
            for b in range(2):
                cand_t = (
                    acc.exit_time_s[block, a, None] + t_sub[rows, :, b] + acc.entry_time_s[:, b]
                )
                cand_l = (
                    acc.exit_length_m[block, a, None] + l_sub[rows, :, b] + acc.entry_length_m[:, b]
                )
                better = cand_t < duration[block]
                duration[block] = np.where(better, cand_t, duration[block])
                distance[block] = np.where(better, cand_l, distance[block])
    _same_edge_shortcuts(road, snaps, duration, distance)
    np.fill_diagonal(duration, 0.0)
    np.fill_diagonal(distance, 0.0)
    return Matrices(duration_s=duration, distance_m=distance)


def _next_block(exit_node: IntArray, order: IntArray, start: int) -> tuple[IntArray, IntArray]:
    """Origins order[start:k] whose exit nodes fit in one Dijkstra block, and those nodes."""
    sources: set[int] = set()
    k = start
    while k < len(order):
        new = {int(x) for x in exit_node[order[k]]} - sources
        if sources and len(sources) + len(new) > SOURCE_BLOCK:
            break
        sources |= new
        k += 1
    return order[start:k], np.array(sorted(sources), dtype=np.int64)


def _decode(road: RoadGraph, weights: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Seconds and metres from lexicographic Dijkstra distances (see RoadGraph.lex_weights)."""
    lex = road.lex_weights
    time_ms = np.floor(weights / lex.scale)
    length_units = weights - time_ms * lex.scale
    return time_ms / 1000.0, length_units * lex.length_unit_m


def _same_edge_shortcuts(
    road: RoadGraph, snaps: Sequence[Snap], duration: FloatArray, distance: FloatArray
) -> None:
    """Let two points on the same street reach each other directly along it."""
    groups: dict[int, list[int]] = {}
    for i, s in enumerate(snaps):
        groups.setdefault(s.edge, []).append(i)
    for e, members in groups.items():
        if len(members) < 2:
            continue
        tw = int(road.edge_twin[e])
        for i in members:
            for j in members:
                fi, fj = snaps[i].fraction, snaps[j].fraction
                if i == j:
                    continue
                if fj >= fi:
                    t = (fj - fi) * road.edge_time_s[e]
                    length = (fj - fi) * road.edge_length_m[e]
                elif tw >= 0:
                    t = (fi - fj) * road.edge_time_s[tw]
                    length = (fi - fj) * road.edge_length_m[tw]
                else:
                    continue
                if t < duration[i, j]:
                    duration[i, j], distance[i, j] = t, length


from geodata.paths import path_geometry, route_geometry  # noqa: E402  (re-export for callers)

__all__ = ["Matrices", "path_geometry", "route_geometry", "travel_matrices"]
