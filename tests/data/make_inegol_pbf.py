"""Make tests/data/inegol-small.osm.pbf: central İnegöl's highways, clipped like an extract.

Run from the repo root: python tests/data/make_inegol_pbf.py. Keeps highway ways with a node
in the box but only the nodes inside it, so ways crossing the edge reference missing nodes
(as in real bounding-box extracts). Data © OpenStreetMap contributors, ODbL.
"""

from __future__ import annotations

from pathlib import Path

import osmium

SOURCE = Path("data/osm/inegol-center.osm.xml")
TARGET = Path("tests/data/inegol-small.osm.pbf")
BOX = (40.0745, 29.5040, 40.0830, 29.5160)  # min_lat, min_lon, max_lat, max_lon


def inside(lat: float, lon: float) -> bool:
    return BOX[0] <= lat <= BOX[2] and BOX[1] <= lon <= BOX[3]


def is_clipped_highway(obj: osmium.osm.OSMObject, kept_nodes: set[int]) -> bool:
    return obj.is_way() and "highway" in obj.tags and any(n.ref in kept_nodes for n in obj.nodes)


def main() -> None:
    kept_nodes: set[int] = set()
    for obj in osmium.FileProcessor(str(SOURCE), osmium.osm.NODE):
        if obj.location.valid() and inside(obj.location.lat, obj.location.lon):
            kept_nodes.add(obj.id)
    TARGET.unlink(missing_ok=True)
    writer = osmium.SimpleWriter(str(TARGET))
    try:
        for obj in osmium.FileProcessor(str(SOURCE), osmium.osm.NODE | osmium.osm.WAY):
            if obj.is_node() and obj.id in kept_nodes:
                tags = (
                    {"place": obj.tags["place"], "name": obj.tags["name"]}
                    if ("place" in obj.tags and "name" in obj.tags)
                    else {}
                )
                writer.add_node(obj.replace(tags=tags))
            elif is_clipped_highway(obj, kept_nodes):
                writer.add_way(obj)
    finally:
        writer.close()
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
