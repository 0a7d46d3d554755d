"""Re-planning a day after a van breaks down: delivered stops stay, the rest moves or waits."""

from __future__ import annotations

import datetime as dt

import pytest
from parcel_town import family, inputs_for, week

from routing.model import UnservedReason
from routing.verify import verify
from scheduler.parcels.month import MonthParams, MonthPlan, plan_month
from scheduler.parcels.replan import (
    DELIVERED,
    MOVED,
    NOT_HOME,
    RESCHEDULED,
    UNSERVED,
    ReplanError,
    replan_day,
    van_of,
)

FAST = MonthParams(time_limit_s=0.5, improve_s=0.0)
MONDAY = dt.date(2026, 1, 5)


def _busy_monday() -> MonthPlan:
    """110 families on one day: both vans run in the morning."""
    inputs = inputs_for([family(f"F{i:03d}", i % 25) for i in range(110)])
    return plan_month(inputs, week(n=1), FAST)


def _served_by(plan_day: object) -> dict[str, str]:
    return {
        v.stop_id: r.vehicle_id
        for r in plan_day.solution.routes  # type: ignore[attr-defined]
        for t in r.trips
        for v in t.visits
    }


def test_delivered_stops_stay_and_the_broken_vans_others_move() -> None:
    plan = _busy_monday()
    before = plan.days[MONDAY]
    old = _served_by(before)
    starts = {
        v.stop_id: v.start_s for r in before.solution.routes for t in r.trips for v in t.visits
    }
    assert any(van_of(vid) == "L1" for vid in old.values())
    at = 10 * 3600
    result = replan_day(before, van_out="L1", at_s=at, params=FAST)
    after = result.day
    assert verify(after.problem, after.solution) == []
    new = _served_by(after)
    delivered = {i for i, s in starts.items() if s < at}
    for i in delivered:  # stays on its van, at the same time
        assert new[i] == old[i]
    new_starts = {
        v.stop_id: v.start_s for r in after.solution.routes for t in r.trips for v in t.visits
    }
    assert all(new_starts[i] == starts[i] for i in delivered)
    lost = {i for i, vid in old.items() if van_of(vid) == "L1" and i not in delivered}
    assert lost and {c.stop_id for c in result.changes} == lost
    for c in result.changes:
        assert c.kind == MOVED and van_of(c.detail) == "P1" and new[c.stop_id] == c.detail
        assert new_starts[c.stop_id] >= at
    assert sorted(result.on_broken_van) == sorted(
        i
        for i in lost
        if any(
            t.departure_s < at
            for r in before.solution.routes
            if r.vehicle_id.startswith("L1")
            for t in r.trips
            if i in {v.stop_id for v in t.visits}
        )
    )
    # every stop of the day is served or explained, exactly once
    assert sorted(new) == sorted(s.id for s in after.problem.stops)


def test_a_stop_the_other_vans_cannot_take_moves_to_another_day_of_its_cycle() -> None:
    # two-person stops need P1; P1 breaks down before the day starts
    families = [family(f"F{i:02d}", i % 10) for i in range(12)]
    families.append(family("STAIRS", 12, floor=3, lift=False))
    families.append(family("MONONLY", 13, floor=3, lift=False, weekdays=frozenset({1})))
    inputs = inputs_for(families)
    plan = plan_month(inputs, week(n=3), FAST)
    plan.assignment.day_of["STAIRS"] = MONDAY
    plan.assignment.day_of["MONONLY"] = MONDAY
    plan.assignment.day_limit += 2  # room left on the other days
    from scheduler.parcels.month import route_day

    monday = route_day(inputs, MONDAY, plan.assignment.on(MONDAY), FAST)
    assert {"STAIRS", "MONONLY"} <= set(_served_by(monday))
    result = replan_day(
        monday, van_out="P1", at_s=8 * 3600, assignment=plan.assignment, params=FAST
    )
    after = result.day
    assert verify(after.problem, after.solution) == []
    kinds = {c.stop_id: c for c in result.changes}
    assert kinds["STAIRS"].kind == RESCHEDULED
    new_day = result.rescheduled["STAIRS"]
    assert new_day > MONDAY and plan.assignment.day_of["STAIRS"] == new_day
    assert "STAIRS" not in {s.id for s in after.problem.stops}
    assert kinds["MONONLY"].kind == UNSERVED
    assert kinds["MONONLY"].detail == UnservedReason.SKILL_MISSING.value
    assert "MONONLY" in {u.stop_id for u in after.solution.unserved}
    assert not any(van_of(r.vehicle_id) == "P1" for r in after.solution.routes)
    # the single-crew van takes everyone else
    assert all(
        c.kind == MOVED and van_of(c.detail) == "L1"
        for c in kinds.values()
        if c.stop_id not in {"STAIRS", "MONONLY"}
    )


def test_outcomes_given_are_kept_and_bad_ones_refused() -> None:
    plan = _busy_monday()
    day = plan.days[MONDAY]
    old = _served_by(day)
    l1 = [i for i, vid in old.items() if van_of(vid) == "L1"]
    done = {l1[0]: DELIVERED, l1[1]: NOT_HOME}
    result = replan_day(day, van_out="L1", at_s=9 * 3600, done=done, params=FAST)
    new = _served_by(result.day)
    assert new[l1[0]] == old[l1[0]] and new[l1[1]] == old[l1[1]]
    assert verify(result.day.problem, result.day.solution) == []
    with pytest.raises(ReplanError, match="V9"):
        replan_day(day, van_out="V9", at_s=9 * 3600)
    with pytest.raises(ReplanError, match="NOPE"):
        replan_day(day, van_out="L1", at_s=9 * 3600, done={"NOPE": DELIVERED})
    with pytest.raises(ReplanError, match="lost"):
        replan_day(day, van_out="L1", at_s=9 * 3600, done={l1[0]: "lost"})
