"""Load an OSM file into a drivable, strongly connected `RoadGraph` with OSMnx (cached)."""

from __future__ import annotations

import contextlib
import dataclasses
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from geodata import cache
from geodata.errors import OsmFileError
from geodata.road import GraphSummary, RoadGraph
from geodata.settings import GeodataSettings, default_cache_dir

if TYPE_CHECKING:
    import networkx as nx

# Simplification keeps a node wherever these change, so a street name stays one value per edge.
SIMPLIFY_ATTRS_DIFFER = ("name", "highway")


def load_graph(
    path: str | Path, settings: GeodataSettings | None = None, *, cache_dir: Path | None = None
) -> RoadGraph:
    """Road graph of an OSM file (.osm/.osm.xml/.osm.gz/.osm.bz2/.osm.pbf), from cache if built.

    `settings` and `cache_dir` are the `geodata` section and `paths.cache_dir` of the settings
    tree, which the entry points pass (default: the built-in defaults). The cache key is the
    file's SHA-256 plus the settings that shape the graph; a cache that cannot be written
    (read-only directory) only costs a rebuild next time. The graph keeps the settings' snap
    limit (`RoadGraph.snap_limit_m`) for the points later snapped to it.
    """
    settings = settings or GeodataSettings()
    source = Path(path)
    if not source.is_file():
        raise OsmFileError(f"OSM file {source} does not exist; pass the path of a .osm/.pbf file")
    started = time.perf_counter()
    key_path = cache.cache_path(cache_dir or default_cache_dir(), source, settings.graph_key())
    road = cache.load_cached(key_path)
    if road is not None:
        road.summary = dataclasses.replace(
            road.summary,
            source=str(source),
            from_cache=True,
            build_s=time.perf_counter() - started,
        )
        road.source_path = str(source)
        road.snap_limit_m = settings.snap_limit_m
        return road
    road = build_graph(source, settings)
    with contextlib.suppress(OSError):  # read-only cache dir: correct graph, just not reused
        cache.store(key_path, road)
    return road


def build_graph(source: Path, settings: GeodataSettings) -> RoadGraph:
    """Build the graph from scratch: filter drivable ways, OSMnx graph, speeds, SCC, simplify."""
    import networkx as nx  # build-only imports: a cached load never pays for them
    import osmnx as ox

    from geodata.osm_io import read_drivable, write_osm_xml
    from geodata.road import from_networkx

    started = time.perf_counter()
    extract = read_drivable(source, settings.network_type)
    if not extract.ways:
        raise OsmFileError(
            f"{source} holds no drivable road ({settings.network_type!r} filter); "
            "pass an extract that contains highway=* ways"
        )
    with tempfile.TemporaryDirectory(prefix="sofra-osm-") as tmp:
        xml = Path(tmp) / "drivable.osm"
        write_osm_xml(extract, xml)
        raw = ox.graph_from_xml(xml, bidirectional=False, simplify=False, retain_all=True)
    _add_travel_times(raw, settings)

    strong = max(nx.strongly_connected_components(raw), key=len)
    dropped_nodes = len(raw) - len(strong)
    graph = raw.subgraph(strong).copy()
    graph = ox.simplify_graph(
        graph,
        edge_attrs_differ=list(SIMPLIFY_ATTRS_DIFFER),
        edge_attr_aggs={"length": sum, "travel_time": sum},
    )
    for _, _, data in graph.edges(data=True):
        # whole milliseconds: matrices sum them exactly (see RoadGraph.lex_weights)
        data["travel_time"] = round(float(data["travel_time"]), 3)
    summary = GraphSummary(
        source=str(source),
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        dropped_ways=dict(extract.dropped_ways),
        dropped_nodes={"outside the largest strongly connected component": dropped_nodes},
        build_s=0.0,
    )
    road = from_networkx(graph, summary, extract.bounds, extract.places)
    road.source_path = str(source)
    road.snap_limit_m = settings.snap_limit_m
    road.summary = dataclasses.replace(summary, build_s=time.perf_counter() - started)
    return road


def _add_travel_times(graph: nx.MultiDiGraph, settings: GeodataSettings) -> None:
    """Set `speed_kph` and `travel_time` (seconds) on every unsimplified edge."""
    from geodata.speeds import edge_speed_kph

    for _, _, data in graph.edges(data=True):
        speed = edge_speed_kph(
            data.get("highway"),
            data.get("maxspeed"),
            settings.speeds_kph,
            settings.zone_speeds_kph,
            settings.fallback_speed_kph,
        )
        data["speed_kph"] = speed
        data["travel_time"] = float(data["length"]) / (speed / 3.6)
