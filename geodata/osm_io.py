"""Read any OSM file (XML, .gz, .bz2, PBF) with pyosmium and keep only the drivable ways.

The result is written as a small OSM XML file that OSMnx's `graph_from_xml` can build from:
pyosmium reads every format, and ways whose nodes are missing from the file (extracts cut at
a bounding box) are dropped and counted here instead of breaking OSMnx.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import osmium

from geodata.errors import OsmFileError
from geodata.places import Place

SUPPORTED_SUFFIXES = (".osm", ".xml", ".osm.gz", ".osm.bz2", ".xml.gz", ".xml.bz2", ".pbf")

# Way tags OSMnx keeps as edge attributes plus the ones the speed model and filter need.
KEPT_WAY_TAGS = (
    "access",
    "area",
    "bridge",
    "highway",
    "junction",
    "lanes",
    "maxspeed",
    "motor_vehicle",
    "motorcar",
    "name",
    "oneway",
    "ref",
    "service",
    "tunnel",
)

_FILTER_TERM = re.compile(r'\["(?P<key>[^"]+)"(?:(?P<op>!~|~|!=|=)"(?P<value>[^"]*)")?\]')


@dataclass(slots=True)
class DrivableExtract:
    """Drivable ways of one OSM file, ready for OSMnx, and what was dropped on the way."""

    nodes: dict[int, tuple[float, float]]  # id -> (lat, lon), only nodes of kept ways
    ways: list[tuple[int, list[int], dict[str, str]]]
    bounds: tuple[float, float, float, float]  # min_lat, min_lon, max_lat, max_lon of all nodes
    places: list[Place]
    ways_seen: int
    dropped_ways: Counter[str] = field(default_factory=Counter)


def way_filter(network_type: str) -> list[tuple[str, str | None, re.Pattern[str] | None]]:
    """OSMnx's Overpass filter for `network_type` as (key, op, regex) terms we can apply locally."""
    from osmnx import _overpass

    text = _overpass._get_network_filter(network_type)
    terms: list[tuple[str, str | None, re.Pattern[str] | None]] = []
    for m in _FILTER_TERM.finditer(text):
        value = m.group("value")
        terms.append((m.group("key"), m.group("op"), re.compile(value) if value else None))
    if not terms:
        raise OsmFileError(f"could not parse OSMnx's filter for network type {network_type!r}")
    return terms


def passes_filter(
    tags: dict[str, str], terms: list[tuple[str, str | None, re.Pattern[str] | None]]
) -> bool:
    """Apply Overpass filter terms the way Overpass does (`!~` also passes a missing key)."""
    for key, op, pattern in terms:
        value = tags.get(key)
        if op is None:
            if value is None:
                return False
        elif op == "!~":
            if value is not None and pattern is not None and pattern.search(value):
                return False
        elif op == "~":
            if value is None or pattern is None or not pattern.search(value):
                return False
        elif op == "=":
            if value != (pattern.pattern if pattern else ""):
                return False
        elif op == "!=" and value == (pattern.pattern if pattern else ""):
            return False
    return True


class _DriveHandler(osmium.SimpleHandler):
    """One pass over the file: node coordinates, named places, filtered ways."""

    def __init__(self, terms: list[tuple[str, str | None, re.Pattern[str] | None]]) -> None:
        super().__init__()
        self.terms = terms
        self.coords: dict[int, tuple[float, float]] = {}
        self.places: list[Place] = []
        self.ways: list[tuple[int, list[int], dict[str, str]]] = []
        self.ways_seen = 0
        self.dropped: Counter[str] = Counter()

    def node(self, n: Any) -> None:
        if not n.location.valid():
            return
        lat, lon = n.location.lat, n.location.lon
        self.coords[n.id] = (lat, lon)
        place, name = n.tags.get("place"), n.tags.get("name")
        if place and name:
            self.places.append(Place(name=name, kind=place, lat=lat, lon=lon))

    def way(self, w: Any) -> None:
        if "highway" not in w.tags:
            return
        self.ways_seen += 1
        tags = {t.k: t.v for t in w.tags}
        if not passes_filter(tags, self.terms):
            self.dropped["not drivable (network_type filter)"] += 1
            return
        refs = [nd.ref for nd in w.nodes]
        if any(ref not in self.coords for ref in refs):
            self.dropped["references nodes missing from the file"] += 1
            return
        if len(refs) < 2:
            self.dropped["fewer than two nodes"] += 1
            return
        kept = {k: tags[k] for k in KEPT_WAY_TAGS if k in tags}
        self.ways.append((w.id, refs, kept))


def check_suffix(path: Path) -> None:
    """Refuse files pyosmium/OSMnx cannot read, naming the accepted suffixes."""
    name = path.name.lower()
    if not any(name.endswith(s) for s in SUPPORTED_SUFFIXES):
        accepted = ", ".join(SUPPORTED_SUFFIXES)
        raise OsmFileError(f"{path} is not an OSM file this loader reads; use one of {accepted}")


def read_drivable(path: Path, network_type: str = "drive") -> DrivableExtract:
    """Read `path` and keep the ways OSMnx's `network_type` filter calls drivable."""
    check_suffix(path)
    if not path.is_file():
        raise OsmFileError(f"OSM file {path} does not exist; pass the path of a .osm/.pbf file")
    handler = _DriveHandler(way_filter(network_type))
    try:
        handler.apply_file(str(path))
    except RuntimeError as exc:
        raise OsmFileError(f"cannot read OSM file {path}: {exc}") from exc
    if not handler.coords:
        raise OsmFileError(f"OSM file {path} holds no nodes")
    lats = [c[0] for c in handler.coords.values()]
    lons = [c[1] for c in handler.coords.values()]
    used = {ref for _, refs, _ in handler.ways for ref in refs}
    return DrivableExtract(
        nodes={ref: handler.coords[ref] for ref in used},
        ways=handler.ways,
        bounds=(min(lats), min(lons), max(lats), max(lons)),
        places=handler.places,
        ways_seen=handler.ways_seen,
        dropped_ways=handler.dropped,
    )


def write_osm_xml(extract: DrivableExtract, out: Path) -> None:
    """Write the kept nodes and ways as minimal OSM XML for `osmnx.graph_from_xml`."""
    with out.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="sofra">\n')
        for node_id, (lat, lon) in extract.nodes.items():
            f.write(f'<node id="{node_id}" lat="{lat:.7f}" lon="{lon:.7f}"/>\n')
        for way_id, refs, tags in extract.ways:
            f.write(f'<way id="{way_id}">')
            f.writelines(f'<nd ref="{ref}"/>' for ref in refs)
            f.writelines(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items())
            f.write("</way>\n")
        f.write("</osm>\n")
