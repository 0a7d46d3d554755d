"""More or fewer clients: new ones live where today's clients live and eat as they do.

A new client copies a randomly drawn existing client (the template): meal plan, service days,
portions, needs and enrolment period, so demand over the year grows in proportion. Their home
is on a named residential street within `NEAR_M` of the template's home, placed like the demo
households (along the street, set back from the kerb). Each new client has its own random
stream, so adding 150 gives the first 150 of adding 300: sweeps over counts are nested.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np
import shapely

from demo.households import ALONG_EDGE, RESIDENTIAL_CLASSES, SETBACK_M
from domain.households import Household
from geodata.places import nearest_neighbourhood
from geodata.road import IntArray, RoadGraph

NEAR_M = 400.0
"""How far from the template's home a new client may live (metres)."""

NEW_REF_PREFIX = "N"
_REMOVE_STREAM = 1
_ADD_STREAM = 2


def resize_households(
    road: RoadGraph, households: Sequence[Household], target: int, seed: int
) -> list[Household]:
    """`households` grown or shrunk to `target` clients (reproducible from `seed`)."""
    if target <= len(households):
        return drop_households(households, len(households) - target, seed)
    return [*households, *new_households(road, households, target - len(households), seed)]


def drop_households(households: Sequence[Household], count: int, seed: int) -> list[Household]:
    """`households` without `count` of them, drawn at random; dropping more keeps dropping."""
    order = np.random.default_rng([seed, _REMOVE_STREAM]).permutation(len(households))
    gone = {int(i) for i in order[len(households) - count :]} if count > 0 else set()
    return [h for i, h in enumerate(households) if i not in gone]


def new_households(
    road: RoadGraph, templates: Sequence[Household], count: int, seed: int
) -> list[Household]:
    """`count` new clients near and like randomly drawn `templates`."""
    if not templates:
        raise ValueError("cannot add households to a town without any: there is no one to follow")
    streets = _residential_edges(road)
    out = []
    for i in range(count):
        rng = np.random.default_rng([seed, _ADD_STREAM, i])
        template = templates[int(rng.integers(len(templates)))]
        lat, lon, street = _place_near(road, streets, template, rng)
        out.append(
            dataclasses.replace(
                template,
                ref=f"{NEW_REF_PREFIX}{i + 1:04d}",
                name=f"Yeni danışan {i + 1}",
                phone="",
                street=street,
                house_number=str(int(rng.integers(1, 120))),
                lat=lat,
                lon=lon,
                notes="",
                neighbourhood=nearest_neighbourhood(road.places, lat, lon),
                extra={"template": template.ref},
            )
        )
    return out


def _residential_edges(road: RoadGraph) -> IntArray:
    """Edges (of the snapping index) on named streets where people live."""
    edges = [
        e
        for e in road.tree_edges
        if road.edge_highway[e] in RESIDENTIAL_CLASSES and road.edge_name[e]
    ]
    if not edges:
        raise ValueError("the road graph has no named residential street to place households on")
    return np.array(edges, dtype=np.int64)


def _place_near(
    road: RoadGraph, streets: IntArray, template: Household, rng: np.random.Generator
) -> tuple[float, float, str]:
    """(lat, lon, street) of a home beside a residential street near `template`'s home."""
    x, y = road.from_wgs84.transform(template.lon, template.lat)
    home = shapely.Point(x, y)
    geoms = road.edge_geom[streets]
    near = streets[shapely.dwithin(geoms, home, NEAR_M)]
    if len(near) == 0:  # a template far from any residential street: nearest one instead
        near = streets[[int(np.argmin(shapely.distance(geoms, home)))]]
    weights = road.edge_length_m[near] / road.edge_length_m[near].sum()
    edge = int(rng.choice(near, p=weights))
    along = float(rng.uniform(*ALONG_EDGE))
    setback = float(rng.uniform(*SETBACK_M)) * float(rng.choice([-1.0, 1.0]))
    geom = road.edge_geom[edge]
    a, b = shapely.line_interpolate_point(
        geom, [max(along - 0.02, 0.0), min(along + 0.02, 1.0)], normalized=True
    )
    dx, dy = b.x - a.x, b.y - a.y
    norm = math.hypot(dx, dy) or 1.0
    spot = geom.interpolate(along, normalized=True)
    lon, lat = road.to_wgs84.transform(spot.x - setback * dy / norm, spot.y + setback * dx / norm)
    return round(float(lat), 6), round(float(lon), 6), road.edge_name[edge]
