"""Seeded, reproducible demo households on the residential streets of the İnegöl extract.

Calibrated so that on an average day of 2025 about 37 households get breakfast and about 37
get dinner (26,749 meals in 2025 ÷ 365 days ÷ 2 shifts ≈ 36.6): 494 clients join and leave
over 2024–2026, so only some are enrolled on any day, and weekday patterns vary the load.
Every share below is a named constant; counts are exact (round(share × n)), not coin flips.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TypeVar

import numpy as np
import shapely

from demo.names import FEMALE_NAMES, MALE_NAMES, MOBILE_PREFIXES, SURNAMES
from domain.households import Diet, Household, MealPlan
from geodata.places import nearest_neighbourhood
from geodata.road import RoadGraph
from geodata.snapping import snap_points

T = TypeVar("T")

N_HOUSEHOLDS = 494
DEFAULT_SEED = 2025
# Streets where people live; a house needs a street name for its address.
RESIDENTIAL_CLASSES = frozenset({"residential", "living_street", "unclassified", "tertiary"})
# Houses stand back from the carriageway; where along and how far (metres).
ALONG_EDGE = (0.1, 0.9)
SETBACK_M = (6.0, 25.0)

# Breakfast-only and dinner-only equally common, so both shifts carry the same average load.
MEAL_PLAN_SHARES = {MealPlan.BOTH: 0.40, MealPlan.BREAKFAST: 0.30, MealPlan.DINNER: 0.30}
# ISO weekdays served: most clients Monday–Friday (family covers weekends), some every day.
SERVICE_DAY_SHARES: dict[frozenset[int], float] = {
    frozenset({1, 2, 3, 4, 5}): 0.30,
    frozenset({1, 2, 3, 4, 5, 6}): 0.25,
    frozenset({1, 2, 3, 4, 5, 6, 7}): 0.35,
    frozenset({1, 3, 5}): 0.10,
}
# Enrolment starts spread over this window; clients starting before 2025 are still served in it.
ENROLMENT_START = (dt.date(2024, 8, 1), dt.date(2026, 10, 31))
# Length of stay (days): short after a hospital stay, medium over a winter, long for the frail.
STAY_LENGTH_DAYS = {(14, 52): 0.40, (56, 168): 0.40, (168, 340): 0.20}
# Enrolments running past this date stay open (no end date yet).
OPEN_ENDED_AFTER = dt.date(2026, 12, 31)

# Diets: meal clients are mostly elderly, so diabetic/low-salt/soft food are common; coeliac
# disease is rare (40 of 6,091 food-parcel families ≈ 0.7%, rounded up to 1% here).
DIET_SHARES = {
    Diet.DIABETIC: 0.20,
    Diet.LOW_SALT: 0.15,
    Diet.SOFT_FOOD: 0.12,
    Diet.GLUTEN_FREE: 0.01,
    Diet.VEGETARIAN: 0.01,
}
FEMALE_SHARE = 0.65  # older women more often live alone
TWO_PORTION_SHARE = 0.25  # elderly couples
HOUSE_NUMBER_LETTER_SHARE = 0.08  # "12/A"
WHEELCHAIR_SHARE = 0.05
BEDRIDDEN_SHARE = 0.04
CARRY_INSIDE = "carry_inside"  # skill of a crew that brings the meal into the home
WHEELCHAIR_NOTE = "Tekerlekli sandalye kullanıyor, yemeği içeri taşıyın"
BEDRIDDEN_NOTE = "Yatağa bağımlı, kapı açık; yemeği mutfağa bırakın"
UPPER_FLOOR_SHARE = 0.20
UPPER_FLOORS = (2, 3, 4, 5)
OTHER_NOTE_SHARES = {
    "Kapı zili çalışmıyor, telefonla arayın": 0.06,
    "İşitme güçlüğü var, kapıyı uzun çalın": 0.05,
    "Bahçede köpek var, bahçe kapısını kapatın": 0.04,
    "Evde yoksa yemeği üst kattaki komşuya bırakın": 0.04,
    "Bina girişi arka sokaktan": 0.04,
}


def generate_households(
    road: RoadGraph, n: int = N_HOUSEHOLDS, seed: int = DEFAULT_SEED
) -> list[Household]:
    """`n` demo households on named residential streets of `road`, the same for the same seed."""
    rng = np.random.default_rng(seed)
    places = _place_on_streets(road, n, rng)
    refs = [f"H{i + 1:04d}" for i in range(n)]
    snap_points(road, [(p[0], p[1]) for p in places], refs)  # fail loudly if one is off-road
    offsets = _start_offsets(rng, n)
    start_order = np.argsort(offsets, kind="stable")
    plans = _by_start(rng, start_order, MEAL_PLAN_SHARES)
    days = _by_start(rng, start_order, SERVICE_DAY_SHARES)
    stays = _by_start(rng, start_order, STAY_LENGTH_DAYS)
    starts, ends = _enrolments(rng, offsets, stays)
    diets = {d: _mask(rng, n, share) for d, share in DIET_SHARES.items()}
    female = _mask(rng, n, FEMALE_SHARE)
    two_portions = _mask(rng, n, TWO_PORTION_SHARE)
    notes, skills = _notes_and_skills(rng, n)
    phones = _phones(rng, n)
    out = []
    for i in range(n):
        lat, lon, street, number = places[i]
        first = rng.choice(FEMALE_NAMES if female[i] else MALE_NAMES)
        out.append(
            Household(
                ref=refs[i],
                name=f"{first} {rng.choice(SURNAMES)}",
                phone=phones[i],
                street=street,
                house_number=number,
                lat=lat,
                lon=lon,
                meal_plan=plans[i],
                service_days=days[i],
                diets=tuple(d for d in DIET_SHARES if diets[d][i]),
                notes=notes[i],
                portions=2 if two_portions[i] else 1,
                required_skills=skills[i],
                start_date=starts[i],
                end_date=ends[i],
                neighbourhood=nearest_neighbourhood(road.places, lat, lon),
            )
        )
    return out


def _place_on_streets(
    road: RoadGraph, n: int, rng: np.random.Generator
) -> list[tuple[float, float, str, str]]:
    """(lat, lon, street, house number) beside named residential edges, by street length."""
    edges = np.array(
        [
            e
            for e in road.tree_edges
            if road.edge_highway[e] in RESIDENTIAL_CLASSES and road.edge_name[e]
        ]
    )
    if len(edges) == 0:
        raise ValueError("the road graph has no named residential street to place households on")
    weights = road.edge_length_m[edges] / road.edge_length_m[edges].sum()
    chosen = rng.choice(edges, size=n, p=weights)
    along = rng.uniform(*ALONG_EDGE, size=n)
    setback = rng.uniform(*SETBACK_M, size=n)
    side = rng.choice([-1.0, 1.0], size=n)
    used: set[tuple[str, str]] = set()
    out = []
    for e, f, d, s in zip(chosen, along, setback, side, strict=True):
        geom = road.edge_geom[e]
        a, b = shapely.line_interpolate_point(
            geom, [max(f - 0.02, 0), min(f + 0.02, 1)], normalized=True
        )
        dx, dy = b.x - a.x, b.y - a.y
        norm = math.hypot(dx, dy) or 1.0
        spot = geom.interpolate(f, normalized=True)
        x, y = spot.x - s * d * dy / norm, spot.y + s * d * dx / norm
        lon, lat = road.to_wgs84.transform(x, y)
        street = road.edge_name[e]
        number = _house_number(rng, street, odd=s > 0, used=used)
        out.append((round(float(lat), 6), round(float(lon), 6), street, number))
    return out


def _house_number(
    rng: np.random.Generator, street: str, odd: bool, used: set[tuple[str, str]]
) -> str:
    """A free house number on `street`: odd on one side, even on the other, sometimes "/A"."""
    while True:
        number = str(2 * int(rng.integers(1, 60)) - (1 if odd else 0))
        if rng.random() < HOUSE_NUMBER_LETTER_SHARE:
            number += "/" + str(rng.choice(["A", "B", "C"]))
        if (street, number) not in used:
            used.add((street, number))
            return number


def _exact(rng: np.random.Generator, n: int, shares: dict[T, float]) -> list[T]:
    """Values in exact proportions (largest remainder), shuffled."""
    values = _spread(n, shares)
    return [values[i] for i in rng.permutation(n)]


def _spread(n: int, shares: dict[T, float]) -> list[T]:
    """Values in exact proportions, interleaved so that every stretch of the list has its share.

    Each position takes the value furthest behind its share so far (a Hamilton apportionment
    of every prefix), e.g. 40/30/30 gives A B C A B C A A B C ...
    """
    keys = list(shares)
    share = np.array([shares[k] for k in keys]) / sum(shares.values())
    given = np.zeros(len(keys))
    out = []
    for k in range(1, n + 1):
        c = int(np.argmax(share * k - given))
        given[c] += 1
        out.append(keys[c])
    return out


def _by_start(rng: np.random.Generator, start_order: np.ndarray, shares: dict[T, float]) -> list[T]:
    """Values in exact proportions, spread evenly over households sorted by start date.

    Keeps the daily load steady: every part of the calendar gets its share of each meal plan,
    weekday pattern and stay length. Shuffled within blocks of 10 so it is not a fixed cycle.
    """
    n = len(start_order)
    values = _spread(n, shares)
    blocks = [values[i : i + 10] for i in range(0, n, 10)]
    mixed = [v for b in blocks for v in (b[j] for j in rng.permutation(len(b)))]
    out: list[T] = [values[0]] * n
    for rank, i in enumerate(start_order):
        out[i] = mixed[rank]
    return out


def _mask(rng: np.random.Generator, n: int, share: float) -> np.ndarray:
    """Boolean mask with exactly round(share × n) True, at random places."""
    mask = np.zeros(n, dtype=bool)
    mask[rng.choice(n, size=round(share * n), replace=False)] = True
    return mask


def _start_offsets(rng: np.random.Generator, n: int) -> np.ndarray:
    """Enrolment start (days after ENROLMENT_START[0]): one per equal slice, in random order."""
    span = (ENROLMENT_START[1] - ENROLMENT_START[0]).days
    offsets = (np.arange(n) + rng.uniform(0, 1, n)) / n * span
    return offsets[rng.permutation(n)].astype(int)


def _enrolments(
    rng: np.random.Generator, offsets: np.ndarray, stays: list[tuple[int, int]]
) -> tuple[list[dt.date], list[dt.date | None]]:
    """Start and end dates from start offsets and stay-length ranges."""
    starts, ends = [], []
    for off, (lo, hi) in zip(offsets, stays, strict=True):
        start = ENROLMENT_START[0] + dt.timedelta(days=int(off))
        end = start + dt.timedelta(days=int(rng.integers(lo, hi + 1)) - 1)
        starts.append(start)
        ends.append(None if end > OPEN_ENDED_AFTER else end)
    return starts, ends


def _notes_and_skills(rng: np.random.Generator, n: int) -> tuple[list[str], list[tuple[str, ...]]]:
    """Turkish delivery notes, and the carry-inside skill for wheelchair/bedridden clients."""
    notes: list[list[str]] = [[] for _ in range(n)]
    skills: list[tuple[str, ...]] = [() for _ in range(n)]
    care = rng.permutation(n)
    n_wheel, n_bed = round(WHEELCHAIR_SHARE * n), round(BEDRIDDEN_SHARE * n)
    for i in care[:n_wheel]:
        notes[i].append(WHEELCHAIR_NOTE)
        skills[i] = (CARRY_INSIDE,)
    for i in care[n_wheel : n_wheel + n_bed]:
        notes[i].append(BEDRIDDEN_NOTE)
        skills[i] = (CARRY_INSIDE,)
    for i in np.flatnonzero(_mask(rng, n, UPPER_FLOOR_SHARE)):
        notes[i].insert(0, f"{rng.choice(UPPER_FLOORS)}. kat, asansör yok")
    for text, share in OTHER_NOTE_SHARES.items():
        for i in np.flatnonzero(_mask(rng, n, share)):
            notes[i].append(text)
    return ["; ".join(ns) for ns in notes], skills


def _phones(rng: np.random.Generator, n: int) -> list[str]:
    """Distinct Turkish mobile numbers written "+90 5XX XXX XX XX"."""
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        digits = f"{int(rng.integers(0, 10_000_000)):07d}"
        phone = f"+90 {rng.choice(MOBILE_PREFIXES)} {digits[:3]} {digits[3:5]} {digits[5:]}"
        if phone not in seen:
            seen.add(phone)
            out.append(phone)
    return out
