"""A day's plan end to end on the İnegöl demo town: due households, holds, verifier, re-plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from demo.town import demo_town
from domain.calendar import Calendar, Hold, OneOff, OneOffKind
from domain.households import MealPlan
from routing.model import SolveParams, UnservedReason
from routing.verify import verify
from scheduler.consistency import (
    drivers_by_household,
    keep_drivers,
    keep_households,
    same_driver_share,
)
from scheduler.day_plan import ShiftPlan, Town, plan_shift
from scheduler.due import HeldReason, deliveries_on
from scheduler.replan import replan_shift

DAY = dt.date(2025, 11, 12)
PARAMS = SolveParams(time_limit_s=2.0, seed=1)


@pytest.fixture(scope="module")
def town() -> Town:
    return demo_town()


@pytest.fixture(scope="module")
def on_hold(town: Town) -> list[str]:
    due = deliveries_on(town.households, DAY, "dinner").due
    return [due[0].ref, due[5].ref]


@pytest.fixture(scope="module")
def calendar(on_hold: list[str]) -> Calendar:
    return Calendar(
        holds=[Hold(ref, DAY - dt.timedelta(days=2), DAY + dt.timedelta(days=3)) for ref in on_hold]
    )


@pytest.fixture(scope="module")
def dinner(town: Town, calendar: Calendar) -> ShiftPlan:
    return plan_shift(town, DAY, "dinner", calendar, params=PARAMS)


def served(plan: ShiftPlan) -> list[str]:
    return plan.solution.served_stop_ids


def test_every_due_household_is_served_once_or_explained(town: Town, dinner: ShiftPlan) -> None:
    due = set(deliveries_on(town.households, DAY, "dinner", None).refs)
    assert len(due) > 20  # a realistic dinner shift, not an empty one
    refs = served(dinner) + [u.stop_id for u in dinner.solution.unserved]
    assert len(refs) == len(set(refs))
    assert set(refs) == set(dinner.households) and set(refs) <= due
    assert dinner.violations == ()
    assert verify(dinner.problem, dinner.solution) == []


def test_households_on_hold_get_nothing_and_are_reported(
    dinner: ShiftPlan, on_hold: list[str]
) -> None:
    assert not set(on_hold) & set(dinner.households)
    assert not set(on_hold) & set(served(dinner))
    assert [h.ref for h in dinner.held] == sorted(on_hold)
    assert {h.reason for h in dinner.held} == {HeldReason.ON_HOLD}
    assert all(h.until == DAY + dt.timedelta(days=3) for h in dinner.held)


def test_hot_meals_reach_the_door_within_the_ride_limit(town: Town, dinner: ShiftPlan) -> None:
    assert 0 < dinner.solution.max_ride_s <= town.settings.max_ride_min * 60


def test_replan_after_a_cancellation_keeps_delivered_stops(
    town: Town, dinner: ShiftPlan, calendar: Calendar
) -> None:
    first = min(t.departure_s for r in dinner.solution.routes for t in r.trips)
    trip = next(t for r in dinner.solution.routes for t in r.trips if t.departure_s == first)
    now_s = trip.visits[1].start_s  # two meals of this trip are at the door already
    delivered = {
        v.stop_id: (r.vehicle_id, v.start_s)
        for r in dinner.solution.routes
        for t in r.trips
        for v in t.visits
        if v.start_s <= now_s
    }
    cancelled = trip.visits[-1].stop_id  # still in the van: it is skipped
    not_due = next(
        h
        for h in town.households
        if h.ref not in dinner.households and h.ref not in {o.ref for o in calendar.one_offs}
    )
    changed = Calendar(
        holds=calendar.holds,
        one_offs=[
            OneOff(cancelled, DAY, "dinner", OneOffKind.CANCEL, "called 153"),
            OneOff(not_due.ref, DAY, "dinner", OneOffKind.ADD),
        ],
    )
    new, changes = replan_shift(town, dinner, now_s, changed, PARAMS)
    assert new.version == dinner.version + 1
    assert new.violations == ()
    after = {
        v.stop_id: (r.vehicle_id, v.start_s)
        for r in new.solution.routes
        for t in r.trips
        for v in t.visits
    }
    assert all(after[ref] == where for ref, where in delivered.items())
    assert cancelled not in after
    assert not_due.ref in after or not_due.ref in new.unserved_refs
    kinds = {(c.ref, c.kind) for c in changes}
    assert (cancelled, "removed") in kinds
    assert any(line.startswith(f"{cancelled}: removed") for line in new.changes)


def test_a_household_off_the_road_network_is_unserved_with_the_distance(town: Town) -> None:
    base = deliveries_on(town.households, DAY, "breakfast").due[0]
    far = replace(base, ref="H9999", lat=40.2, lon=29.7, meal_plan=MealPlan.BOTH)
    lonely = replace(town, households=[*town.households, far])
    plan = plan_shift(lonely, DAY, "breakfast", params=PARAMS)
    reasons = {u.stop_id: u for u in plan.solution.unserved}
    assert reasons["H9999"].reason is UnservedReason.UNREACHABLE
    assert "m from the nearest drivable road" in reasons["H9999"].detail
    assert plan.violations == ()


def test_yesterdays_drivers_are_kept_where_it_costs_little(town: Town, dinner: ShiftPlan) -> None:
    tomorrow = plan_shift(town, DAY + dt.timedelta(days=1), "dinner", params=PARAMS)
    before = drivers_by_household(dinner.solution)
    penalty_s = town.settings.consistency_penalty_s
    relabelled = keep_drivers(tomorrow.problem, tomorrow.solution, before)
    kept = keep_households(tomorrow.problem, relabelled, before, penalty_s)
    assert verify(tomorrow.problem, kept) == []
    share_free = same_driver_share(before, tomorrow.solution) or 0.0
    share_relabelled = same_driver_share(before, relabelled) or 0.0
    share_kept = same_driver_share(before, kept) or 0.0
    assert share_free <= share_relabelled <= share_kept
    assert relabelled.driving_s == tomorrow.solution.driving_s  # relabelling is free
    moved = len(set(tomorrow.households) & set(before))
    assert kept.driving_s <= relabelled.driving_s + penalty_s * moved
