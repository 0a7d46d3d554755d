"""Snapping, travel matrices and path geometry on the İnegöl road graph."""

from __future__ import annotations

import itertools
from pathlib import Path

import networkx as nx
import numpy as np
import pyproj
import pytest

from geodata.errors import PointOffRoadError
from geodata.graph import load_graph
from geodata.matrix import path_geometry, route_geometry, travel_matrices
from geodata.road import RoadGraph
from geodata.snapping import Snap, off_road_points, snap_point, snap_points, snapped_lat_lon

REPO = Path(__file__).resolve().parents[2]
INEGOL = REPO / "data" / "osm" / "inegol-center.osm.xml"
GEOD = pyproj.Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def road() -> RoadGraph:
    return load_graph(INEGOL)


def _node_lat_lon(road: RoadGraph, i: int) -> tuple[float, float]:
    data = road.graph.nodes[int(road.node_ids[i])]
    return float(data["y"]), float(data["x"])


def _array_graph(road: RoadGraph) -> nx.MultiDiGraph:
    """The road as a plain networkx graph of its edge arrays (node = array index)."""
    g = nx.MultiDiGraph()
    for e in range(len(road.edge_u)):
        g.add_edge(
            int(road.edge_u[e]), int(road.edge_v[e]), t=road.edge_time_s[e], m=road.edge_length_m[e]
        )
    return g


def _mid_edge_snaps(road: RoadGraph, n: int, seed: int) -> list[Snap]:
    """Snaps of points in the middle of n different long edges, nudged 10 m off the road."""
    rng = np.random.default_rng(seed)
    long_edges = road.tree_edges[road.edge_length_m[road.tree_edges] > 60]
    edges = rng.choice(long_edges, n, replace=False)
    points = []
    for e in edges:
        spot = road.edge_geom[e].interpolate(rng.uniform(0.3, 0.7), normalized=True)
        lon, lat = road.to_wgs84.transform(spot.x + 6.0, spot.y + 8.0)
        points.append((lat, lon))
    return snap_points(road, points)


def test_matrix_entry_equals_networkx_shortest_path_between_junctions(road: RoadGraph) -> None:
    rng = np.random.default_rng(7)
    nodes = rng.choice(road.n_nodes, 30, replace=False)
    m = travel_matrices(road, [_node_lat_lon(road, int(i)) for i in nodes])
    g = road.graph
    for a in range(0, 30, 6):
        src = int(road.node_ids[nodes[a]])
        lengths = nx.single_source_dijkstra_path_length(g, src, weight="travel_time")
        for b in range(30):
            expected = lengths[int(road.node_ids[nodes[b]])]
            assert m.duration_s[a, b] == pytest.approx(expected, rel=1e-9, abs=1e-6)
    # distance is the length of that fastest route
    dst = int(road.node_ids[nodes[5]])
    path = nx.shortest_path(g, int(road.node_ids[nodes[0]]), dst, weight="travel_time")
    path_m = sum(min(d["length"] for d in g[u][v].values()) for u, v in itertools.pairwise(path))
    assert m.distance_m[0, 5] == pytest.approx(path_m, abs=0.05 * len(path))  # 0.1 m units


def test_matrix_handles_points_in_the_middle_of_streets(road: RoadGraph) -> None:
    snaps = _mid_edge_snaps(road, 12, seed=3)
    m = travel_matrices(road, snaps)
    # independent check: split each snapped edge (and its twin) at the point in networkx
    g = _array_graph(road)
    for k, s in enumerate(snaps):
        p = ("p", k)
        e, f = s.edge, s.fraction
        u, v = int(road.edge_u[e]), int(road.edge_v[e])
        g.add_edge(u, p, t=f * road.edge_time_s[e])
        g.add_edge(p, v, t=(1 - f) * road.edge_time_s[e])
        if s.twin >= 0:
            g.add_edge(v, p, t=(1 - f) * road.edge_time_s[s.twin])
            g.add_edge(p, u, t=f * road.edge_time_s[s.twin])
    for a in range(12):
        times = nx.single_source_dijkstra_path_length(g, ("p", a), weight="t")
        for b in range(12):
            assert m.duration_s[a, b] == pytest.approx(times[("p", b)], rel=1e-9, abs=1e-6)


def test_one_way_street_gives_asymmetric_times(road: RoadGraph) -> None:
    one_way = [
        e
        for e in road.tree_edges
        if road.edge_twin[e] < 0
        and road.edge_length_m[e] > 80
        and road.edge_highway[e] == "residential"
    ]
    assert one_way
    e = int(one_way[0])
    geom = road.edge_geom[e]
    upstream, downstream = (geom.interpolate(f, normalized=True) for f in (0.25, 0.75))
    points = [road.to_wgs84.transform(p.x, p.y)[::-1] for p in (upstream, downstream)]
    snaps = snap_points(road, points)
    assert snaps[0].edge == snaps[1].edge == e
    m = travel_matrices(road, snaps)
    forward = 0.5 * road.edge_time_s[e]
    assert m.duration_s[0, 1] == pytest.approx(forward)
    assert m.duration_s[1, 0] > m.duration_s[0, 1] + 10  # must go round the block
    assert not np.allclose(m.duration_s, m.duration_s.T)


def test_far_off_point_names_the_household_and_the_distance(road: RoadGraph) -> None:
    with pytest.raises(PointOffRoadError) as err:
        snap_point(road, 40.1, 29.6, label="household H0132")
    msg = str(err.value)
    assert msg.startswith("household H0132 at (40.1000, 29.6000) is ")
    assert "m from the nearest drivable road (limit 300 m)" in msg
    assert err.value.distance_m > 5000
    assert isinstance(err.value, ValueError)
    # inside the extract but farther than the limit
    lat, lon = _node_lat_lon(road, 0)
    with pytest.raises(
        PointOffRoadError, match=r"is \d+ m from the nearest drivable road \(limit 1 m\)"
    ):
        snap_point(road, lat + 0.0004, lon + 0.0004, label="household H0001", limit_m=1)


def test_batch_snapping_reports_every_off_road_point(road: RoadGraph) -> None:
    good = _node_lat_lon(road, 10)
    errors = off_road_points(road, [good, (40.1, 29.6), good, (39.0, 29.5)], ["a", "b", "c", "d"])
    assert [e.label for e in errors] == ["b", "d"]
    snap = snap_point(road, *good)
    assert snap.offroad_m < 1.0
    lat, lon = snapped_lat_lon(road, snap)
    assert abs(lat - good[0]) < 1e-5 and abs(lon - good[1]) < 1e-5


def test_path_geometry_joins_the_two_points_and_matches_the_distance(road: RoadGraph) -> None:
    snaps = _mid_edge_snaps(road, 5, seed=11)
    m = travel_matrices(road, snaps)
    legs = route_geometry(road, snaps)
    assert len(legs) == 4
    for k, leg in enumerate(legs):
        start, end = snapped_lat_lon(road, snaps[k]), snapped_lat_lon(road, snaps[k + 1])
        assert leg.coords[0] == pytest.approx((start[1], start[0]), abs=1e-6)
        assert leg.coords[-1] == pytest.approx((end[1], end[0]), abs=1e-6)
        assert GEOD.geometry_length(leg) == pytest.approx(m.distance_m[k, k + 1], rel=0.01, abs=2)
    single = path_geometry(road, snaps[0], snaps[1])
    assert single.equals(legs[0])
