"""Drivers over HTTP: my route (and only mine) in the published version, outcomes at the door,
and the "not at home" alert the dispatcher sees at once."""

from __future__ import annotations

from typing import Any

from api_testing import DAY, ApiClient, is_problem, route_of_driver

from store.db import session_scope
from store.repositories.audit import audit_trail

pytest_plugins = ["api_testing"]

Q = f"?day={DAY.isoformat()}&shift=dinner"


def two_drivers(api: ApiClient, plan_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    plan = api.get(f"/plans/{plan_id}", "dispatcher").json()
    routes = [r for r in plan["routes"] if r["stops"]]
    assert len(routes) >= 2, "the demo dinner uses at least two vans"
    return routes[0], routes[1]


def test_a_driver_sees_his_route_with_what_he_needs_at_each_door(
    published: tuple[ApiClient, int],
) -> None:
    api, plan_id = published
    mine, theirs = two_drivers(api, plan_id)
    me = mine["driver"].lower()
    response = api.get(f"/drivers/me/route{Q}", me)
    assert response.status_code == 200
    route = response.json()
    assert (route["plan_id"], route["route"], route["shift"]) == (plan_id, mine["route"], "dinner")
    assert [s["stop_id"] for s in route["stops"]] == [s["stop_id"] for s in mine["stops"]]
    assert all(s["name"] and s["phone"].startswith("+90") and s["address"] for s in route["stops"])
    assert route["sheet_url"] == mine["sheet_url"]
    assert [s["time"] for s in route["stops"]] == [s["arrival"] for s in mine["stops"]]
    for other in theirs["stops"]:  # nothing of another driver's households
        assert other["name"] not in response.text
    assert api.get(f"/drivers/{mine['driver']}/route{Q}", me).json() == route
    assert api.get(f"/plans/{plan_id}/routes/{mine['route']}", me).json()["stops"] == route["stops"]
    sheet = api.get(mine["sheet_url"], me)
    assert sheet.status_code == 200 and sheet.content.startswith(b"%PDF")


def test_another_drivers_route_is_forbidden(published: tuple[ApiClient, int]) -> None:
    api, plan_id = published
    mine, theirs = two_drivers(api, plan_id)
    me = mine["driver"].lower()
    is_problem(api.get(f"/drivers/{theirs['driver']}/route{Q}", me), 403)
    is_problem(api.get(f"/plans/{plan_id}/routes/{theirs['route']}", me), 403)
    is_problem(api.get(theirs["sheet_url"], me), 403)
    is_problem(api.get(f"/plans/{plan_id}", me), 403)
    is_problem(api.get("/households", me), 403)
    is_problem(api.get("/alerts", me), 403)
    stop = theirs["stops"][0]["stop_id"]
    body = is_problem(api.post(f"/stops/{stop}/outcomes", me, json={"status": "delivered"}), 403)
    assert "own route" in body["detail"]


def test_no_route_and_non_drivers(published: tuple[ApiClient, int]) -> None:
    api, plan_id = published
    plan = api.get(f"/plans/{plan_id}", "dispatcher").json()
    idle = next(c for c in ("D1", "D2") if route_of_driver(plan, c) is None)
    missing = is_problem(api.get(f"/drivers/me/route{Q}&lang=en", idle.lower()), 404)
    assert "you have no route in the published version 1" in missing["detail"]
    turkish = is_problem(api.get(f"/drivers/me/route{Q}", idle.lower()), 404)
    assert "yayımlanan 1. sürümde" in turkish["detail"]
    is_problem(api.get(f"/drivers/me/route{Q}", "dispatcher"), 403)
    mine, _ = two_drivers(api, plan_id)
    assert api.get(f"/drivers/{mine['driver']}/route{Q}", "dispatcher").status_code == 200
    is_problem(api.get(f"/drivers/{mine['driver']}/route{Q}", "planner"), 403)


def test_not_at_home_alerts_the_dispatcher_at_once(published: tuple[ApiClient, int]) -> None:
    api, plan_id = published
    mine, _ = two_drivers(api, plan_id)
    me = mine["driver"].lower()
    first, second = mine["stops"][0], mine["stops"][1]
    assert api.get("/alerts", "dispatcher").json() == []
    delivered = api.post(f"/stops/{first['stop_id']}/outcomes", me, json={"status": "delivered"})
    assert delivered.status_code == 201 and delivered.json()["alert_id"] is None
    nobody = api.post(
        f"/stops/{second['stop_id']}/outcomes",
        me,
        json={"status": "not_at_home", "note": "Kapıyı açan olmadı, telefon da cevapsız"},
    )
    assert nobody.status_code == 201
    alert_id = nobody.json()["alert_id"]
    alerts = api.get("/alerts", "dispatcher").json()
    assert [a["id"] for a in alerts] == [alert_id]
    alert = alerts[0]
    assert alert["household"] == second["household"] and alert["name"] == second["name"]
    assert alert["phone"].startswith("+90") and alert["address"] == second["address"]
    assert (alert["route"], alert["driver"], alert["raised_by"]) == (
        mine["route"],
        mine["driver"],
        me,
    )
    assert "cevapsız" in alert["note"]
    assert api.get(f"/alerts?after={alert_id}", "dispatcher").json() == []
    stream = api.get("/alerts/stream?seconds=0.5", "dispatcher")
    assert stream.headers["content-type"].startswith("text/event-stream")
    assert f"id: {alert_id}\nevent: alert\ndata: " in stream.text
    assert second["name"] in stream.text
    resumed = api.client.get(
        "/alerts/stream?seconds=0.5",
        headers=api.auth("dispatcher") | {"Last-Event-ID": str(alert_id)},
    )
    assert "event: alert" not in resumed.text
    is_problem(api.get("/alerts", "planner"), 403)

    plan = api.get(f"/plans/{plan_id}", "dispatcher").json()
    outcomes = {s["stop_id"]: s["outcome"] for r in plan["routes"] for s in r["stops"]}
    assert outcomes[first["stop_id"]] == "delivered"
    assert outcomes[second["stop_id"]] == "not_at_home"
    mine_now = api.get(f"/drivers/me/route{Q}", me).json()["stops"]
    assert [s["outcome"] for s in mine_now[:2]] == ["delivered", "not_at_home"]

    handled = api.post(f"/alerts/{alert_id}/acknowledge", "dispatcher")
    assert handled.json()["acknowledged_by"] == "dispatcher"
    assert api.get("/alerts", "dispatcher").json() == []
    assert len(api.get("/alerts?include_acknowledged=true", "dispatcher").json()) == 1
    is_problem(api.post("/alerts/999/acknowledge", "dispatcher"), 404)

    # A correction is a new outcome: the latest counts, the history stays.
    api.post(f"/stops/{second['stop_id']}/outcomes", me, json={"status": "delivered"})
    history = api.get(f"/plans/{plan_id}/outcomes", "dispatcher").json()
    assert [o["status"] for o in history] == ["delivered", "not_at_home", "delivered"]
    with session_scope(api.state.engine) as session:
        who = {(e.action, e.actor) for e in audit_trail(session, entity="stop")}
    assert who == {("outcome", me)}


def test_outcome_input_is_validated(published: tuple[ApiClient, int]) -> None:
    api, plan_id = published
    mine, _ = two_drivers(api, plan_id)
    stop = mine["stops"][0]["stop_id"]
    bad = is_problem(
        api.post(f"/stops/{stop}/outcomes", "dispatcher", json={"status": "lost"}), 422
    )
    assert bad["field"] == "body.status"
    naive = api.post(
        f"/stops/{stop}/outcomes",
        "dispatcher",
        json={"status": "delivered", "at": "2026-11-25T17:42:00"},
    )
    assert "with its zone" in is_problem(naive, 422)["detail"]
    is_problem(api.post("/stops/99999/outcomes", "dispatcher", json={"status": "refused"}), 404)
    is_problem(api.post(f"/stops/{stop}/outcomes", "planner", json={"status": "refused"}), 403)
