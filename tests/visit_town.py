"""A small visit town for the visit tests: a straight-line travel matrix around the office,
no road graph."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from domain.visits import (
    CLEANING_KIT,
    FEMALE,
    SOCIAL_WORKER,
    VISIT_KINDS,
    Appointment,
    Office,
    Staff,
    Team,
    Visit,
)
from scheduler.visits.problem import VisitMatrix, home_key
from scheduler.visits.week import VisitInputs

OFFICE = Office("Ofis", 40.0767, 29.5101)
MONDAY = dt.date(2026, 1, 5)
FRIDAY = MONDAY + dt.timedelta(days=4)
SPEED_M_S = 7.0


def make_visit(ident: str, k: int, kind: str = "follow_up", **kw: object) -> Visit:
    """Visit `ident` at spot k of a grid around the office, free all week unless told."""
    lat = 40.070 + 0.002 * (k % 7)
    lon = 29.500 + 0.002 * (k // 7)
    base = Visit(
        id=ident,
        kind=VISIT_KINDS[kind],
        person=f"P{ident}",
        name=f"Kişi {ident}",
        address=f"Deneme Sokak {k}",
        lat=lat,
        lon=lon,
        earliest=MONDAY,
        latest=FRIDAY,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def at(day: dt.date, start: str, end: str) -> dict[str, object]:
    """The fields of an appointment on `day`."""
    return {"appointment": Appointment(day, start, end), "earliest": day, "latest": day}


def matrix_of(visits: Sequence[Visit]) -> VisitMatrix:
    """Straight-line travel (×1.3) between the office and the visits' homes."""
    where: dict[str, tuple[float, float]] = {}
    for v in visits:
        where.setdefault(home_key(v), (v.lat, v.lon))
    keys = sorted(where)
    points = [(OFFICE.lat, OFFICE.lon)] + [where[k] for k in keys]
    n = len(points)
    dist = np.zeros((n, n))
    for i, a in enumerate(points):
        for j, b in enumerate(points):
            dy = (a[0] - b[0]) * 111_320
            dx = (a[1] - b[1]) * 111_320 * math.cos(math.radians(a[0]))
            dist[i, j] = math.hypot(dx, dy) * 1.3
    return VisitMatrix({k: 1 + i for i, k in enumerate(keys)}, dist / SPEED_M_S, dist, {})


def town_teams() -> list[Team]:
    """Three teams: A (social worker and a woman), B (cleaning kit), C (one man)."""
    return [
        Team(
            "A",
            "Ekip A",
            (Staff("a1", "Elif", frozenset({SOCIAL_WORKER, FEMALE})), Staff("a2", "Murat")),
        ),
        Team(
            "B",
            "Ekip B",
            (Staff("b1", "Zehra", frozenset({FEMALE})),),
            "",
            frozenset({CLEANING_KIT}),
        ),
        Team("C", "Ekip C", (Staff("c1", "Can", frozenset({SOCIAL_WORKER})),)),
    ]


def inputs_for(visits: Sequence[Visit], teams: Sequence[Team] | None = None) -> VisitInputs:
    """The small town's inputs."""
    return VisitInputs(OFFICE, list(teams or town_teams()), list(visits), matrix_of(visits))
