"""A small month planned end to end: verifier, once per cycle, two-person stops."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from parcel_town import family, week

from domain.parcels import Appointment, Family, HalfDay
from scheduler.parcels.baseline import plan_baseline
from scheduler.parcels.month import MonthParams, ParcelInputs, check_month, plan_month

FAST = MonthParams(time_limit_s=0.4, improve_s=1.0)


def _families() -> list[Family]:
    out = [family(f"F{i:02d}", i % 18) for i in range(24)]
    out += [family(f"S{i}", 18 + i, floor=3, lift=False) for i in range(4)]  # two people
    out.append(family("AM", 5, half_day=HalfDay.MORNING, persons=6))
    out.append(family("APP", 7, appointment=Appointment("14:00", "15:00"), coeliac=True))
    return out


def test_every_day_verifies_and_every_family_is_served_once_or_listed(
    inputs_of: Callable[[Sequence[Family]], ParcelInputs],
) -> None:
    inputs = inputs_of(_families())
    plan = plan_month(inputs, week(n=3), FAST)
    assert check_month(plan) == []
    served = [i for pd in plan.days.values() for i in pd.solution.served_stop_ids]
    assert sorted(served + list(plan.unserved)) == sorted(plan.assignment.deliveries)


def test_two_person_stops_only_on_two_person_vans(
    inputs_of: Callable[[Sequence[Family]], ParcelInputs],
) -> None:
    inputs = inputs_of(_families())
    plan = plan_month(inputs, week(n=3), FAST)
    crew = {v.id: v.crew for v in inputs.vans}
    two = {f.ref for f in inputs.families if f.needs_two_people}
    seen = 0
    for pd in plan.days.values():
        for route in pd.solution.routes:
            for trip in route.trips:
                for visit in trip.visits:
                    if visit.stop_id in two:
                        seen += 1
                        assert crew[route.vehicle_id.rsplit("-", 1)[0]] == 2
    assert seen == len(two)


def test_appointments_and_half_days_are_kept(
    inputs_of: Callable[[Sequence[Family]], ParcelInputs],
) -> None:
    plan = plan_month(inputs_of(_families()), week(n=3), FAST)
    visits = {
        v.stop_id: v
        for pd in plan.days.values()
        for r in pd.solution.routes
        for t in r.trips
        for v in t.visits
    }
    assert 14 * 3600 <= visits["APP"].start_s <= 15 * 3600
    assert visits["AM"].start_s <= 12 * 3600 + 1800


def test_baseline_plans_the_same_deliveries(
    inputs_of: Callable[[Sequence[Family]], ParcelInputs],
) -> None:
    plan = plan_baseline(inputs_of(_families()), week(n=3), FAST)
    assert check_month(plan) == []


def test_deterministic_mode_gives_the_same_month_twice(
    inputs_of: Callable[[Sequence[Family]], ParcelInputs],
) -> None:
    inputs = inputs_of(_families())
    params = MonthParams(time_limit_s=0.4, improve_s=0.0, deterministic=True)
    first = plan_month(inputs, week(n=2), params)
    second = plan_month(inputs, week(n=2), params)
    assert first.assignment.day_of == second.assignment.day_of
    for day, pd in first.days.items():
        assert pd.solution == second.days[day].solution


def test_a_bayram_week_is_routed_with_the_bayram_parcels_on_board(
    inputs_of: Callable[[Sequence[Family]], ParcelInputs],
) -> None:
    import datetime as dt

    from domain.parcels import BAYRAM, BayramCampaign
    from sheets.parcel_outputs import loading_lines

    campaign = BayramCampaign("Ramazan Bayramı", dt.date(2026, 3, 19), days_before=2)
    calendar = week(dt.date(2026, 3, 16), n=3)  # 16–18 March, the eve on the 19th
    inputs = inputs_of(_families())
    params = MonthParams(time_limit_s=0.4, improve_s=0.0, campaigns=(campaign,))
    plan = plan_month(inputs, calendar, params)
    assert check_month(plan) == []
    window = {dt.date(2026, 3, 17), dt.date(2026, 3, 18)}
    assert set(plan.assignment.day_of.values()) <= window
    for day, pd in plan.days.items():
        stops = {s.id: s for s in pd.problem.stops}
        for ident in pd.solution.served_stop_ids:
            family = plan.assignment.deliveries[ident].family
            assert BAYRAM in family.parcels
            assert stops[ident].demand == (family.kg, family.litres)
        families = {d.id: d.family for d in plan.assignment.deliveries.values()}
        assert all(BAYRAM in line.family.parcels for line in loading_lines(pd.solution, families))
        assert day in window or not pd.problem.stops
