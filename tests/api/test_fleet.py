"""Kitchens, vans and drivers over HTTP: create, read, update, deactivate; recorded with who."""

from __future__ import annotations

from api_testing import ApiClient, is_problem

from store.db import session_scope
from store.repositories.audit import audit_trail

pytest_plugins = ["api_testing"]


def test_kitchens(api: ApiClient) -> None:
    listed = api.get("/kitchens", "planner").json()
    assert [k["code"] for k in listed] == ["MERKEZ"]
    created = api.post(
        "/kitchens",
        "dispatcher",
        json={"code": "YENICE", "name": "Yenice Mutfağı", "lat": 40.07, "lon": 29.52},
    )
    assert created.status_code == 201 and created.headers["location"] == "/kitchens/YENICE"
    moved = api.patch("/kitchens/YENICE", "dispatcher", json={"lat": 40.071, "lon": 29.521})
    assert (moved.json()["lat"], moved.json()["lon"]) == (40.071, 29.521)
    is_problem(api.patch("/kitchens/YENICE", "dispatcher", json={"lat": 40.0}), 422)
    assert api.post("/kitchens/YENICE/deactivate", "dispatcher").json()["active"] is False
    assert [k["code"] for k in api.get("/kitchens", "dispatcher").json()] == ["MERKEZ"]
    assert api.post("/kitchens/YENICE/reactivate", "dispatcher").json()["active"] is True
    assert api.get("/kitchens/YENICE", "dispatcher").json()["name"] == "Yenice Mutfağı"
    is_problem(api.get("/kitchens/NOWHERE", "dispatcher"), 404)
    far = api.post(
        "/kitchens", "dispatcher", json={"code": "X", "name": "Uzak", "lat": 41.0, "lon": 28.9}
    )
    assert "outside the service area" in is_problem(far, 422)["detail"]


def test_vans(api: ApiClient) -> None:
    assert [v["code"] for v in api.get("/vans", "dispatcher").json()] == ["V1", "V2", "V3", "V4"]
    created = api.post(
        "/vans",
        "dispatcher",
        json={"code": "V5", "capacity_meals": 16, "plate": "16 İNG 105", "skills": ["lift"]},
    )
    assert created.status_code == 201
    assert created.json() == {
        "code": "V5",
        "plate": "16 İNG 105",
        "capacity_meals": 16,
        "skills": ["lift"],
        "active": True,
    }
    assert (
        api.patch("/vans/V5", "dispatcher", json={"capacity_meals": 18}).json()["capacity_meals"]
        == 18
    )
    is_problem(api.post("/vans", "dispatcher", json={"code": "V5", "capacity_meals": 3}), 409)
    zero = is_problem(
        api.post("/vans", "dispatcher", json={"code": "V6", "capacity_meals": 0}), 422
    )
    assert zero["field"] == "body.capacity_meals"
    is_problem(
        api.post(
            "/vans", "dispatcher", json={"code": "V7", "capacity_meals": 4, "kitchen_code": "NO"}
        ),
        404,
    )
    assert api.post("/vans/V5/deactivate", "dispatcher").json()["active"] is False
    everything = api.get("/vans?include_inactive=true", "dispatcher").json()
    assert "V5" in [v["code"] for v in everything]
    with session_scope(api.state.engine) as session:
        trail = [(e.action, e.actor) for e in audit_trail(session, entity="van", entity_ref="V5")]
    assert trail == [("update", "dispatcher"), ("update", "dispatcher"), ("create", "dispatcher")]


def test_drivers(api: ApiClient) -> None:
    created = api.post(
        "/drivers",
        "dispatcher",
        json={"code": "D7", "name": "Fatma Aydın", "phone": "0532 999 88 77", "shifts": ["dinner"]},
    )
    assert created.status_code == 201
    assert created.json()["phone"] == "+90 532 999 88 77"
    changed = api.patch("/drivers/D7", "dispatcher", json={"shifts": ["breakfast", "dinner"]})
    assert changed.json()["shifts"] == ["breakfast", "dinner"]
    assert api.get("/drivers/D7", "dispatcher").json()["name"] == "Fatma Aydın"
    planner_view = api.get("/drivers", "planner")
    assert "Fatma" not in planner_view.text and "+90" not in planner_view.text
    assert {"code", "shifts", "skills", "active"} == set(planner_view.json()[0])
    is_problem(
        api.post("/drivers", "dispatcher", json={"code": "D8", "name": "X", "shifts": ["lunch"]}),
        422,
    )
    is_problem(api.get("/drivers/D7", "planner"), 403)
    assert api.post("/drivers/D7/deactivate", "dispatcher").json()["active"] is False
    assert api.post("/drivers/D7/reactivate", "dispatcher").json()["active"] is True
