"""Demo households: reproducible, on named İnegöl streets, plausible people and plans."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from demo.households import (
    CARRY_INSIDE,
    DIET_SHARES,
    N_HOUSEHOLDS,
    RESIDENTIAL_CLASSES,
    generate_households,
)
from demo.town import KITCHEN
from domain.households import Diet, Household, MealPlan
from geodata.graph import load_graph
from geodata.road import RoadGraph
from geodata.snapping import snap_point, snap_points

REPO = Path(__file__).resolve().parents[2]
INEGOL = REPO / "data" / "osm" / "inegol-center.osm.xml"
PHONE = re.compile(r"^\+90 5\d{2} \d{3} \d{2} \d{2}$")


@pytest.fixture(scope="module")
def road() -> RoadGraph:
    return load_graph(INEGOL)


@pytest.fixture(scope="module")
def households(road: RoadGraph) -> list[Household]:
    return generate_households(road)


def test_same_seed_same_households_other_seed_different(
    road: RoadGraph, households: list[Household]
) -> None:
    assert generate_households(road, seed=2025) == households
    other = generate_households(road, seed=7)
    assert other != households
    assert [h.name for h in other] != [h.name for h in households]
    assert [(h.lat, h.lon) for h in other] != [(h.lat, h.lon) for h in households]


def test_households_live_on_named_residential_streets_within_snap_limit(
    road: RoadGraph, households: list[Household]
) -> None:
    assert len(households) == N_HOUSEHOLDS
    assert len({h.ref for h in households}) == N_HOUSEHOLDS
    streets = {
        road.edge_name[e]
        for e in range(len(road.edge_u))
        if road.edge_name[e] and road.edge_highway[e] in RESIDENTIAL_CLASSES
    }
    assert all(h.street in streets for h in households)
    assert len({(h.street, h.house_number) for h in households}) == N_HOUSEHOLDS
    snaps = snap_points(road, [(h.lat, h.lon) for h in households], [h.ref for h in households])
    assert max(s.offroad_m for s in snaps) <= 300
    assert len({h.street for h in households}) > 100  # spread over the town, not one street
    assert all(h.address == f"{h.street} No: {h.house_number}" for h in households)


def test_people_look_turkish_and_reachable(households: list[Household]) -> None:
    assert all(PHONE.match(h.phone) for h in households)
    assert len({h.phone for h in households}) == N_HOUSEHOLDS
    letters = set("".join(h.name for h in households))
    assert set("İığşçöü") <= letters
    mahalles = Counter(h.neighbourhood for h in households)
    assert "" not in mahalles and all(m.endswith("Mah.") for m in mahalles)
    assert len(mahalles) >= 5


def test_plans_diets_notes_and_skills_follow_the_documented_shares(
    households: list[Household],
) -> None:
    plans = Counter(h.meal_plan for h in households)
    assert plans[MealPlan.BOTH] == round(0.40 * N_HOUSEHOLDS)
    diets = Counter(d for h in households for d in h.diets)
    for diet, share in DIET_SHARES.items():
        assert diets[diet] == round(share * N_HOUSEHOLDS)
    assert 1 <= diets[Diet.GLUTEN_FREE] <= 10
    carry = [h for h in households if CARRY_INSIDE in h.required_skills]
    assert carry and all(
        "Tekerlekli sandalye" in h.notes or "Yatağa bağımlı" in h.notes for h in carry
    )
    assert any("kat, asansör yok" in h.notes for h in households)
    for h in households:
        assert h.service_days and h.service_days <= set(range(1, 8))
        assert h.start_date is not None
        assert h.end_date is None or h.start_date <= h.end_date
    years = Counter(h.start_date.year for h in households if h.start_date)
    assert years[2025] > 150 and years[2026] > 150
    assert sum(1 for h in households if h.end_date and h.end_date.year == 2025) > 100


def test_kitchen_is_on_a_drivable_road_in_central_inegol(road: RoadGraph) -> None:
    snap = snap_point(road, KITCHEN.lat, KITCHEN.lon, label=KITCHEN.name)
    assert snap.offroad_m < 100
    assert 40.070 < KITCHEN.lat < 40.085 and 29.500 < KITCHEN.lon < 29.520
