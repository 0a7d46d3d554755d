"""The simulated year: the calibrated defaults regenerate the published 2025 figures; a short
run writes real verified plans and outcomes, a private log file, and is reused from the cache."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest

from demo import year as demo_year_module
from demo.calendar import demo_holds
from demo.parcels import generate_families
from demo.year import (
    MIN_OVERLAP_DAYS,
    PUBLISHED_2025,
    TOLERANCE,
    demo_year,
    expected_meals,
    parcel_records,
    year_households,
)
from domain.parcels import Cycle, Family
from domain.reports import ParcelOutcome
from geodata.graph import load_graph
from geodata.road import RoadGraph
from geodata.settings import GeodataSettings, PathSettings
from scheduler.reports.aggregate import build_report
from scheduler.reports.periods import parse_period
from scheduler.reports.settings import ReportSettings
from scheduler.reports.source import period_log
from scheduler.settings import SchedulerSettings
from store.db import make_engine, session_scope
from store.models import PlanRow
from store.repositories.plans import plan_solution


@functools.cache
def _road() -> RoadGraph:
    paths = PathSettings()
    return load_graph(paths.inegol_osm, GeodataSettings(), cache_dir=paths.cache_dir)


@pytest.mark.slow
def test_the_calibrated_defaults_give_the_published_households_and_meals() -> None:
    people = year_households(_road(), 2025)
    assert len(people) == PUBLISHED_2025["rep_meal_households"]
    first, last = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    for h in people:
        assert h.start_date is not None and h.end_date is not None
        overlap = (min(h.end_date, last) - max(h.start_date, first)).days + 1
        assert overlap >= MIN_OVERLAP_DAYS
    meals = expected_meals(people, demo_holds(people), 2025)
    target = PUBLISHED_2025["rep_meals"]
    assert abs(meals - target) <= TOLERANCE["rep_meals"] * target


@pytest.mark.slow
def test_every_parcel_family_and_coeliac_family_is_served_in_the_year() -> None:
    families = generate_families(_road())
    records = parcel_records(families, 2025, 2025, lambda ref: f"P-{ref}")
    delivered = {r.family_ref for r in records if r.outcome is ParcelOutcome.DELIVERED}
    gluten_free = {
        r.family_ref for r in records if r.gluten_free and r.outcome is ParcelOutcome.DELIVERED
    }
    assert len(delivered) == PUBLISHED_2025["rep_parcel_families"]
    assert len(gluten_free) == PUBLISHED_2025["rep_gluten_free_families"]


def test_a_parcel_nobody_took_is_brought_again_the_next_week(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(demo_year_module, "PARCEL_NOT_AT_HOME_SHARE", 1.0)  # nobody is ever home
    family = Family(
        ref="F0001",
        name="x",
        phone="x",
        street="x",
        house_number="1",
        lat=40.0,
        lon=29.5,
        persons=3,
        coeliac=True,
        cycle=Cycle.MONTHLY,
        weekdays=frozenset({2}),
    )
    records = parcel_records([family], 2025, 1, lambda ref: "P-1")
    january = [r for r in records if r.day.month == 1 and r.product == "standard"]
    # First try and two retries, a week apart, on Tuesdays; the last try is delivered.
    assert [r.outcome for r in january[:3]] == [
        ParcelOutcome.NOT_AT_HOME,
        ParcelOutcome.NOT_AT_HOME,
        ParcelOutcome.DELIVERED,
    ]
    assert {r.day.isoweekday() for r in records} == {2}
    assert (january[1].day - january[0].day).days == 7
    assert {r.family_ref for r in records} == {"P-1"}  # the pseudonym, never F0001
    assert any(r.gluten_free for r in records)


@pytest.mark.slow
def test_a_short_simulated_year_is_real_plans_and_is_reused(tmp_path: Path) -> None:
    settings = SchedulerSettings()
    run, fresh = demo_year(_road(), settings, tmp_path, days=2)
    assert fresh and run.shifts == 4
    for path in (run.store, run.log):
        assert path.stat().st_mode & 0o777 == 0o600
    engine = make_engine(f"sqlite:///{run.store}")
    try:
        with session_scope(engine) as session:
            rows = session.query(PlanRow).all()
            assert {(r.day, r.shift) for r in rows} == {
                (dt.date(2025, 1, d), s) for d in (1, 2) for s in ("breakfast", "dinner")
            }
            assert all(r.summary["violations"] == [] for r in rows)
            assert all(plan_solution(r).routes for r in rows)
        log = period_log(engine, parse_period("2025-01"), run.log)
    finally:
        engine.dispose()
    assert {r.day for r in log.meals} == {dt.date(2025, 1, 1), dt.date(2025, 1, 2)}
    assert {r.day for r in log.parcels} <= {dt.date(2025, 1, 1), dt.date(2025, 1, 2)}
    report = build_report(log, parse_period("2025-01"), ReportSettings())
    assert (report.headline["rep_meals"].value or 0) > 0
    again, fresh_again = demo_year(_road(), settings, tmp_path, days=2)
    assert not fresh_again and again.store == run.store
