"""Benchmark: road-graph build (cold, cached) and travel matrices vs networkx's Dijkstra loop.

Run by hand: python benchmarks/matrix.py [--sizes 100 500 2000] [--nx-sources 100]
Prints a Markdown table. The networkx column runs nx.single_source_dijkstra_path_length from
each point's nearest junction; past --nx-sources sources it is timed on that many sources and
scaled linearly to N (marked "≈").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geodata.cache import cache_path, load_cached  # noqa: E402
from geodata.graph import build_graph, load_graph  # noqa: E402
from geodata.matrix import travel_matrices  # noqa: E402
from geodata.road import RoadGraph  # noqa: E402
from geodata.settings import GeodataSettings  # noqa: E402
from geodata.snapping import snap_points  # noqa: E402

EXTRACTS = {
    "İnegöl": REPO / "data" / "osm" / "inegol-center.osm.xml",
    "Campo Grande": REPO / "data" / "osm" / "campo-grande.osm.gz",
}


def random_points(road: RoadGraph, n: int, seed: int) -> list[tuple[float, float]]:
    """n (lat, lon) points beside random edges (weighted by length), 0–30 m off the road."""
    rng = np.random.default_rng(seed)
    edges = rng.choice(len(road.edge_u), size=n, p=road.edge_length_m / road.edge_length_m.sum())
    out = []
    for e in edges:
        spot = road.edge_geom[e].interpolate(rng.uniform(), normalized=True)
        dx, dy = rng.uniform(-20, 20, size=2)
        lon, lat = road.to_wgs84.transform(spot.x + dx, spot.y + dy)
        out.append((float(lat), float(lon)))
    return out


def time_networkx(road: RoadGraph, snaps_nodes: list[int], max_sources: int) -> tuple[float, bool]:
    """Seconds for the networkx loop over all sources (scaled from max_sources if fewer)."""
    g = road.graph
    sources = snaps_nodes[:max_sources]
    started = time.perf_counter()
    for s in sources:
        nx.single_source_dijkstra_path_length(g, s, weight="travel_time")
    elapsed = time.perf_counter() - started
    if len(sources) < len(snaps_nodes):
        return elapsed * len(snaps_nodes) / len(sources), True
    return elapsed, False


def whole_cli_second_run(path: Path, cache_dir: Path) -> float:
    """Wall seconds of a whole `sofra graph FILE` process when the cache is warm."""
    env_cmd = [sys.executable, "-m", "cli.main", "graph", str(path)]
    env = {"SOFRA_PATHS__CACHE_DIR": str(cache_dir), "PATH": "/usr/bin:/bin"}
    subprocess.run(env_cmd, cwd=REPO, env=env, check=True, capture_output=True)
    started = time.perf_counter()
    subprocess.run(env_cmd, cwd=REPO, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--nx-sources", type=int, default=100)
    args = parser.parse_args()

    build_rows, matrix_rows = [], []
    with tempfile.TemporaryDirectory() as tmp:
        settings, cache_dir = GeodataSettings(), Path(tmp)
        for name, path in EXTRACTS.items():
            started = time.perf_counter()
            road = build_graph(path, settings)
            cold_s = time.perf_counter() - started
            load_graph(path, settings, cache_dir=cache_dir)  # stores the cache
            started = time.perf_counter()
            cached = load_cached(cache_path(cache_dir, path, settings.graph_key()))
            cached_s = time.perf_counter() - started
            assert cached is not None
            started = time.perf_counter()
            _ = cached.graph, cached.edge_geom, cached.tree, cached.lex_weights
            materialise_s = time.perf_counter() - started
            cli_s = whole_cli_second_run(path, Path(tmp))
            s = road.summary
            build_rows.append(
                f"| {name} | {s.nodes:,} | {s.edges:,} | {cold_s:.2f} | {cached_s:.3f} | "
                f"{materialise_s:.3f} | {cli_s:.2f} |"
            )
            for n in args.sizes:
                points = random_points(road, n, seed=n)
                started = time.perf_counter()
                snaps = snap_points(road, points)
                snap_s = time.perf_counter() - started
                started = time.perf_counter()
                m = travel_matrices(road, snaps)
                matrix_s = time.perf_counter() - started
                assert np.isfinite(m.duration_s).all()
                nodes = [int(road.node_ids[road.edge_v[sn.edge]]) for sn in snaps]
                nx_s, scaled = time_networkx(road, nodes, args.nx_sources)
                nx_cell = (
                    f"≈{nx_s:.1f} (from {args.nx_sources} sources)" if scaled else f"{nx_s:.2f}"
                )
                matrix_rows.append(
                    f"| {name} | {n:,} | {snap_s:.3f} | {matrix_s:.3f} | {nx_cell} | "
                    f"{nx_s / matrix_s:.0f}× |"
                )

    print("Road graph (seconds)\n")
    print(
        "| extract | nodes | edges | build cold | load cached | + networkx graph, geometries,"
        " index | `sofra graph` 2nd run, whole process |"
    )
    print("|---|---|---|---|---|---|---|")
    print("\n".join(build_rows))
    print("\nTravel-time + distance matrices, N points (seconds)\n")
    print("| extract | N | snap | sofra (scipy csgraph) | networkx loop | speed-up |")
    print("|---|---|---|---|---|---|")
    print("\n".join(matrix_rows))


if __name__ == "__main__":
    main()
