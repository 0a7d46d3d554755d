"""Plans from routing solutions: new version per save, all or nothing; outcomes; spatial SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from shapely import LineString, Polygon
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.households import Household
from routing.model import Route, Solution, Trip, Unserved, UnservedReason, Visit
from store.errors import PlanSaveError
from store.models import OutcomeStatus, PlanRow, StopRow
from store.repositories import fleet, outcomes, plans
from store.repositories import households as households_repo
from store.repositories.spatial import households_within, nearest_kitchen

DAY = dt.date(2025, 3, 4)
KITCHEN = (40.0779, 29.5101)
PLACES = {  # ref: (lat, lon), along İsmail Efendi Caddesi and Mustafa Kemal Bulvarı
    "H1": (40.0783, 29.5086),
    "H2": (40.0775, 29.5098),
    "H3": (40.0765, 29.5097),
}


def _visit(ref: str, start_s: int, departure_s: int) -> Visit:
    return Visit(ref, start_s, start_s, start_s + 60, 0, (0,), start_s - departure_s)


def _solution() -> Solution:
    first = Trip(
        "K1",
        61200,
        (3,),
        (_visit("H1", 61500, 61200), _visit("H2", 61700, 61200)),
        "K1",
        62000,
        700,
        3100,
    )
    second = Trip("K1", 61200, (1,), (_visit("H3", 61400, 61200),), "K1", 61700, 400, 1900)
    return Solution(
        routes=(
            Route("V1/D1", (first,), 700, 3100, 800),
            Route("V2/D2", (second,), 400, 1900, 500),
        ),
        unserved=(Unserved("H4", UnservedReason.SKILL_MISSING, "needs carry_inside"),),
        objective=1100,
        driving_s=1100,
        distance_m=5000,
        working_s=1300,
    )


def _line(*refs: str) -> LineString:
    points = [KITCHEN, *(PLACES[r] for r in refs), KITCHEN]
    return LineString([(lon, lat) for lat, lon in points])


@pytest.fixture
def stocked(session: Session, make_household: Callable[..., Household]) -> Session:
    """Three households, a kitchen, two vans and two drivers."""
    for ref, (lat, lon) in PLACES.items():
        households_repo.add_household(
            session, household=make_household(ref, lat=lat, lon=lon), actor="t"
        )
    households_repo.add_household(
        session, household=make_household("H4", lat=40.085, lon=29.52), actor="t"
    )
    fleet.add_kitchen(session, code="K1", name="Merkez", lat=KITCHEN[0], lon=KITCHEN[1], actor="t")
    fleet.add_kitchen(session, code="K2", name="Yenice", lat=40.0900, lon=29.5300, actor="t")
    for n in (1, 2):
        fleet.add_van(session, code=f"V{n}", capacity_meals=40, kitchen_code="K1", actor="t")
        fleet.add_driver(session, code=f"D{n}", name=f"Sürücü {n}", actor="t")
    session.commit()
    return session


def _save(session: Session, **kwargs: object) -> PlanRow:
    return plans.save_plan(
        session,
        day=DAY,
        shift="dinner",
        solution=_solution(),
        created_by="planner",
        lines={"V1/D1": _line("H1", "H2"), "V2/D2": _line("H3")},
        **kwargs,  # type: ignore[arg-type]
    )


def test_saving_a_solution_stores_routes_stops_and_a_new_version_each_time(
    stocked: Session,
) -> None:
    first = _save(stocked, summary={"stops": 3})
    second = _save(stocked, changes={"cancelled": ["H2"]})
    stocked.commit()

    assert [p.version for p in plans.plan_versions(stocked, day=DAY, shift="dinner")] == [1, 2]
    assert plans.latest_plan(stocked, day=DAY, shift="dinner") == second
    assert first.summary == {"stops": 3} and second.changes == {"cancelled": ["H2"]}
    assert first.solution["unserved"] == [
        {"stop_id": "H4", "reason": "skill_missing", "detail": "needs carry_inside"}
    ]
    stops = plans.plan_stops(stocked, plan_id=first.id)
    assert [(route.seq, stop.seq, ref, stop.ride_s) for route, stop, ref in stops] == [
        (1, 1, "H1", 300),
        (1, 2, "H2", 500),
        (2, 1, "H3", 200),
    ]
    # Drivers see only the published version: nothing before a dispatcher publishes.
    assert plans.driver_route(stocked, day=DAY, shift="dinner", driver_code="D2") is None
    plans.publish_plan(stocked, plan_id=second.id, actor="dispatcher")
    route = plans.driver_route(stocked, day=DAY, shift="dinner", driver_code="D2")
    assert route is not None and route.plan_id == second.id and route.vehicle_id == "V2/D2"


def test_a_solution_with_an_unknown_household_writes_nothing(stocked: Session) -> None:
    with pytest.raises(PlanSaveError, match="H-GONE"):
        _save(stocked, household_refs={"H1": "H-GONE"})
    with pytest.raises(PlanSaveError, match="no van with code 'V9'"):
        _save(stocked, crews={"V1/D1": ("V9", "D1"), "V2/D2": ("V2", "D2")})
    stocked.rollback()
    assert stocked.scalar(select(func.count()).select_from(PlanRow)) == 0
    assert stocked.scalar(select(func.count()).select_from(StopRow)) == 0


def test_outcomes_are_appended_and_the_latest_counts(stocked: Session) -> None:
    plan = _save(stocked)
    stop_h1 = next(
        stop for _, stop, ref in plans.plan_stops(stocked, plan_id=plan.id) if ref == "H1"
    )
    outcomes.record_outcome(
        stocked,
        stop_id=stop_h1.id,
        status=OutcomeStatus.NOT_AT_HOME,
        recorded_by="D1",
        note="zil çalmıyor",
    )
    outcomes.record_outcome(
        stocked, stop_id=stop_h1.id, status=OutcomeStatus.DELIVERED, recorded_by="D1"
    )
    stocked.commit()
    history = outcomes.outcomes_for_plan(stocked, plan_id=plan.id)
    assert [o.status for o in history] == ["not_at_home", "delivered"]
    assert outcomes.latest_outcomes(stocked, plan_id=plan.id)[stop_h1.id].status == "delivered"


def test_households_within_a_neighbourhood(stocked: Session) -> None:
    area = Polygon([(29.5080, 40.0770), (29.5105, 40.0770), (29.5105, 40.0790), (29.5080, 40.0790)])
    assert [h.ref for h in households_within(stocked, area=area)] == ["H1", "H2"]
    households_repo.set_active(stocked, ref="H2", active=False, actor="t")
    assert [h.ref for h in households_within(stocked, area=area)] == ["H1"]


def test_nearest_kitchen_in_metres(stocked: Session) -> None:
    near = nearest_kitchen(stocked, lat=40.0785, lon=29.5090)
    far = nearest_kitchen(stocked, lat=40.0890, lon=29.5290)
    assert near is not None and near[0].code == "K1" and 100 < near[1] < 130
    assert far is not None and far[0].code == "K2" and far[1] < 200


def test_route_lines_read_back_from_the_store(stocked: Session) -> None:
    plan = _save(stocked)
    stocked.expire_all()
    routes = sorted(stocked.get_one(PlanRow, plan.id).routes, key=lambda r: r.seq)
    assert [r.geometry.geom_type for r in routes] == ["LineString", "LineString"]
    assert [[round(c, 7) for c in xy] for xy in routes[0].geometry.coords] == [
        [29.5101, 40.0779],
        [29.5086, 40.0783],
        [29.5098, 40.0775],
        [29.5101, 40.0779],
    ]
