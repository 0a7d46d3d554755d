"""A team's day as a routing problem: the office, the day's visits, the team in two halves.

Locations: the office first, then every visit's home (visits at one address share a row).
The lunch break splits a team into a morning vehicle `<team>-am` (start..lunch) and an
afternoon vehicle `<team>-pm` (lunch end..end), both leaving from and returning to the office,
where the team eats. Appointments are the stops' windows; the visit's skills (social worker,
cleaning kit, female staff) are the stops' required skills and the team's are the vehicles'.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from domain.clock import hhmm_to_s
from domain.visits import Office, Team, Visit
from geodata.road import FloatArray, RoadGraph
from routing.model import Depot, Problem, Stop, Vehicle
from scheduler.problem import depot_matrix

OFFICE_ID = "office"
MEAL_TYPE = "visit"
"""The stops' `meal_type`: visits have no ride-time limit."""
SLOTS = 99
"""Visits one half day may hold: never the binding limit (time is)."""
HALF_FIXED_COST = 600
"""Cost of sending a team out in a half day, in driving seconds: fill one half first."""


@dataclass(frozen=True, slots=True)
class VisitMatrix:
    """Travel times (s) and distances (m): row 0 the office, then one row per home."""

    row: Mapping[str, int]
    duration_s: FloatArray
    distance_m: FloatArray
    off_road: Mapping[str, str]

    def row_of(self, visit: Visit) -> int:
        """The matrix row of a visit's home."""
        return self.row[home_key(visit)]


def home_key(visit: Visit) -> str:
    """The matrix key of a visit's home (its coordinates to 6 decimals)."""
    return f"{visit.lat:.6f},{visit.lon:.6f}"


def visit_matrix(road: RoadGraph, office: Office, visits: Sequence[Visit]) -> VisitMatrix:
    """The matrix over the office and every home of `visits` (one Dijkstra pass); homes too
    far from a drivable road are listed in `off_road` and unreachable."""
    where: dict[str, tuple[float, float]] = {}
    for v in visits:
        where.setdefault(home_key(v), (v.lat, v.lon))
    m = depot_matrix(road, [(office.lat, office.lon)], [office.name], dict(sorted(where.items())))
    return VisitMatrix(m.row, m.duration_s, m.distance_m, m.off_road)


def half_vehicles(team: Team) -> list[Vehicle]:
    """The team as a morning and an afternoon vehicle, lunch at the office between them."""
    halves = (("am", team.starts, team.lunch_starts), ("pm", team.lunch_ends, team.ends))
    return [
        Vehicle(
            id=f"{team.code}-{half}",
            start_depot=OFFICE_ID,
            end_depot=OFFICE_ID,
            shift_start_s=hhmm_to_s(start),
            shift_end_s=hhmm_to_s(end),
            capacity=(SLOTS,),
            fixed_cost=HALF_FIXED_COST,
            skills=team.skills,
            max_trips=1,
        )
        for half, start, end in halves
    ]


def team_of_vehicle(vehicle_id: str) -> str:
    """The team code of a half-day vehicle id ("T3-am" → "T3")."""
    return vehicle_id.rsplit("-", 1)[0]


def visit_stop(visit: Visit, location: int) -> Stop:
    """A visit as a stop of the engine."""
    return Stop(
        id=visit.id,
        location=location,
        demand=(1,),
        window=visit.appointment.window_s if visit.appointment is not None else None,
        service_s=visit.duration_min * 60,
        required_skills=visit.required_skills,
        meal_type=MEAL_TYPE,
        lat=visit.lat,
        lon=visit.lon,
    )


def routing_problem(
    office: Office,
    matrix: VisitMatrix,
    vehicles: Sequence[Vehicle],
    visits: Sequence[Visit],
) -> Problem:
    """The routing problem of `visits` with `vehicles` from the office (module docstring)."""
    homes = sorted({matrix.row_of(v) for v in visits})
    location = {r: 1 + i for i, r in enumerate(homes)}
    rows = [0, *homes]
    starts = [v.shift_start_s for v in vehicles] or [hhmm_to_s("08:00")]
    ends = [v.shift_end_s for v in vehicles] or [hhmm_to_s("17:30")]
    depot = Depot(OFFICE_ID, 0, min(starts), max(ends), office.lat, office.lon)
    stops = [visit_stop(v, location[matrix.row_of(v)]) for v in sorted(visits, key=lambda v: v.id)]
    return Problem(
        depots=(depot,),
        vehicles=tuple(vehicles),
        stops=tuple(stops),
        duration_s=matrix.duration_s[np.ix_(rows, rows)],
        distance_m=matrix.distance_m[np.ix_(rows, rows)],
        max_ride_s={},
    )


def team_day_problem(
    office: Office, matrix: VisitMatrix, team: Team, visits: Sequence[Visit]
) -> Problem:
    """One team's day: its two halves and the visits given it."""
    return routing_problem(office, matrix, half_vehicles(team), visits)
