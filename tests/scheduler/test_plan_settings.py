"""A plan keeps the settings it was planned with: planned at a 60-minute ride limit, it reads at
60 in the API, on its route sheet and in its route views after the app moved to 45; plans saved
before the settings were kept fall back to today's. And the entry points hand the environment's
settings down: `sofra serve` on DATABASE_URL, the app's sections from SOFRA_* names."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_testing import ApiClient, api_settings, pdf_text
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from api.main import create_app, open_state
from api.route_views import find_route, stored_route_view
from api.state import AppState
from cli.main import app as sofra
from geodata.road import RoadGraph
from scheduler.settings import SchedulerSettings
from scheduler.stored import plan_settings
from store.db import current_revision, head_revision, make_engine
from store.models import PlanRow

pytest_plugins = ["api_testing"]


@pytest.fixture
def at_45(
    planned_template: tuple[Path, int],
    tmp_path: Path,
    inegol_road: RoadGraph,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[ApiClient, int]]:
    """The store with dinner planned at the default 60 minutes, served by an app whose
    settings (from the environment) now say 45."""
    template, plan_id = planned_template
    path = tmp_path / "store.sqlite"
    shutil.copy(template, path)
    monkeypatch.setenv("SOFRA_SCHEDULER__MAX_RIDE_MIN", "45")
    monkeypatch.setenv("SOFRA_SCHEDULER__SOLVER_TIME_LIMIT_S", "1")
    state, _ = open_state(api_settings(), engine=make_engine(f"sqlite:///{path}"), road=inegol_road)
    assert state.scheduler_settings.max_ride_min == 45
    try:
        with TestClient(create_app(state), raise_server_exceptions=False) as client:
            yield ApiClient(client, state), plan_id
    finally:
        state.jobs.shutdown(wait=True)
        state.engine.dispose()


def _stored(state: AppState, plan_id: int) -> dict[str, Any]:
    with Session(state.engine) as session:
        row = session.get(PlanRow, plan_id)
        assert row is not None and row.settings is not None
        return dict(row.settings)


def test_a_plan_stores_the_settings_it_was_planned_with(at_45: tuple[ApiClient, int]) -> None:
    api, plan_id = at_45
    stored = _stored(api.state, plan_id)
    assert stored["max_ride_min"] == 60
    assert stored["solver_seed"] == SchedulerSettings().solver_seed
    assert stored["solver_time_limit_s"] == 1.0  # what the plan was solved with (api_testing)
    assert {"service_min", "reload_min", "breakfast", "dinner"} <= set(stored)
    assert stored["dinner"]["delivery_end"] == SchedulerSettings().dinner.delivery_end


def test_a_stored_plan_reads_with_its_own_ride_limit(at_45: tuple[ApiClient, int]) -> None:
    api, plan_id = at_45
    plan = api.get(f"/plans/{plan_id}?lang=en", "dispatcher").json()
    assert plan["summary"]["ride_limit_s"] == 3600
    assert plan["figures"]["ride_limit"] == "60 min"
    route = next(r for r in plan["routes"] if r["stops"])
    sheet = pdf_text(api.get(f"{route['sheet_url']}?lang=en", "dispatcher").content)
    assert "(limit 60 min)" in sheet and "limit 45" not in sheet
    with Session(api.state.engine) as session:
        row = session.get(PlanRow, plan_id)
        assert row is not None
        view = stored_route_view(
            session, api.state.road, api.state.scheduler_settings, row, find_route(row, 1)
        )
    assert view.ride_limit_min == 60


def test_a_plan_without_stored_settings_falls_back_to_todays() -> None:
    today = SchedulerSettings(max_ride_min=45)
    legacy = PlanRow(id=1, settings=None, summary={})
    assert plan_settings(legacy, today).max_ride_min == 45
    with_summary = PlanRow(id=2, settings=None, summary={"ride_limit_s": 50 * 60})
    assert plan_settings(with_summary, today).max_ride_min == 50
    stored = SchedulerSettings(max_ride_min=60, service_min=4.0).model_dump(mode="json")
    kept = plan_settings(PlanRow(id=3, settings=stored, summary={}), today)
    assert (kept.max_ride_min, kept.service_min) == (60, 4.0)
    broken = PlanRow(id=4, settings={"max_ride_min": "soon"}, summary={})
    assert plan_settings(broken, today) == today


def test_a_new_plan_is_saved_with_the_apps_current_settings(
    at_45: tuple[ApiClient, int],
) -> None:
    api, _ = at_45
    job = api.post("/plans", "dispatcher", json={"day": "2026-11-26", "shift": "breakfast"})
    done = api.wait_job(job.json()["id"])
    assert done["status"] == "done", done
    plan_id = done["result"]["plan_id"]
    assert _stored(api.state, plan_id)["max_ride_min"] == 45
    plan = api.get(f"/plans/{plan_id}?lang=en", "dispatcher").json()
    assert plan["figures"]["ride_limit"] == "45 min"


def test_the_apps_sections_come_from_the_environment(
    empty_store_url: str, inegol_road: RoadGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No engine given: DATABASE_URL picks the store (PostGIS in the postgis run)."""
    monkeypatch.setenv("DATABASE_URL", empty_store_url)
    monkeypatch.setenv("SOFRA_API__SEED_DEMO", "false")
    monkeypatch.setenv("SOFRA_API__JOB_WORKERS", "2")
    monkeypatch.setenv("SOFRA_STORE__PSEUDONYM_DECIMALS", "2")
    monkeypatch.setenv("SOFRA_SHEETS__COORD_DECIMALS", "4")
    state, report = open_state(road=inegol_road)
    try:
        backend = "postgresql" if empty_store_url.startswith("postgresql") else "sqlite"
        assert state.engine.dialect.name == backend
        assert current_revision(state.engine) == head_revision()
        assert report.households == 0 and state.settings.job_workers == 2
        assert state.store_settings.pseudonym_decimals == 2
        assert state.sheets_settings.coord_decimals == 4
    finally:
        state.jobs.shutdown()
        state.engine.dispose()


def test_sofra_serve_uses_database_url(
    empty_store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    served: list[AppState] = []

    def run(app: Any, **_: Any) -> None:
        served.append(app.state.sofra)

    monkeypatch.setattr(uvicorn, "run", run)
    env = {"DATABASE_URL": empty_store_url, "SOFRA_API__SEED_DEMO": "false"}
    result = CliRunner().invoke(sofra, ["serve", "--port", "8765"], env=env)
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8765/" in result.output
    (state,) = served
    backend = "postgresql" if empty_store_url.startswith("postgresql") else "sqlite"
    assert state.engine.dialect.name == backend
    with Session(state.engine) as session:
        assert session.scalars(select(PlanRow)).all() == []
