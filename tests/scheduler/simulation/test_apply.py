"""A scenario's changes reach the town as written: vans, kitchens, households, shifts, speeds."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import shapely

from domain.clock import hhmm_to_s
from domain.services import SHIFTS
from geodata.snapping import snap_points
from routing.solve import solve
from routing.verify import verify
from scheduler.day_plan import Town
from scheduler.due import deliveries_on
from scheduler.problem import KITCHEN_ID
from scheduler.simulation.apply import ChangeError, apply_changes, world_matrix, world_problem
from scheduler.simulation.evaluate import base_town, solve_params
from scheduler.simulation.households import NEAR_M
from scheduler.simulation.scenario import Changes, KitchenAdd, Solver

EAST = KitchenAdd(name="Doğu Mutfağı", lat=40.0807, lon=29.5212, vans=2)
DAY = dt.date(2025, 6, 2)
FAST = Solver(pyvrp_iterations=50, ortools_solutions=5, time_limit_s=60)


@pytest.fixture(scope="module")
def town() -> Town:
    return base_town()


def test_one_more_van_shows_in_the_fleet_and_in_every_shift(town: Town) -> None:
    world = apply_changes(town, Changes(add_vans=1), seed=0)
    assert len(world.town.fleet.vans) == len(town.fleet.vans) + 1
    for shift in SHIFTS:
        assert len(world.town.fleet.crews(shift)) == len(town.fleet.crews(shift)) + 1
    new = world.town.fleet.vans[-1]
    assert new.capacity_meals == town.settings.van_capacity_meals
    assert world.van_kitchen[new.id] == KITCHEN_ID


def test_eight_vans_get_eight_crews_a_shift_and_a_new_capacity(town: Town) -> None:
    world = apply_changes(town, Changes(vans=8, van_capacity_meals=14), seed=0)
    for shift in SHIFTS:
        crews = world.town.fleet.crews(shift)
        assert len(crews) == 8
        assert {c.van.capacity_meals for c in crews} == {14}
        assert len({c.driver.id for c in crews}) == 8


def test_fewer_vans_than_one_is_refused(town: Town) -> None:
    with pytest.raises(ChangeError, match="at least one van"):
        apply_changes(town, Changes(vans=2, add_vans=-2), seed=0)


def test_the_kitchen_is_where_it_was_put_and_its_vans_leave_from_it(town: Town) -> None:
    world = apply_changes(town, Changes(add_kitchens=(EAST,)), seed=0)
    assert [(k.lat, k.lon) for k in world.kitchens] == [
        (town.kitchen.lat, town.kitchen.lon),
        (EAST.lat, EAST.lon),
    ]
    east_id = world.depot_ids[1]
    moved = [v.id for v in world.town.fleet.vans if world.van_kitchen[v.id] == east_id]
    assert moved == [v.id for v in town.fleet.vans[-2:]]
    matrix = world_matrix(world)
    due = deliveries_on(world.town.households, DAY, "dinner").due
    crews = world.town.fleet.crews("dinner")
    problem = world_problem(world, matrix, "dinner", due, crews)
    east = problem.depot(east_id)
    assert (east.lat, east.lon) == (EAST.lat, EAST.lon)
    starts = {v.id.split("/")[0]: v.start_depot for v in problem.vehicles}
    assert {van for van, depot in starts.items() if depot == east_id} == set(moved)
    solution = solve(problem, solve_params(FAST, seed=0))
    assert verify(problem, solution) == []
    for route in solution.routes:
        for trip in route.trips:
            assert trip.depot_id == starts[route.vehicle_id.split("/")[0]]


def test_a_kitchen_off_the_road_is_refused_by_name(town: Town) -> None:
    far = KitchenAdd(name="Tarla", lat=40.2, lon=29.9, vans=1)
    world = apply_changes(town, Changes(add_kitchens=(far,)), seed=0)
    with pytest.raises(ChangeError, match="Tarla"):
        world_matrix(world)


def test_new_households_live_on_streets_near_todays_clients_and_eat_like_them(
    town: Town,
) -> None:
    world = apply_changes(town, Changes(add_households=150), seed=5)
    households = world.town.households
    assert len(households) == len(town.households) + 150
    new = households[len(town.households) :]
    by_ref = {h.ref: h for h in town.households}
    road = town.road
    snap_points(road, [(h.lat, h.lon) for h in new])  # all beside a drivable road
    for h in new:
        template = by_ref[h.extra["template"]]
        assert (h.meal_plan, h.service_days, h.portions) == (
            template.meal_plan,
            template.service_days,
            template.portions,
        )
        a = shapely.Point(road.from_wgs84.transform(h.lon, h.lat))
        b = shapely.Point(road.from_wgs84.transform(template.lon, template.lat))
        assert a.distance(b) < NEAR_M + 200  # street within NEAR_M, home along it
    assert len({h.ref for h in households}) == len(households)
    fewer = apply_changes(town, Changes(add_households=50), seed=5).town.households
    assert fewer[len(town.households) :] == new[:50]  # sweeps over counts are nested


def test_a_smaller_register_drops_clients_at_random(town: Town) -> None:
    small = apply_changes(town, Changes(households=400), seed=1).town.households
    assert len(small) == 400
    assert {h.ref for h in small} <= {h.ref for h in town.households}
    smaller = apply_changes(town, Changes(households=300), seed=1).town.households
    assert {h.ref for h in smaller} <= {h.ref for h in small}


def test_shift_times_ride_limit_and_slower_roads_reach_the_problem(town: Town) -> None:
    base = apply_changes(town, Changes(), seed=0)
    changed = apply_changes(
        town,
        Changes.model_validate(
            {
                "dinner": {"delivery_start": "16:30", "kitchen_departure": "16:00"},
                "max_ride_min": 45,
                "travel_time_factor": 1.4,
                "service_min": 4.5,
            }
        ),
        seed=0,
    )
    due = deliveries_on(town.households, DAY, "dinner").due
    crews = town.fleet.crews("dinner")
    before = world_problem(base, world_matrix(base), "dinner", due, crews)
    after = world_problem(changed, world_matrix(changed), "dinner", due, crews)
    assert {s.window for s in after.stops} == {(hhmm_to_s("16:30"), hhmm_to_s("19:30"))}
    assert {v.shift_start_s for v in after.vehicles} == {hhmm_to_s("16:00")}
    assert after.max_ride_s["hot"] == 45 * 60
    assert {s.service_s for s in after.stops} == {270}
    finite = np.isfinite(before.duration_s)
    assert np.allclose(after.duration_s[finite], np.rint(before.duration_s[finite] * 1.4), atol=1)
    assert np.array_equal(after.distance_m, before.distance_m)


def test_shift_times_out_of_order_are_refused(town: Town) -> None:
    late_start = Changes.model_validate({"breakfast": {"delivery_start": "11:00"}})
    with pytest.raises(ChangeError, match="breakfast: delivery_end 09:30 is before"):
        apply_changes(town, late_start, seed=0)
