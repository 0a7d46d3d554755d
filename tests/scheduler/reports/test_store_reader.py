"""The store's delivery log: one record per household, day and shift, from the newest version's
outcome; a re-planned stop counted once; what-if copies never counted; pseudonyms, not codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from domain.households import Diet, Household
from domain.reports import MealOutcome, NeedCategory
from routing.model import Route, Solution, Trip, Visit
from scheduler.reports.aggregate import build_report
from scheduler.reports.periods import parse_period
from scheduler.reports.settings import ReportSettings
from store.models import OutcomeStatus
from store.repositories import fleet, outcomes, plans
from store.repositories import households as households_repo
from store.repositories.delivery_log import read_delivery_log, read_meals

DAY = dt.date(2025, 3, 4)
PLACES = {"H1": (40.0783, 29.5086), "H2": (40.0775, 29.5098), "H3": (40.0765, 29.5097)}


def _visit(ref: str, start_s: int) -> Visit:
    return Visit(ref, start_s, start_s, start_s + 60, 0, (0,), start_s - 61200)


def _solution(*refs: str) -> Solution:
    visits = tuple(_visit(ref, 61500 + 200 * i) for i, ref in enumerate(refs))
    trip = Trip("K1", 61200, (len(refs),), visits, "K1", 62400, 900, 4000)
    return Solution(
        routes=(Route("V1/D1", (trip,), 900, 4000, 1200),),
        unserved=(),
        objective=900,
        driving_s=900,
        distance_m=4000,
        working_s=1200,
    )


@pytest.fixture
def stocked(session: Session, make_household: Callable[..., Household]) -> Session:
    extra = {"H1": {"portions": 2}, "H2": {"diets": (Diet.DIABETIC,)}, "H3": {}}
    for ref, (lat, lon) in PLACES.items():
        household = make_household(ref, lat=lat, lon=lon, neighbourhood="Cuma Mah.", **extra[ref])
        households_repo.add_household(session, household=household, actor="t")
    fleet.add_kitchen(session, code="K1", name="Merkez", lat=40.0779, lon=29.5101, actor="t")
    fleet.add_van(session, code="V1", capacity_meals=40, kitchen_code="K1", actor="t")
    fleet.add_driver(session, code="D1", name="Sürücü", actor="t")
    session.commit()
    return session


def _stop_of(session: Session, plan_id: int, ref: str) -> int:
    return next(s.id for _r, s, r in plans.plan_stops(session, plan_id=plan_id) if r == ref)


def test_a_replanned_stop_counts_once_with_its_last_outcome(stocked: Session) -> None:
    s = stocked
    v1 = plans.save_plan(
        s,
        day=DAY,
        shift="dinner",
        solution=_solution("H1", "H2", "H3"),
        created_by="d",
        base_version=None,
    )
    s.flush()
    # H1: nobody home on v1, then delivered on v2 after the re-plan: one delivered meal.
    outcomes.record_outcome(
        s, stop_id=_stop_of(s, v1.id, "H1"), status=OutcomeStatus.NOT_AT_HOME, recorded_by="d1"
    )
    v2 = plans.save_plan(
        s, day=DAY, shift="dinner", solution=_solution("H1", "H3"), created_by="d", base_version=1
    )
    s.flush()
    outcomes.record_outcome(
        s, stop_id=_stop_of(s, v2.id, "H1"), status=OutcomeStatus.DELIVERED, recorded_by="d1"
    )
    # A what-if copy never counts.
    plans.save_plan(
        s,
        day=DAY,
        shift="dinner",
        solution=_solution("H1", "H2", "H3"),
        created_by="p",
        what_if=True,
    )
    s.commit()

    meals = read_meals(s, start=DAY, end=DAY)
    assert len(meals) == 3  # one per household of the shift, whatever the versions
    by_need = {m.need_category: m for m in meals}
    h1, h2, h3 = (
        by_need[NeedCategory.OVER_65],
        by_need[NeedCategory.SICK],
        by_need[NeedCategory.OTHER],
    )
    assert (h1.outcome, h1.portions) == (MealOutcome.DELIVERED, 2)
    assert h2.outcome is MealOutcome.CANCELLED  # planned in v1, taken off in v2
    assert h3.outcome is MealOutcome.UNRECORDED  # on v2, nothing recorded yet
    assert {m.mahalle for m in meals} == {"Cuma Mah."}
    assert all(m.household_ref.startswith("P-") for m in meals)
    assert not {m.household_ref for m in meals} & set(PLACES)

    log = read_delivery_log(s, start=DAY, end=DAY)
    assert [(f.service, f.vans, f.driving_s, f.distance_m) for f in log.fleet] == [
        ("dinner", 1, 900, 4000)
    ]
    report = build_report(log, parse_period("2025-03"), ReportSettings(suppress_below=1))
    assert report.headline["rep_meals"].value == 2  # H1's two portions, once
    assert report.headline["rep_meal_households"].value == 1


def test_an_empty_store_gives_an_empty_log(stocked: Session) -> None:
    log = read_delivery_log(stocked, start=DAY, end=DAY)
    assert log.meals == () and log.fleet == () and log.parcels == ()
