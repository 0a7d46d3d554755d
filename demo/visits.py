"""Seeded demo data for home visits: the office, 8 teams and a week of ~300 visits.

People live on the named residential streets of the bundled İnegöl extract. The kinds follow
the named counts below; a share of the visits is agreed by phone for a window on one day, the
rest are free within a day range. Most people were visited before: their last team is the
team whose area (a sector around the office) they live in, or, for some, another team that
could do the visit — the continuity the planner is asked to keep.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np
from sqlalchemy.orm import Session

from demo.households import _place_on_streets
from demo.names import FEMALE_NAMES, MALE_NAMES, MOBILE_PREFIXES, SURNAMES
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
from geodata.places import nearest_neighbourhood
from geodata.road import RoadGraph
from scheduler.visits.problem import visit_matrix
from scheduler.visits.week import VisitInputs, week_days

DEFAULT_SEED = 2026
DEMO_WEEK = dt.date(2026, 1, 5)
"""The demo week (a Monday)."""
N_VISITS = 300
KIND_COUNTS = {"assessment": 30, "shopping": 50, "cleaning": 15, "bayram": 60, "follow_up": 145}
"""Visits of each kind in the demo week (scaled when `n` differs)."""
APPOINTMENT_SHARE = 0.25
"""Visits agreed by phone for a window on one day."""
APPOINTMENT_WINDOWS = (
    ("09:00", "10:30"),
    ("10:30", "12:00"),
    ("13:30", "15:00"),
    ("15:00", "16:30"),
)
FEMALE_SHARE = 0.15
"""Visits where a woman was asked for."""
PREVIOUS_SHARE = 0.75
"""People visited before (they have a last team)."""
SAME_AREA_SHARE = 0.85
"""Of them, those whose last team is their area's team."""
REPEAT_SHARE = 0.08
"""People with two visits this week (shopping twice, cleaning and a follow-up)."""

# The social-services office: the municipal annex beside the town hall square (as the
# kitchen of demo.town: the real office building is not mapped separately).
OFFICE = Office(
    name="İnegöl Belediyesi Sosyal Hizmetler Müdürlüğü (demo)",
    lat=40.076676,
    lon=29.510147,
    address="Mustafa Kemal Bulvarı No: 19, Cuma Mah., İnegöl/Bursa",
)

# (team, car, car equipment); members: (team, staff code, name, skills)
_TEAMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("T1", "16 İNG 301", ()),
    ("T2", "16 İNG 302", ()),
    ("T3", "16 İNG 303", (CLEANING_KIT,)),
    ("T4", "16 İNG 304", (CLEANING_KIT,)),
    ("T5", "16 İNG 305", ()),
    ("T6", "16 İNG 306", (CLEANING_KIT,)),
    ("T7", "16 İNG 307", ()),
    ("T8", "16 İNG 308", ()),
)
_STAFF: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("T1", "S01", "Elif Aksoy", (SOCIAL_WORKER, FEMALE)),
    ("T1", "S02", "Murat Er", ()),
    ("T2", "S03", "Hakan Tan", (SOCIAL_WORKER,)),
    ("T3", "S04", "Zehra Kurt", (FEMALE,)),
    ("T3", "S05", "Sema Ak", (FEMALE,)),
    ("T4", "S06", "Burak Uzun", ()),
    ("T4", "S07", "Deniz Eren", (FEMALE,)),
    ("T5", "S08", "Merve Şen", (SOCIAL_WORKER, FEMALE)),
    ("T6", "S09", "Kemal Işık", ()),
    ("T6", "S10", "Okan Bal", ()),
    ("T7", "S11", "Gül Ateş", (FEMALE,)),
    ("T7", "S12", "Can Yurt", (SOCIAL_WORKER,)),
    ("T8", "S13", "Sinan Oral", ()),
)
_NOTES = (
    "İşitme güçlüğü var, kapıyı uzun çalın",
    "Önce telefonla arayın",
    "Bahçede köpek var",
    "3. kat, asansör yok",
    "Kızı da evde olacak",
    "",
    "",
    "",
)


def demo_teams() -> list[Team]:
    """Eight teams of one or two staff: four with a social worker, three with a cleaning kit,
    five with a woman; 08:30–17:00, lunch 12:30–13:30."""
    return [
        Team(
            code=code,
            name=f"Ekip {code[1:]}",
            staff=tuple(
                Staff(s, name, frozenset(skills)) for t, s, name, skills in _STAFF if t == code
            ),
            car_plate=plate,
            equipment=frozenset(kit),
        )
        for code, plate, kit in _TEAMS
    ]


@dataclass(frozen=True, slots=True)
class _Person:
    ref: str
    name: str
    phone: str
    address: str
    lat: float
    lon: float
    neighbourhood: str
    area_team: str


def _people(road: RoadGraph, n: int, rng: np.random.Generator, teams: list[Team]) -> list[_Person]:
    places = _place_on_streets(road, n, rng)
    angles = [
        math.atan2(lat - OFFICE.lat, (lon - OFFICE.lon) * math.cos(math.radians(OFFICE.lat)))
        for lat, lon, _s, _n in places
    ]
    order = np.argsort(angles, kind="stable")
    area = {int(i): teams[rank * len(teams) // n].code for rank, i in enumerate(order)}
    out = []
    for i, (lat, lon, street, number) in enumerate(places):
        female = rng.random() < 0.6
        first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        digits = f"{int(rng.integers(0, 10_000_000)):07d}"
        out.append(
            _Person(
                ref=f"P{i + 1:04d}",
                name=f"{first} {rng.choice(SURNAMES)}",
                phone=f"+90 {rng.choice(MOBILE_PREFIXES)} {digits[:3]} {digits[3:5]} {digits[5:]}",
                address=f"{street} No: {number}",
                lat=lat,
                lon=lon,
                neighbourhood=nearest_neighbourhood(road.places, lat, lon),
                area_team=area[i],
            )
        )
    return out


def generate_visits(
    road: RoadGraph,
    week_start: dt.date = DEMO_WEEK,
    n: int = N_VISITS,
    seed: int = DEFAULT_SEED,
    teams: list[Team] | None = None,
) -> list[Visit]:
    """`n` demo visits in the week of `week_start`, the same for the same seed."""
    rng = np.random.default_rng(seed)
    teams = teams or demo_teams()
    days = week_days(week_start)
    kinds: list[str] = []
    total = sum(KIND_COUNTS.values())
    for code, count in KIND_COUNTS.items():
        kinds += [code] * round(count * n / total)
    kinds = (kinds + ["follow_up"] * n)[:n]
    rng.shuffle(kinds)
    n_people = max(1, round(n * (1 - REPEAT_SHARE)))
    people = _people(road, n_people, rng, teams)
    visits = []
    for i, code in enumerate(kinds):
        person = people[i] if i < n_people else people[int(rng.integers(0, n_people))]
        kind = VISIT_KINDS[code]
        female = bool(rng.random() < FEMALE_SHARE)
        appointment = None
        if rng.random() < APPOINTMENT_SHARE:
            start, end = APPOINTMENT_WINDOWS[int(rng.integers(0, len(APPOINTMENT_WINDOWS)))]
            day = days[int(rng.integers(0, len(days)))]
            appointment = Appointment(day, start, end)
            earliest = latest = day
        else:
            a = int(rng.integers(0, len(days)))
            b = int(rng.integers(a, len(days)))
            if rng.random() < 0.5:
                a, b = 0, len(days) - 1
            earliest, latest = days[a], days[b]
        minutes = (
            int(rng.integers(kind.min_minutes, kind.max_minutes + 1)) if code == "bayram" else None
        )
        draft = Visit(
            id=f"V{i + 1:04d}",
            kind=kind,
            person=person.ref,
            name=person.name,
            address=person.address,
            lat=person.lat,
            lon=person.lon,
            earliest=earliest,
            latest=latest,
            appointment=appointment,
            minutes=minutes,
            female_staff=female,
            phone=person.phone,
            notes=_NOTES[int(rng.integers(0, len(_NOTES)))],
            neighbourhood=person.neighbourhood,
        )
        visits.append(_with_last_team(draft, person, teams, rng))
    return visits


def _with_last_team(
    visit: Visit, person: _Person, teams: list[Team], rng: np.random.Generator
) -> Visit:
    from dataclasses import replace

    if visit.kind.code == "assessment" or rng.random() >= PREVIOUS_SHARE:
        return visit  # an assessment is a first visit
    able = [t.code for t in teams if visit.may_do(t)]
    if not able:
        return visit
    if person.area_team in able and rng.random() < SAME_AREA_SHARE:
        last = person.area_team
    else:
        last = able[int(rng.integers(0, len(able)))]
    return replace(visit, last_team=last)


def demo_visit_inputs(
    road: RoadGraph | None = None,
    week_start: dt.date = DEMO_WEEK,
    n: int = N_VISITS,
    seed: int = DEFAULT_SEED,
) -> VisitInputs:
    """The demo week's inputs on the bundled road extract (settings from the settings tree)."""
    if road is None:
        from config import get_settings
        from geodata.graph import load_graph

        tree = get_settings()
        road = load_graph(tree.paths.inegol_osm, tree.geodata, cache_dir=tree.paths.cache_dir)
    teams = demo_teams()
    visits = generate_visits(road, week_start, n, seed, teams)
    return VisitInputs(OFFICE, teams, visits, visit_matrix(road, OFFICE, visits))


def add_demo_visits(
    session: Session,
    road: RoadGraph,
    *,
    actor: str,
    week_start: dt.date = DEMO_WEEK,
    n: int = N_VISITS,
    seed: int = DEFAULT_SEED,
) -> int:
    """The demo teams and the demo week's visits into the store (each person's last team as
    the visit's `previous_team`); how many visits."""
    from store.repositories import visits as repo

    teams = demo_teams()
    for team in teams:
        repo.add_team(session, team=team, actor=actor)
    visits = generate_visits(road, week_start, n, seed, teams)
    for v in visits:
        window = (v.appointment.start, v.appointment.end) if v.appointment else None
        repo.add_visit(
            session,
            kind=v.kind.code,
            person=v.person,
            address=v.address,
            lat=v.lat,
            lon=v.lon,
            earliest=v.earliest,
            latest=v.latest,
            window=window,
            name=v.name,
            phone=v.phone,
            notes=v.notes,
            neighbourhood=v.neighbourhood,
            minutes=v.minutes,
            female_staff=v.female_staff,
            previous_team=v.last_team,
            actor=actor,
        )
    return len(visits)


DEMO_TEAM_LOGINS = (("ekip1", "T1"), ("ekip2", "T2"))
"""Demo logins of visit-team members (role `team`) and their teams."""
