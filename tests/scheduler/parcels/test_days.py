"""Choosing the days: holidays, availability, stock, keeping last cycle's day, not at home."""

from __future__ import annotations

import datetime as dt

from parcel_town import WAREHOUSE, family, week

from domain.parcels import Cycle, ParcelStock
from scheduler.parcels.assign import NotPlanned, assign_days
from scheduler.parcels.calendar import deliveries, month_calendar, same_day_this_cycle
from scheduler.parcels.month import xy_of
from scheduler.parcels.reschedule import NOT_AT_HOME, reschedule_not_at_home


def _assign(families, calendar, stock=None):  # type: ignore[no-untyped-def]
    items = deliveries(families, calendar)
    xy, origin = xy_of(items, WAREHOUSE)
    return assign_days(calendar, items, xy, origin, stock or ParcelStock())


def test_holidays_and_weekends_are_off() -> None:
    jan = month_calendar(dt.date(2026, 1, 1))
    assert dt.date(2026, 1, 1) not in jan.days and len(jan.days) == 21
    march = month_calendar(dt.date(2026, 3, 1))
    assert {dt.date(2026, 3, 19), dt.date(2026, 3, 20)}.isdisjoint(march.days)
    may = month_calendar(dt.date(2026, 5, 1))
    off = {dt.date(2026, 5, d) for d in (1, 19, 26, 27, 28, 29)}
    assert off.isdisjoint(may.days) and all(d.isoweekday() <= 5 for d in may.days)


def test_a_family_with_one_available_day_lands_on_it() -> None:
    families = [family(f"F{i}", i) for i in range(20)]
    families.append(family("ONLY", 3, weekdays=frozenset({3})))  # Wednesday 7 January
    plan = _assign(families, week())
    assert plan.day_of["ONLY"] == dt.date(2026, 1, 7)
    assert not plan.unassigned


def test_no_available_day_is_listed_with_a_reason() -> None:
    families = [family("F1", 1), family("WEEKEND", 2, weekdays=frozenset({6, 7}))]
    plan = _assign(families, week())
    assert plan.unassigned == {"WEEKEND": NotPlanned.NO_AVAILABLE_DAY}


def test_gluten_free_stock_per_day_is_respected() -> None:
    families = [family(f"C{i}", i, coeliac=True) for i in range(12)]
    families += [family(f"F{i}", 20 + i) for i in range(10)]
    plan = _assign(families, week(), ParcelStock({"gluten_free": 2}))
    for day in plan.calendar.days:
        assert plan.stock_used(day) <= 2
    short = [i for i, r in plan.unassigned.items() if r == NotPlanned.STOCK_EXHAUSTED]
    assert len(short) == 2 and all(i.startswith("C") for i in short)


def test_days_are_spread_evenly() -> None:
    families = [family(f"F{i}", i % 7) for i in range(50)]  # all in one corner
    plan = _assign(families, week())
    counts = [plan.count(d) for d in plan.calendar.days]
    assert max(counts) - min(counts) <= 2, counts


def test_last_cycles_day_is_kept() -> None:
    last = dt.date(2025, 12, 10)  # 2nd Wednesday
    jan = month_calendar(dt.date(2026, 1, 1))
    assert same_day_this_cycle(last, jan.days) == dt.date(2026, 1, 14)
    families = [family(f"F{i}", i % 25, last_day=last if i == 0 else None) for i in range(60)]
    plan = _assign(families, jan)
    assert plan.day_of["F0"] == dt.date(2026, 1, 14)


def test_biweekly_families_get_one_delivery_in_each_half() -> None:
    jan = month_calendar(dt.date(2026, 1, 1))
    families = [family("B", 1, cycle=Cycle.BIWEEKLY), family("M", 2)]
    plan = _assign(families, jan)
    first, second = jan.periods(Cycle.BIWEEKLY)
    assert plan.day_of["B"] in first and plan.day_of["B/2"] in second
    assert "M/2" not in plan.deliveries


def test_a_family_not_at_home_is_rescheduled_within_the_cycle() -> None:
    families = [family(f"F{i}", i) for i in range(10)]
    families.append(family("OUT", 4, weekdays=frozenset({1, 3, 5})))
    plan = _assign(families, week())
    failed = min(d for d in plan.deliveries["OUT"].days if d < dt.date(2026, 1, 9))
    plan.day_of["OUT"] = failed
    new = reschedule_not_at_home(plan, "OUT", failed)
    assert new is not None and new > failed and new.isoweekday() in {1, 3, 5}
    assert plan.day_of["OUT"] == new
    # not at home again on the last Friday: nothing left in the cycle
    assert reschedule_not_at_home(plan, "OUT", dt.date(2026, 1, 9)) is None
    assert plan.unassigned["OUT"] == NOT_AT_HOME and "OUT" not in plan.day_of


def test_bayram_parcels_go_out_on_the_working_days_before_the_eve() -> None:
    from domain.parcels import BAYRAM, BayramCampaign

    march = month_calendar(dt.date(2026, 3, 1))
    campaign = BayramCampaign("Ramazan Bayramı", dt.date(2026, 3, 19), days_before=5)
    window = campaign.window(march.days)
    # 12, 13, 16, 17, 18 March: the five working days before the eve (19th, closed)
    assert window == tuple(dt.date(2026, 3, d) for d in (12, 13, 16, 17, 18))
    families = [family(f"F{i:02d}", i % 20) for i in range(40)]
    families.append(family("TUTH", 3, weekdays=frozenset({2, 4})))  # home Tue/Thu only
    families.append(family("WED", 4, weekdays=frozenset({3})))  # Wednesday 18th
    families.append(family("MONWEEK1", 5, weekdays=frozenset({1}), last_day=dt.date(2026, 2, 2)))
    items = deliveries(families, march, [campaign])
    xy, origin = xy_of(items, WAREHOUSE)
    plan = assign_days(march, items, xy, origin, ParcelStock())
    assert not plan.unassigned
    for ident in [f.ref for f in families if f.ref != "MONWEEK1"]:
        assert plan.day_of[ident] in window, ident
        assert BAYRAM in plan.deliveries[ident].family.parcels
    assert plan.day_of["TUTH"] in {dt.date(2026, 3, 12), dt.date(2026, 3, 17)}
    assert plan.day_of["WED"] == dt.date(2026, 3, 18)
    # Mondays in the window: the 16th; last cycle's "1st Monday" gives way to the bayram
    assert plan.day_of["MONWEEK1"] == dt.date(2026, 3, 16)
    # the window takes the month's load, the even share per window day is respected
    counts = [plan.count(d) for d in window]
    assert sum(counts) == len(families) and max(counts) - min(counts) <= 2, counts
    assert plan.deliveries["F00"].family.kg == 18 + BAYRAM.kg


def test_an_extra_bayram_delivery_on_top_of_the_cycles() -> None:
    from domain.parcels import BAYRAM, BayramCampaign

    march = month_calendar(dt.date(2026, 3, 1))
    campaign = BayramCampaign("Ramazan Bayramı", dt.date(2026, 3, 19), days_before=3, extra=True)
    families = [family(f"F{i:02d}", i % 20) for i in range(30)]
    families.append(family("MON", 7, weekdays=frozenset({1})))  # Monday 16th
    families.append(family("FRI", 8, weekdays=frozenset({5})))  # no Friday in 16-18 March
    items = deliveries(families, march, [campaign])
    assert len(items) == 2 * len(families)
    xy, origin = xy_of(items, WAREHOUSE)
    plan = assign_days(march, items, xy, origin, ParcelStock())
    window = set(campaign.window(march.days))
    assert window == {dt.date(2026, 3, d) for d in (16, 17, 18)}
    for f in families:
        extra = plan.deliveries[f"{f.ref}/bayram"]
        assert extra.family.parcels == (BAYRAM,) and extra.family.kg == BAYRAM.kg
        if f.ref == "FRI":
            assert plan.unassigned[f"{f.ref}/bayram"] == NotPlanned.NO_AVAILABLE_DAY
        else:
            assert plan.day_of[f"{f.ref}/bayram"] in window
        assert BAYRAM not in plan.deliveries[f.ref].family.parcels
        assert f.ref in plan.day_of  # the cycle's own parcel, any day of March


def test_a_month_without_a_campaign_is_planned_as_before() -> None:
    from domain.parcels import BAYRAM_CAMPAIGNS_2026

    jan = month_calendar(dt.date(2026, 1, 1))
    families = [family(f"F{i:02d}", i % 20) for i in range(30)]
    assert deliveries(families, jan, BAYRAM_CAMPAIGNS_2026) == deliveries(families, jan)
