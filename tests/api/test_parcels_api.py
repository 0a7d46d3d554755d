"""Parcels through the API: a month planned as a job, its calendar and days, publishing, the
driver's own route, and a not-at-home outcome moved within the cycle."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_testing import ApiClient, _close, is_problem
from fastapi.testclient import TestClient
from parcels_testing import MONTH, N_FAMILIES, open_parcels, parcel_client, planned_parcel_store

from api.main import create_app
from routing.verify import verify
from store.db import session_scope
from store.repositories import parcels as repo

pytestmark = pytest.mark.slow


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[ApiClient]:
    yield from parcel_client(tmp_path)


@pytest.fixture
def planned(tmp_path: Path) -> Iterator[ApiClient]:
    path = tmp_path / "store.sqlite"
    shutil.copy(planned_parcel_store(), path)
    state = open_parcels(path)
    try:
        with TestClient(create_app(state), raise_server_exceptions=False) as client:
            yield ApiClient(client, state)
    finally:
        _close(state)


def test_month_job_reports_progress_and_every_day_passes_the_verifier(fresh: ApiClient) -> None:
    response = fresh.post("/parcels/plans", "dispatcher", json={"month": MONTH})
    assert response.status_code == 202, response.text
    assert response.headers["Location"].startswith("/jobs/")
    job = fresh.wait_job(response.json()["id"])
    assert job["status"] == "done", job
    assert job["progress"] == 1.0
    result = job["result"]
    assert result["month"] == MONTH
    assert result["families"] + result["unserved"] >= N_FAMILIES
    with session_scope(fresh.state.engine) as session:
        plans = repo.day_plans(session, start=dt.date(2026, 5, 1), end=dt.date(2026, 5, 31))
        assert len(plans) == len(result["days"]) == 15
        for plan in plans:
            assert verify(repo.plan_problem(plan), repo.plan_solution(plan)) == []
        served = [s.delivery_id for p in plans for r in p.routes for s in r.stops]
    assert len(served) == len(set(served)) == result["families"]


def test_month_calendar_counts_families_and_kg_by_neighbourhood(planned: ApiClient) -> None:
    body = planned.get(f"/parcels/months/{MONTH}", "planner").json()
    assert body["planned"] is True
    assert len(body["days"]) == 15
    assert sum(d["families"] for d in body["days"]) + body["unassigned"] >= N_FAMILIES
    for day in body["days"]:
        assert day["kg"] == sum(c["kg"] for c in day["neighbourhoods"])
        assert day["plan_id"] is not None


def test_day_shows_loading_order_two_person_marks_and_geojson(planned: ApiClient) -> None:
    month = planned.get(f"/parcels/months/{MONTH}", "dispatcher").json()
    day = next(d for d in month["days"] if d["families"])
    body = planned.get(f"/parcels/days/{day['day']}", "dispatcher").json()
    assert body["families"] == day["families"]
    for route in body["routes"]:
        for trip in {s["trip"] for s in route["stops"]}:
            stops = [s for s in route["stops"] if s["trip"] == trip]
            assert sorted(s["load_order"] for s in stops) == list(range(1, len(stops) + 1))
            assert stops[-1]["load_order"] == 1  # the last delivered goes in first
        for stop in route["stops"]:
            if stop["two_person"]:
                assert route["crew"] == 2
    kinds = {f["properties"]["kind"] for f in body["geojson"]["features"]}
    assert kinds == {"route", "stop", "warehouse"}


def test_planner_reads_pseudonyms_only(planned: ApiClient) -> None:
    month = planned.get(f"/parcels/months/{MONTH}", "planner").json()
    day = next(d for d in month["days"] if d["families"])
    body = planned.get(f"/parcels/days/{day['day']}", "planner").json()
    stop = body["routes"][0]["stops"][0]
    assert stop["name"] is None and stop["phone"] is None and stop["address"] is None
    assert not stop["family"].startswith("F")
    is_problem(planned.post("/parcels/plans", "planner", json={"month": MONTH}), 403)


def _published_day(api: ApiClient) -> dict[str, Any]:
    month = api.get(f"/parcels/months/{MONTH}", "dispatcher").json()
    day = next(d for d in month["days"] if d["families"] >= 2)
    drivers = {v: f"D{k}" for k, v in enumerate(["P1", "P2", "P3", "L1", "L2", "L3"], start=1)}
    response = api.post(
        f"/parcels/plans/{day['plan_id']}/publish", "dispatcher", json={"drivers": drivers}
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["status"] == "published"
    return body


def test_a_driver_sees_only_his_published_route(planned: ApiClient) -> None:
    day = _published_day(planned)
    route = next(r for r in day["routes"] if r["stops"])
    driver = route["driver"]
    mine = planned.get(f"/parcels/me/route?day={day['day']}", driver.lower()).json()
    assert mine["routes"] and {r["driver"] for r in mine["routes"]} == {driver}
    other = next(f"d{k}" for k in range(1, 7) if f"D{k}" != driver)
    stop = route["stops"][0]["stop_id"]
    response = planned.post(f"/parcels/stops/{stop}/outcome", other, json={"status": "delivered"})
    is_problem(response, 403)
    is_problem(planned.get(f"/parcels/me/route?day={day['day']}", other), 404)
    is_problem(planned.get(f"/parcels/days/{day['day']}", driver.lower()), 403)
    is_problem(planned.get("/parcels/me/route?day=2026-05-04", "dispatcher"), 403)


def test_not_at_home_moves_the_family_to_a_later_day_of_its_cycle(planned: ApiClient) -> None:
    day = _published_day(planned)
    route = next(r for r in day["routes"] if r["stops"])
    stop = route["stops"][0]
    response = planned.post(
        f"/parcels/stops/{stop['stop_id']}/outcome?lang=en",
        route["driver"].lower(),
        json={"status": "not_at_home"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    with session_scope(planned.state.engine) as session:
        family = repo.to_family(
            repo.families_by_ref(session, [stop["family"].split("/")[0]])[
                stop["family"].split("/")[0]
            ]
        )
        month = repo.month_row(session, month=dt.date(2026, 5, 1))
        assert month is not None
        moved = next(a for a in month.assignments if a.delivery_id == stop["family"])
    if body["new_day"] is None:
        assert moved.day is None and moved.reason == "not_at_home"
        return
    new_day = dt.date.fromisoformat(body["new_day"])
    failed = dt.date.fromisoformat(day["day"])
    assert new_day > failed and new_day.month == failed.month
    assert family.available_on(new_day)
    assert moved.day == new_day and moved.rescheduled_from == failed
    assert "moved to" in body["message"]
    again = planned.get(f"/parcels/me/route?day={day['day']}", route["driver"].lower()).json()
    recorded = next(
        s for r in again["routes"] for s in r["stops"] if s["stop_id"] == stop["stop_id"]
    )
    assert recorded["outcome"] == "not_at_home"
    twice = planned.post(
        f"/parcels/stops/{stop['stop_id']}/outcome?lang=en",
        route["driver"].lower(),
        json={"status": "not_at_home"},
    )
    assert twice.json()["new_day"] == body["new_day"]  # a second tap moves nothing again


def test_bad_requests_are_problems(planned: ApiClient) -> None:
    is_problem(planned.post("/parcels/plans", "dispatcher", json={}), 422)
    is_problem(planned.get("/parcels/months/2026-13", "dispatcher"), 422)
    is_problem(planned.get("/parcels/days/2026-05-02", "dispatcher"), 404)
    is_problem(
        planned.post("/parcels/stops/999999/outcome", "d1", json={"status": "delivered"}), 404
    )


def test_a_van_breaking_down_re_plans_its_day_keeping_what_was_delivered(
    planned: ApiClient,
) -> None:
    month = planned.get(f"/parcels/months/{MONTH}", "dispatcher").json()
    day = max(month["days"], key=lambda d: d["families"])["day"]
    before = planned.get(f"/parcels/days/{day}", "dispatcher").json()
    stops_of: dict[str, int] = {}
    for r in before["routes"]:
        stops_of[r["van"]] = stops_of.get(r["van"], 0) + len(r["stops"])
    broken = max(sorted(stops_of), key=lambda v: stops_of[v])  # the busiest van
    with session_scope(planned.state.engine) as session:
        plan = repo.latest_day_plan(session, day=dt.date.fromisoformat(day))
        assert plan is not None
        version = plan.version
        vans = {vehicle.id.rsplit("-", 1)[0] for vehicle in repo.plan_problem(plan).vehicles}
        assert len(vans - {broken}) >= 1, vans  # another van can take over
        stops = [s for r in plan.routes if r.van_code == broken for s in r.stops]
        first = min(stops, key=lambda s: s.start_s)
        repo.record_outcome(session, stop_id=first.id, status="delivered", actor="d1")
        kept = (first.delivery_id, first.start_s)
        at_s = first.departure_s + 60
    at = f"{at_s // 3600:02d}:{at_s % 3600 // 60:02d}"
    response = planned.post(
        f"/parcels/days/{day}/breakdown", "dispatcher", json={"van": broken, "at": at}
    )
    assert response.status_code == 202, response.text
    job = planned.wait_job(response.json()["id"])
    assert job["status"] == "done", job
    assert job["result"]["van_out"] == broken and job["result"]["changes"]
    with session_scope(planned.state.engine) as session:
        new = repo.latest_day_plan(session, day=dt.date.fromisoformat(day))
        assert new is not None and new.version == version + 1
        assert verify(repo.plan_problem(new), repo.plan_solution(new)) == []
        on_broken = [
            (s.delivery_id, s.start_s) for r in new.routes if r.van_code == broken for s in r.stops
        ]
        assert kept in on_broken  # delivered before the breakdown: same van, same time
        assert all(start < at_s for _, start in on_broken)  # nothing after it on the broken van
    bad = planned.post(f"/parcels/days/{day}/breakdown", "dispatcher", json={"van": "X9", "at": at})
    assert planned.wait_job(bad.json()["id"])["status"] == "failed"
    is_problem(
        planned.post(f"/parcels/days/{day}/breakdown", "planner", json={"van": broken, "at": at}),
        403,
    )
