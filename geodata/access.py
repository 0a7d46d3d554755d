"""How a snapped point enters and leaves the road graph (shared by matrices and paths).

A point snapped at fraction f of edge u→v (time t, length L) leaves by driving on to v
(cost (1-f)·t) and, on a two-way street, also back to u along the opposite edge; it is
reached from u (cost f·t) and, on a two-way street, from v. A point within NODE_TOLERANCE_M
of an end node stands at that node and may leave in every direction. Time and length along a
partial edge are proportional to the fraction of its length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from geodata.road import FloatArray, IntArray, RoadGraph
from geodata.snapping import Snap, snap_points

# Where a point is given: already snapped, or as (lat, lon).
PointLike = Snap | tuple[float, float]

# A snap closer than this (metres along the edge) to an end node stands at that node.
NODE_TOLERANCE_M = 1.0


@dataclass(frozen=True, slots=True)
class Access:
    """Up to two ways to leave (exits) and reach (entries) each point, as N×2 arrays.

    A missing option has cost inf and repeats option 0's node.
    """

    exit_node: IntArray
    exit_time_s: FloatArray
    exit_length_m: FloatArray
    exit_edge: IntArray  # edge driven to leave (-1 when standing at the node)
    entry_node: IntArray
    entry_time_s: FloatArray
    entry_length_m: FloatArray
    entry_edge: IntArray


def as_snaps(road: RoadGraph, points: Sequence[PointLike]) -> list[Snap]:
    """Snap the (lat, lon) pairs among `points` (default limit); Snap objects pass through."""
    raw = [(i, p) for i, p in enumerate(points) if not isinstance(p, Snap)]
    snapped = iter(snap_points(road, [(float(p[0]), float(p[1])) for _, p in raw]))
    return [p if isinstance(p, Snap) else next(snapped) for p in points]


def access(road: RoadGraph, snaps: Sequence[Snap]) -> Access:
    """Exit and entry options of each snapped point (see the module docstring)."""
    n = len(snaps)
    xn, en = np.zeros((n, 2), np.int64), np.zeros((n, 2), np.int64)
    xt, xl = np.full((n, 2), np.inf), np.full((n, 2), np.inf)
    et, el = np.full((n, 2), np.inf), np.full((n, 2), np.inf)
    xe, ee = np.full((n, 2), -1, np.int64), np.full((n, 2), -1, np.int64)
    for i, s in enumerate(snaps):
        e, tw, f = s.edge, s.twin, s.fraction
        u, v = int(road.edge_u[e]), int(road.edge_v[e])
        t, length = float(road.edge_time_s[e]), float(road.edge_length_m[e])
        if f * length <= NODE_TOLERANCE_M or (1.0 - f) * length <= NODE_TOLERANCE_M:
            node = u if f * length <= NODE_TOLERANCE_M else v
            xn[i], en[i] = node, node
            xt[i, 0] = xl[i, 0] = et[i, 0] = el[i, 0] = 0.0
            continue
        xn[i], xt[i, 0], xl[i, 0], xe[i, 0] = v, (1 - f) * t, (1 - f) * length, e
        en[i], et[i, 0], el[i, 0], ee[i, 0] = u, f * t, f * length, e
        if tw >= 0:
            t_tw, len_tw = float(road.edge_time_s[tw]), float(road.edge_length_m[tw])
            xn[i, 1], xt[i, 1], xl[i, 1], xe[i, 1] = u, f * t_tw, f * len_tw, tw
            en[i, 1], et[i, 1], el[i, 1], ee[i, 1] = v, (1 - f) * t_tw, (1 - f) * len_tw, tw
    return Access(xn, xt, xl, xe, en, et, el, ee)
