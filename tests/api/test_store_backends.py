"""The API on both stores: the embedded SQLite file and PostGIS (routes as GeoJSON from the
database). Uses the store's `empty_engine` fixture; under CI=true a skipped PostGIS run fails."""

from __future__ import annotations

from api_testing import DAY, ApiClient, api_settings, passwords_of, scheduler_settings
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from api.main import create_app, open_state
from geodata.road import RoadGraph

pytest_plugins = ["api_testing"]


def test_households_plan_geojson_and_sheet_on_each_store(
    empty_engine: Engine, inegol_road: RoadGraph
) -> None:
    state, report = open_state(
        api_settings(),
        engine=empty_engine,
        road=inegol_road,
        scheduler_settings=scheduler_settings(),
    )
    assert report.households > 400
    try:
        with TestClient(create_app(state), raise_server_exceptions=False) as client:
            api = ApiClient(client, state, passwords_of(report))
            created = api.post(
                "/households",
                "dispatcher",
                json={
                    "ref": "H9100",
                    "name": "Hatice Güneş",
                    "phone": "0224 713 00 00",
                    "street": "Cuma Sokak",
                    "lat": 40.0771,
                    "lon": 29.5121,
                    "meal_plan": "both",
                    "service_days": [1, 2, 3, 4, 5, 6, 7],
                },
            )
            assert created.status_code == 201, created.text
            changed = api.patch(
                "/households/H9100",
                "dispatcher",
                headers={"If-Match": created.headers["etag"]},
                json={"notes": "Zemin kat"},
            )
            assert changed.json()["version"] == 2
            job = api.post("/plans", "dispatcher", json={"day": DAY.isoformat(), "shift": "dinner"})
            done = api.wait_job(job.json()["id"])
            assert done["status"] == "done", done
            plan_id = done["result"]["plan_id"]
            plan = api.get(f"/plans/{plan_id}", "dispatcher").json()
            assert "H9100" in [s["household"] for r in plan["routes"] for s in r["stops"]]
            features = api.get(f"/plans/{plan_id}/geojson", "dispatcher").json()["features"]
            lines = [f for f in features if f["properties"]["kind"] == "route" and f["geometry"]]
            assert lines and all(f["geometry"]["type"] == "LineString" for f in lines)
            route = next(r for r in plan["routes"] if r["stops"])
            assert api.get(route["sheet_url"], "dispatcher").content.startswith(b"%PDF")
    finally:
        state.jobs.shutdown()
