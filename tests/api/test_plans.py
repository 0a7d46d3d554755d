"""Planning over HTTP: a background job, the plan (routes, GeoJSON, sheets), a failing job, a
re-plan that keeps delivered trips fixed, and what planners may see."""

from __future__ import annotations

from typing import Any

from api_testing import DAY, ApiClient, is_problem, pdf_text

from scheduler.due import deliveries_on
from scheduler.stored import load_calendar, load_town
from store.db import session_scope
from store.repositories.audit import audit_trail

pytest_plugins = ["api_testing"]

INEGOL_BOX = (29.3, 39.95, 29.75, 40.2)


def served_refs(plan: dict[str, Any]) -> list[str]:
    return [s["household"] for r in plan["routes"] for s in r["stops"]]


def test_planning_runs_as_a_job_and_every_due_household_is_served_once(api: ApiClient) -> None:
    started = api.post("/plans", "dispatcher", json={"day": DAY.isoformat(), "shift": "dinner"})
    assert started.status_code == 202
    job_id = started.json()["id"]
    assert started.headers["location"] == f"/jobs/{job_id}"
    assert started.json()["status"] in {"queued", "running"}
    job = api.wait_job(job_id)
    assert job["status"] == "done" and job["progress"] == 1.0
    assert job["params"] == {"day": DAY.isoformat(), "shift": "dinner"}
    plan = api.get(f"/plans/{job['result']['plan_id']}", "dispatcher").json()
    assert (plan["day"], plan["shift"], plan["version"]) == (DAY.isoformat(), "dinner", 1)
    with session_scope(api.state.engine) as session:
        town = load_town(session, api.state.road, api.state.scheduler_settings)
        due = deliveries_on(town.households, DAY, "dinner", load_calendar(session, DAY)).due
    served = served_refs(plan)
    unserved = [u["household"] for u in plan["unserved"]]
    assert len(served) == len(set(served))
    assert sorted(served + unserved) == sorted(h.ref for h in due)
    assert all(u["reason_text"] for u in plan["unserved"])
    summary = plan["summary"]
    assert summary["violations"] == []
    assert summary["served"] == len(served) and summary["households_due"] == len(due)
    assert summary["max_ride_s"] <= summary["ride_limit_s"]
    assert [j["id"] for j in api.get("/jobs", "dispatcher").json()] == [job_id]


def test_a_plan_reads_as_routes_geojson_and_route_sheets(planned: tuple[ApiClient, int]) -> None:
    api, plan_id = planned
    plan = api.get(f"/plans/{plan_id}", "dispatcher").json()
    routes = [r for r in plan["routes"] if r["stops"]]
    assert routes and all(r["sheet_url"] and r["driver_name"] for r in routes)
    assert all(s["name"] and s["address"] for r in routes for s in r["stops"])
    listed = api.get(f"/plans?day={DAY.isoformat()}&shift=dinner", "dispatcher").json()
    assert [p["id"] for p in listed] == [plan_id]

    geo = api.get(f"/plans/{plan_id}/geojson", "dispatcher")
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    lines = [f for f in features if f["properties"]["kind"] == "route" and f["geometry"]]
    points = [f for f in features if f["properties"]["kind"] == "stop"]
    assert len(lines) == len(routes)
    assert all(f["geometry"]["type"] == "LineString" for f in lines)
    assert all(
        len(f["geometry"]["coordinates"]) > 2 * r["distance_m"] / 1000
        for f, r in zip(lines, routes, strict=True)
    )
    assert len(points) == sum(len(r["stops"]) for r in routes)
    min_lon, min_lat, max_lon, max_lat = INEGOL_BOX
    for f in lines + points:
        coords = f["geometry"]["coordinates"]
        for lon, lat in coords if f["geometry"]["type"] == "LineString" else [coords]:
            assert min_lon < lon < max_lon and min_lat < lat < max_lat
    assert {f["properties"]["colour"] for f in lines} == {r["colour"] for r in routes}

    route = routes[0]
    sheet = api.get(route["sheet_url"], "dispatcher")
    assert sheet.status_code == 200
    assert sheet.headers["content-type"] == "application/pdf"
    text = pdf_text(sheet.content)
    assert "ROTA KAĞIDI" in text and route["driver_name"] in text
    assert all(s["name"] in text for s in route["stops"])
    english = pdf_text(api.get(route["sheet_url"] + "?lang=en", "dispatcher").content)
    assert "ROUTE SHEET" in english
    assert api.get(route["sheet_url"], "dispatcher").content == sheet.content  # cached


def test_planners_see_the_plan_pseudonymised_and_no_sheets(planned: tuple[ApiClient, int]) -> None:
    api, plan_id = planned
    full = api.get(f"/plans/{plan_id}", "dispatcher").json()
    seen = api.get(f"/plans/{plan_id}", "planner")
    assert seen.status_code == 200
    plan = seen.json()
    assert plan["pseudonymised"] is True
    assert plan["summary"] == full["summary"]
    stops = [s for r in plan["routes"] for s in r["stops"]]
    assert stops and all(s["household"].startswith("P-") for s in stops)
    assert all(s["name"] is None and s["address"] is None for s in stops)
    assert all(r["driver_name"] is None and r["sheet_url"] is None for r in plan["routes"])
    for ref in served_refs(full):
        assert ref not in seen.text
    for name in (s["name"] for r in full["routes"] for s in r["stops"]):
        assert name not in seen.text
    geo = api.get(f"/plans/{plan_id}/geojson", "planner").json()
    refs = {f["properties"]["ref"] for f in geo["features"] if f["properties"]["kind"] == "stop"}
    assert refs and all(r.startswith("P-") for r in refs)
    route_no = full["routes"][0]["route"]
    is_problem(api.get(f"/plans/{plan_id}/routes/{route_no}/sheet.pdf", "planner"), 403)
    is_problem(api.get(f"/plans/{plan_id}/routes/{route_no}", "planner"), 403)
    assert "+90" not in api.get("/drivers", "planner").text


def test_a_failing_job_reports_a_clear_failure(api: ApiClient) -> None:
    api.post("/kitchens/MERKEZ/deactivate", "dispatcher")
    started = api.post("/plans", "planner", json={"day": DAY.isoformat(), "shift": "dinner"})
    assert started.status_code == 202
    job = api.wait_job(started.json()["id"], as_="planner")
    assert job["status"] == "failed"
    assert job["result"] is None
    assert job["error"]["status"] == 409
    assert "no active kitchen" in job["error"]["detail"]
    assert "POST /kitchens" in job["error"]["detail"]
    assert api.get(f"/plans?day={DAY.isoformat()}", "dispatcher").json() == []
    is_problem(api.get("/jobs/0123abcd", "dispatcher"), 404)


def test_a_shift_without_crews_fails_naming_the_fix(api: ApiClient) -> None:
    for code in ("D3", "D4", "D5", "D6"):
        api.post(f"/drivers/{code}/deactivate", "dispatcher")
    job = api.wait_job(
        api.post("/plans", "dispatcher", json={"day": DAY.isoformat(), "shift": "dinner"}).json()[
            "id"
        ]
    )
    assert job["status"] == "failed"
    assert "no van with a driver for dinner" in job["error"]["detail"]


def visits_by_vehicle(plan: dict[str, Any]) -> dict[str, list[tuple[int, str]]]:
    return {
        r["vehicle_id"]: [(s["trip"], s["household"]) for s in r["stops"]] for r in plan["routes"]
    }


def test_replan_keeps_delivered_trips_and_reports_the_changes(
    planned: tuple[ApiClient, int],
) -> None:
    api, plan_id = planned
    before = api.get(f"/plans/{plan_id}", "dispatcher").json()
    routes = [r for r in before["routes"] if r["stops"]]
    done = routes[0]["stops"][0]
    done_trip = (routes[0]["vehicle_id"], done["trip"])
    others = [
        s["household"]
        for r in routes
        for s in r["stops"]
        if (r["vehicle_id"], s["trip"]) != done_trip
    ]
    assert others, "the demo dinner has more than one trip"
    cancelled = others[-1]
    delivered = api.post(
        f"/stops/{done['stop_id']}/outcomes", "dispatcher", json={"status": "delivered"}
    )
    assert delivered.status_code == 201
    cancel = api.post(
        f"/households/{cancelled}/cancellations",
        "dispatcher",
        json={"day": DAY.isoformat(), "shift": "dinner", "reason": "Hastanede"},
    )
    assert cancel.status_code == 201

    started = api.post(f"/plans/{plan_id}/replan", "dispatcher", json={"at": "15:00"})
    assert started.status_code == 202
    job = api.wait_job(started.json()["id"])
    assert job["status"] == "done", job
    after = api.get(f"/plans/{job['result']['plan_id']}", "dispatcher").json()
    assert after["version"] == 2 and after["from_version"] == 1
    assert after["summary"]["violations"] == []
    assert cancelled not in served_refs(after)
    assert {"household": cancelled, "kind": "removed"}.items() <= next(
        c for c in after["changes"] if c["household"] == cancelled
    ).items()
    # The trip with a delivered stop had left the kitchen: same van, same stops, same order.
    old = [ref for trip, ref in visits_by_vehicle(before)[done_trip[0]] if trip == done_trip[1]]
    new_vehicle = visits_by_vehicle(after)[done_trip[0]]
    assert [ref for _, ref in new_vehicle][: len(old)] == old
    assert sorted(served_refs(after)) == sorted(set(served_refs(before)) - {cancelled})
    versions = api.get(f"/plans?day={DAY.isoformat()}&shift=dinner", "dispatcher").json()
    assert [v["version"] for v in versions] == [1, 2]
    stale = api.post(f"/plans/{plan_id}/replan?lang=en", "dispatcher", json={})
    assert "version 2 was saved at " in is_problem(stale, 409)["detail"]
    assert "by dispatcher; re-plan from it" in is_problem(stale, 409)["detail"]
    is_problem(api.post(f"/plans/{plan_id}/replan", "dispatcher", json={"at": "25:00"}), 422)
    is_problem(api.post(f"/plans/{after['id']}/replan", "planner", json={}), 403)


def test_publishing_is_recorded(planned: tuple[ApiClient, int]) -> None:
    api, plan_id = planned
    published = api.post(f"/plans/{plan_id}/publish", "dispatcher")
    assert published.json()["status"] == "published"
    with session_scope(api.state.engine) as session:
        entry = audit_trail(session, entity="plan", entity_ref=str(plan_id))[0]
    assert (entry.action, entry.actor) == ("publish", "dispatcher")
    is_problem(api.get("/plans/999", "dispatcher"), 404)
    is_problem(api.get(f"/plans/{plan_id}/routes/99", "dispatcher"), 404)
