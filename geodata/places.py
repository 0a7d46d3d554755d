"""Named OSM places (mahalle/neighbourhood nodes) and the nearest one to a point."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Place kinds that name a part of a town; İnegöl's mahalles are tagged place=suburb or
# place=neighbourhood with names like "Cuma Mah.".
NEIGHBOURHOOD_KINDS = frozenset({"neighbourhood", "suburb", "quarter"})


@dataclass(frozen=True, slots=True)
class Place:
    """A named OSM place node (e.g. place=neighbourhood, a mahalle)."""

    name: str
    kind: str
    lat: float
    lon: float


def nearest_neighbourhood(places: Sequence[Place], lat: float, lon: float) -> str:
    """Name of the nearest neighbourhood-like place, or "" when the extract has none."""
    best, best_d2 = "", math.inf
    coslat = math.cos(math.radians(lat))
    for p in places:
        if p.kind not in NEIGHBOURHOOD_KINDS:
            continue
        d2 = (p.lat - lat) ** 2 + ((p.lon - lon) * coslat) ** 2
        if d2 < best_d2:
            best, best_d2 = p.name, d2
    return best
