"""`sofra serve` and the first start: migrations, the demo town, logins printed once."""

from __future__ import annotations

from pathlib import Path

import pytest
from api_testing import scheduler_settings
from fastapi.testclient import TestClient
from pydantic import SecretStr
from typer.testing import CliRunner

from api.core.config import ApiSettings
from api.main import create_app, open_state
from cli.main import app as sofra
from geodata.road import RoadGraph
from store.db import current_revision, make_engine

pytest_plugins = ["api_testing"]


def test_serve_is_a_sofra_command() -> None:
    runner = CliRunner()
    assert "serve" in runner.invoke(sofra, ["--help"]).output
    help_text = runner.invoke(sofra, ["serve", "--help"]).output
    assert "--port" in help_text and "DATABASE_URL" in help_text


@pytest.mark.slow
def test_first_start_seeds_once_with_one_time_passwords(
    tmp_path: Path, inegol_road: RoadGraph
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    settings = ApiSettings(admin_password=None, seed_demo=True, secret_key=None)
    state, report = open_state(
        settings, engine=engine, road=inegol_road, scheduler_settings=scheduler_settings()
    )
    try:
        assert current_revision(engine) is not None
        assert report.households > 400 and (report.vans, report.drivers) == (4, 6)
        logins = {c.username: c for c in report.credentials}
        assert set(logins) == {
            "admin",
            "dispatcher",
            "planner",
            "agent",
            "social",
            "ekip1",
            "ekip2",
            "d1",
            "d2",
            "d3",
            "d4",
            "d5",
            "d6",
        }
        passwords = [c.password for c in report.credentials]
        assert all(passwords) and len(set(passwords)) == len(passwords)  # each its own
        with TestClient(create_app(state)) as client:
            token = client.post(
                "/login/access-token",
                data={"username": "admin", "password": logins["admin"].password},
            )
            assert token.json()["role"] == "admin"
            driver = client.post(
                "/login/access-token",
                data={"username": "d3", "password": logins["d3"].password},
            )
            assert driver.json()["driver_code"] == "D3"
    finally:
        state.jobs.shutdown()
    again, second = open_state(
        ApiSettings(admin_password=SecretStr("ignored-now-9x"), seed_demo=True, secret_key=None),
        engine=engine,
        road=inegol_road,
        scheduler_settings=scheduler_settings(),
    )
    again.jobs.shutdown()
    assert second.credentials == [] and second.households == 0
    assert again.token_key == state.token_key  # tokens survive a restart
    engine.dispose()
