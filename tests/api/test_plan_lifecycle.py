"""The plan lifecycle over HTTP: drafts, publishing, what drivers see, planners' what-if copies,
planning again, and a re-plan that keeps what happened (issue 11: "drivers see drafts", "a
planner's POST /plans becomes the drivers' route", "outcomes lost on re-plan")."""

from __future__ import annotations

from typing import Any

from api_testing import DAY, ApiClient, is_problem

pytest_plugins = ["api_testing"]

Q = f"?day={DAY.isoformat()}&shift=dinner"


def routes_of(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for r in plan["routes"] if r["stops"]]


def visits(plan: dict[str, Any]) -> dict[str, tuple[str, int, int, str]]:
    """household → (vehicle, trip, seq, arrival) in a plan's public view."""
    return {
        s["household"]: (r["vehicle_id"], s["trip"], s["seq"], s["arrival"])
        for r in plan["routes"]
        for s in r["stops"]
    }


def replan(api: ApiClient, plan_id: int, at: str = "15:00") -> dict[str, Any]:
    started = api.post(f"/plans/{plan_id}/replan", "dispatcher", json={"at": at})
    assert started.status_code == 202, started.text
    job = api.wait_job(started.json()["id"])
    assert job["status"] == "done", job
    plan: dict[str, Any] = api.get(f"/plans/{job['result']['plan_id']}", "dispatcher").json()
    return plan


def versions(api: ApiClient) -> list[dict[str, Any]]:
    listed: list[dict[str, Any]] = api.get(f"/plans{Q}", "dispatcher").json()
    return listed


def test_drivers_see_only_the_published_version(planned: tuple[ApiClient, int]) -> None:
    api, plan_id = planned
    plan = api.get(f"/plans/{plan_id}", "dispatcher").json()
    route = routes_of(plan)[0]
    me = route["driver"].lower()

    # A draft reaches no driver: not as "my route", not by its id, not as a sheet.
    nothing = is_problem(api.get(f"/drivers/me/route{Q}&lang=en", me), 404)
    assert "no plan of Dinner on 2026-11-25 is published to the drivers yet" in nothing["detail"]
    is_problem(api.get(f"/drivers/{route['driver']}/route{Q}", "dispatcher"), 404)
    assert (
        "sürücüler yalnızca yayımlanan sürümü görür"
        in is_problem(api.get(f"/plans/{plan_id}/routes/{route['route']}", me), 403)["detail"]
    )
    is_problem(api.get(route["sheet_url"], me), 403)
    stop = route["stops"][0]["stop_id"]
    is_problem(api.post(f"/stops/{stop}/outcomes", me, json={"status": "delivered"}), 403)
    [draft] = versions(api)
    assert (draft["status"], draft["publishable"], draft["label"]) == ("draft", True, "v1")

    published = api.post(f"/plans/{plan_id}/publish", "dispatcher").json()
    assert (published["status"], published["published_by"]) == ("published", "dispatcher")
    assert published["published"] and not published["publishable"]
    mine = api.get(f"/drivers/me/route{Q}", me).json()
    assert (mine["plan_id"], mine["version"], mine["previous_version"]) == (plan_id, 1, None)
    assert mine["changes"] == []
    assert api.get(f"/plans/{plan_id}/routes/{route['route']}", me).status_code == 200

    # A re-plan is a draft: the drivers keep version 1 until it is published.
    cancelled = route["stops"][-1]
    api.post(
        f"/households/{cancelled['household']}/cancellations",
        "dispatcher",
        json={"day": DAY.isoformat(), "shift": "dinner", "reason": "Hastanede"},
    )
    second = replan(api, plan_id)
    assert (second["version"], second["status"]) == (2, "draft")
    assert api.get(f"/drivers/me/route{Q}", me).json()["plan_id"] == plan_id
    is_problem(api.get(f"/plans/{second['id']}/routes/1", me), 403)

    api.post(f"/plans/{second['id']}/publish", "dispatcher")
    now = api.get(f"/drivers/me/route{Q}&lang=en", me).json()
    assert (now["plan_id"], now["version"], now["previous_version"]) == (second["id"], 2, 1)
    removed = [c for c in now["changes"] if c["kind"] == "removed"]
    assert [c["household"] for c in removed] == [cancelled["household"]]
    assert removed[0]["name"] == cancelled["name"]
    assert removed[0]["text"] == f"{cancelled['name']}: removed"
    turkish = api.get(f"/drivers/me/route{Q}", me).json()["changes"]
    assert f"{cancelled['name']}: çıkarıldı" in [c["text"] for c in turkish]
    listed = {v["version"]: v for v in versions(api)}
    assert (listed[1]["status"], listed[2]["status"]) == ("superseded", "published")
    assert listed[2]["replaces_plan_id"] == plan_id and listed[2]["base_version"] == 1


def test_only_the_newest_version_is_published(planned: tuple[ApiClient, int]) -> None:
    api, plan_id = planned
    second = replan(api, plan_id)
    old = is_problem(api.post(f"/plans/{plan_id}/publish?lang=en", "dispatcher"), 409)
    assert "version 1 is not the newest: version 2 is" in old["detail"]
    assert api.post(f"/plans/{second['id']}/publish", "dispatcher").status_code == 200
    again = api.post(f"/plans/{second['id']}/publish", "admin")  # changes nothing
    assert again.json()["published_by"] == "dispatcher"


def test_a_planners_plan_is_a_what_if_copy_never_published_never_seen_by_drivers(
    published: tuple[ApiClient, int],
) -> None:
    api, plan_id = published
    office = api.get(f"/plans/{plan_id}", "dispatcher").json()
    drivers = [r["driver"].lower() for r in routes_of(office)]
    before = {d: api.get(f"/drivers/me/route{Q}", d).json() for d in drivers}

    body = {"day": DAY.isoformat(), "shift": "dinner", "confirm_replan": True}
    started = api.post("/plans", "planner", json=body)
    assert started.status_code == 202, started.text
    job = api.wait_job(started.json()["id"], as_="planner")
    assert job["status"] == "done" and job["kind"] == "plan", job
    assert job["params"] == {"day": DAY.isoformat(), "shift": "dinner", "what_if": True}
    copy_id = job["result"]["plan_id"]
    copy = api.get(f"/plans/{copy_id}", "planner").json()
    assert (copy["what_if"], copy["label"], copy["publishable"]) == (True, "what-if 1", False)
    assert copy["pseudonymised"] is True

    is_problem(api.post(f"/plans/{copy_id}/publish", "planner"), 403)
    refused = is_problem(api.post(f"/plans/{copy_id}/publish?lang=en", "dispatcher"), 409)
    assert "never published and never reach drivers" in refused["detail"]
    is_problem(api.post(f"/plans/{plan_id}/publish", "planner"), 403)
    for driver in drivers:
        assert api.get(f"/drivers/me/route{Q}", driver).json() == before[driver]
        is_problem(api.get(f"/plans/{copy_id}/routes/1", driver), 403)
    stop = routes_of(api.get(f"/plans/{copy_id}", "dispatcher").json())[0]["stops"][0]
    outcome = api.post(
        f"/stops/{stop['stop_id']}/outcomes?lang=en", "dispatcher", json={"status": "delivered"}
    )
    assert "take no outcomes" in is_problem(outcome, 409)["detail"]
    is_problem(api.post(f"/plans/{copy_id}/replan", "dispatcher", json={}), 409)
    is_problem(api.post(f"/plans/{plan_id}/replan", "planner", json={}), 403)

    # The office's versions are untouched: the copy is numbered apart and is no base.
    listed = versions(api)
    assert [(v["label"], v["status"]) for v in listed] == [
        ("v1", "published"),
        ("what-if 1", "draft"),
    ]
    assert replan(api, plan_id)["version"] == 2


def test_planning_again_needs_the_flag_then_replans_keeping_what_happened(
    published: tuple[ApiClient, int],
) -> None:
    api, plan_id = published
    before = api.get(f"/plans/{plan_id}", "dispatcher").json()
    route = routes_of(before)[0]
    done = route["stops"][0]
    me = route["driver"].lower()
    api.post(f"/stops/{done['stop_id']}/outcomes", me, json={"status": "delivered"})
    body = {"day": DAY.isoformat(), "shift": "dinner"}

    refused = is_problem(api.post("/plans?lang=en", "dispatcher", json=body), 409)
    assert refused["type"] == "/problems/confirm-replan"
    assert "published version 1 and 1 recorded outcome(s)" in refused["detail"]
    assert "re-plans from version 1" in refused["detail"] and "confirm_replan" in refused["detail"]
    turkish = is_problem(api.post("/plans", "dispatcher", json=body), 409)["detail"]
    assert "yayımlanmış 1. sürüm ve 1 kayıtlı teslimat sonucu" in turkish
    assert [v["version"] for v in versions(api)] == [1]

    started = api.post("/plans", "dispatcher", json=body | {"confirm_replan": True})
    assert started.status_code == 202, started.text
    job = api.wait_job(started.json()["id"])
    assert (job["status"], job["kind"]) == ("done", "replan"), job
    assert job["params"]["confirm_replan"] is True and job["params"]["plan_id"] == plan_id
    after = api.get(f"/plans/{job['result']['plan_id']}", "dispatcher").json()
    assert (after["version"], after["from_version"], after["base_version"]) == (2, 1, 1)
    assert visits(after)[done["household"]] == visits(before)[done["household"]]
    outcomes = {s["household"]: s["outcome"] for r in after["routes"] for s in r["stops"]}
    assert outcomes[done["household"]] == "delivered"


def test_a_shift_with_only_drafts_is_planned_again_from_scratch(
    planned: tuple[ApiClient, int],
) -> None:
    api, _ = planned
    body = {"day": DAY.isoformat(), "shift": "dinner"}
    job = api.wait_job(api.post("/plans", "dispatcher", json=body).json()["id"])
    assert (job["status"], job["kind"]) == ("done", "plan"), job
    again = api.get(f"/plans/{job['result']['plan_id']}", "dispatcher").json()
    assert (again["version"], again["base_version"], again["from_version"]) == (2, 1, None)


def test_outcomes_survive_a_replan_and_the_delivered_stop_does_not_move(
    published: tuple[ApiClient, int],
) -> None:
    api, plan_id = published
    before = api.get(f"/plans/{plan_id}", "dispatcher").json()
    route = routes_of(before)[0]
    me = route["driver"].lower()
    delivered, nobody, later = route["stops"][0], route["stops"][1], route["stops"][2]
    api.post(f"/stops/{delivered['stop_id']}/outcomes", me, json={"status": "delivered"})
    api.post(
        f"/stops/{nobody['stop_id']}/outcomes",
        me,
        json={"status": "not_at_home", "note": "zil çalmıyor"},
    )

    after = replan(api, plan_id)
    assert after["version"] == 2 and after["summary"]["violations"] == []
    carried = api.get(f"/plans/{after['id']}/outcomes", "dispatcher").json()
    assert [o["status"] for o in carried] == ["delivered", "not_at_home"]  # was [] (issue 11)
    assert [o["recorded_stop_id"] for o in carried] == [delivered["stop_id"], nobody["stop_id"]]
    new_stops = {s["household"]: s for r in after["routes"] for s in r["stops"]}
    assert [o["stop_id"] for o in carried] == [
        new_stops[delivered["household"]]["stop_id"],
        new_stops[nobody["household"]]["stop_id"],
    ]
    assert carried[1]["note"] == "zil çalmıyor"
    assert new_stops[delivered["household"]]["outcome"] == "delivered"
    assert new_stops[nobody["household"]]["outcome"] == "not_at_home"
    for door in (delivered, nobody):  # same van, trip, place and time
        assert visits(after)[door["household"]] == visits(before)[door["household"]]

    # Recorded on version 1 after version 2 was saved: version 2 shows it all the same.
    api.post(f"/stops/{later['stop_id']}/outcomes", me, json={"status": "refused"})
    statuses = [o["status"] for o in api.get(f"/plans/{after['id']}/outcomes", "dispatcher").json()]
    assert statuses == ["delivered", "not_at_home", "refused"]
    again = replan(api, after["id"])
    assert visits(again)[later["household"]][0] == route["vehicle_id"]
    assert len(api.get(f"/plans/{again['id']}/outcomes", "dispatcher").json()) == 3


def test_a_replan_after_a_van_is_removed_keeps_its_delivered_doors(
    published: tuple[ApiClient, int],
) -> None:
    api, plan_id = published
    before = api.get(f"/plans/{plan_id}", "dispatcher").json()
    broken = max(routes_of(before), key=lambda r: len(r["stops"]))
    assert len(broken["stops"]) >= 2
    delivered = broken["stops"][0]
    api.post(f"/stops/{delivered['stop_id']}/outcomes", "dispatcher", json={"status": "delivered"})
    assert api.post(f"/vans/{broken['van']}/deactivate", "dispatcher").status_code == 200

    after = replan(api, plan_id)
    assert after["summary"]["violations"] == []
    where = visits(after)
    assert where[delivered["household"]] == visits(before)[delivered["household"]]
    kept = next(r for r in after["routes"] if r["vehicle_id"] == broken["vehicle_id"])
    assert [s["household"] for s in kept["stops"]] == [delivered["household"]]
    assert kept["driver"] == broken["driver"]
    rest = [s["household"] for s in broken["stops"][1:]]
    assert all(where[h][0] != broken["vehicle_id"] for h in rest if h in where)
    unserved = {u["household"] for u in after["unserved"]}
    assert set(visits(before)) <= set(where) | unserved  # nobody lost
    moved = {c["household"] for c in after["changes"] if c["kind"] == "moved"}
    assert {h for h in rest if h in where} <= moved
