"""Road graphs from the shipped OSM extracts and a small PBF: drivable, connected, cached."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import numpy as np
import osmium
import pytest
from typer.testing import CliRunner

from geodata.errors import OsmFileError
from geodata.graph import load_graph
from geodata.road import RoadGraph
from geodata.settings import GeodataSettings
from geodata.speeds import parse_maxspeed

REPO = Path(__file__).resolve().parents[2]
INEGOL = REPO / "data" / "osm" / "inegol-center.osm.xml"
CAMPO = REPO / "data" / "osm" / "campo-grande.osm.gz"
SMALL_PBF = REPO / "tests" / "data" / "inegol-small.osm.pbf"
NOT_DRIVABLE = {"footway", "pedestrian", "path", "steps", "cycleway", "track", "service"}


@pytest.fixture(scope="module")
def inegol() -> RoadGraph:
    return load_graph(INEGOL)


@pytest.fixture(scope="module")
def campo() -> RoadGraph:
    return load_graph(CAMPO)


def _check_road(road: RoadGraph, min_nodes: int, max_nodes: int) -> None:
    g = road.graph
    assert min_nodes <= g.number_of_nodes() <= max_nodes
    assert nx.is_strongly_connected(g)
    assert road.summary.nodes == g.number_of_nodes() == road.n_nodes
    assert road.summary.edges == g.number_of_edges() == len(road.edge_u)
    highways = {
        h for _, _, hs in g.edges(data="highway") for h in ([hs] if isinstance(hs, str) else hs)
    }
    assert not highways & NOT_DRIVABLE, "network_type='drive' excludes these"
    assert np.all(road.edge_time_s > 0) and np.all(road.edge_length_m > 0)


def test_inegol_graph_is_drivable_and_strongly_connected(inegol: RoadGraph) -> None:
    # ~2,700 drivable OSM nodes before simplification; about 1,200 junctions after it
    _check_road(inegol, 900, 1600)
    assert inegol.summary.dropped_ways["not drivable (network_type filter)"] > 0
    dropped_nodes = inegol.summary.dropped_nodes["outside the largest strongly connected component"]
    assert 0 < dropped_nodes < 0.1 * 2700


def test_campo_grande_drops_ways_cut_at_the_clip_edge(campo: RoadGraph) -> None:
    _check_road(campo, 5000, 10000)
    assert campo.summary.dropped_ways["references nodes missing from the file"] > 0


def test_one_way_streets_are_kept(inegol: RoadGraph) -> None:
    g = inegol.graph
    one_way = [(u, v) for u, v, d in g.edges(data=True) if d.get("oneway") is True]
    assert len(one_way) > 50
    assert any(not g.has_edge(v, u) for u, v in one_way)


def test_small_pbf_and_bz2_xml_give_the_same_graph(tmp_path: Path) -> None:
    settings, cache = GeodataSettings(), tmp_path / "cache"
    from_pbf = load_graph(SMALL_PBF, settings, cache_dir=cache)
    _check_road(from_pbf, 100, 600)
    assert from_pbf.summary.dropped_ways["references nodes missing from the file"] > 0

    bz2 = tmp_path / "inegol-small.osm.bz2"
    with osmium.SimpleWriter(str(bz2)) as writer:
        for obj in osmium.FileProcessor(str(SMALL_PBF)):
            writer.add(obj)
    from_bz2 = load_graph(bz2, settings, cache_dir=cache)
    assert set(from_bz2.graph.nodes) == set(from_pbf.graph.nodes)
    assert from_bz2.graph.number_of_edges() == from_pbf.graph.number_of_edges()


def test_cache_hit_returns_the_same_graph_and_settings_change_the_key(tmp_path: Path) -> None:
    settings = GeodataSettings()
    cold = load_graph(SMALL_PBF, settings, cache_dir=tmp_path)
    warm = load_graph(SMALL_PBF, settings, cache_dir=tmp_path)
    assert not cold.summary.from_cache and warm.summary.from_cache
    assert np.array_equal(cold.edge_time_s, warm.edge_time_s)
    assert set(warm.graph.edges) == set(cold.graph.edges)
    slower = dict(settings.speeds_kph, residential=15.0)
    other = load_graph(SMALL_PBF, GeodataSettings(speeds_kph=slower), cache_dir=tmp_path)
    assert not other.summary.from_cache
    assert other.edge_time_s.sum() > cold.edge_time_s.sum()


@pytest.mark.parametrize(
    ("tag", "kph"),
    [
        ("50", 50.0),
        ("50 km/h", 50.0),
        ("30 mph", 48.28032),
        ("TR:urban", 50.0),
        ("TR:rural", 90.0),
        ("DE:zone30", 30.0),
        ("60;40", 40.0),
        ("none", None),
        ("signals", None),
    ],
)
def test_parse_maxspeed(tag: str, kph: float | None) -> None:
    assert parse_maxspeed(tag, GeodataSettings().zone_speeds_kph) == pytest.approx(kph)


def test_edge_speeds_follow_maxspeed_else_class_default(inegol: RoadGraph) -> None:
    settings = GeodataSettings()
    tagged = untagged = 0
    for _, _, d in inegol.graph.edges(data=True):
        maxspeed, highway = d.get("maxspeed"), d.get("highway")
        if isinstance(maxspeed, str) and isinstance(highway, str):
            speed_kph = parse_maxspeed(maxspeed, settings.zone_speeds_kph)
            tagged += 1
        elif maxspeed is None and highway == "residential":
            speed_kph = settings.speeds_kph["residential"]
            untagged += 1
        else:
            continue
        assert speed_kph is not None
        # travel times are kept in whole milliseconds
        assert d["travel_time"] == pytest.approx(d["length"] / (speed_kph / 3.6), abs=5e-4)
    assert tagged >= 5 and untagged > 1000  # few İnegöl ways carry maxspeed


def test_bad_files_raise_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(OsmFileError, match="does not exist"):
        load_graph(tmp_path / "missing.osm")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    with pytest.raises(OsmFileError, match=r"not an OSM file.*\.pbf"):
        load_graph(notes, GeodataSettings(), cache_dir=tmp_path)


def test_cli_prints_one_line_json_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.main import app

    monkeypatch.setenv("SOFRA_PATHS__CACHE_DIR", str(tmp_path))
    runner = CliRunner()
    first = runner.invoke(app, ["graph", str(SMALL_PBF)])
    second = runner.invoke(app, ["graph", str(SMALL_PBF)])
    assert first.exit_code == 0, first.output
    lines = second.output.strip().splitlines()
    assert len(lines) == 1
    summary = json.loads(lines[0])
    assert summary["from_cache"] is True and json.loads(first.output)["from_cache"] is False
    assert summary["nodes"] > 100 and summary["edges"] > summary["nodes"]
    assert summary["dropped_ways"]["references nodes missing from the file"] > 0
    bad = runner.invoke(app, ["graph", str(tmp_path / "nope.osm")])
    assert bad.exit_code == 2
