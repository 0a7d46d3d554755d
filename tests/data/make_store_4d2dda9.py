"""Make tests/data/store-4d2dda9.sqlite (or a PostGIS schema): a store as Sofra 4d2dda9 left it.

That Sofra kept users and alerts in tables of its own (`api_users`, `api_alerts`, version table
`api_alembic_version`); tests/store/test_migrations_upgrade.py upgrades such a store. Run it
with the OLD code, from a checkout of 4d2dda9:

    git worktree add /tmp/old-sofra 4d2dda9
    PYTHONPATH=/tmp/old-sofra python tests/data/make_store_4d2dda9.py sqlite:///tests/data/store-4d2dda9.sqlite

It starts the old app as `sofra serve` did (`api.main.open_state`: the store's history, then
the API's, then the demo seed), plans two shifts, records outcomes at the door (two "not at
home" alerts, one acknowledged) and adds a deactivated login. The PostGIS dump is made the
same way in a schema of its own, then dumped as SQL the tests can replay without psql:

    createdb sofra_old && psql -d sofra_old -c 'CREATE EXTENSION postgis' \
        -c 'CREATE SCHEMA sofra_4d2dda9'
    PYTHONPATH=/tmp/old-sofra python tests/data/make_store_4d2dda9.py \
        'postgresql+psycopg://postgres:postgres@localhost/sofra_old?options=-csearch_path%3Dsofra_4d2dda9,public'
    pg_dump --inserts --no-owner --no-privileges -n sofra_4d2dda9 sofra_old \
        > tests/data/store-4d2dda9.postgis.sql
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from typing import Any

from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.core.config import ApiSettings
from api.main import create_app, open_state
from api.planning import plan_and_save
from scheduler.settings import SchedulerSettings
from store.db import make_engine

DAY = dt.date(2026, 11, 25)
ADMIN_PASSWORD = "admin-secret-1"
DEMO_PASSWORD = "demo-secret-1"


def _quiet(_fraction: float, _message: str) -> None:
    """Progress of planning, not shown."""


def _token(client: TestClient, username: str, password: str) -> dict[str, str]:
    response = client.post("/login/access-token", data={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _outcomes(client: TestClient, plan_id: int) -> None:
    """A delivery and two "not at home" alerts (the first acknowledged) on a driver's route."""
    dispatcher = _token(client, "dispatcher", DEMO_PASSWORD)
    plan: dict[str, Any] = client.get(f"/plans/{plan_id}", headers=dispatcher).json()
    route = next(r for r in plan["routes"] if r["driver"] and len(r["stops"]) >= 3)
    driver = _token(client, route["driver"].lower(), DEMO_PASSWORD)
    first, second, third = (s["stop_id"] for s in route["stops"][:3])
    posted = [
        client.post(f"/stops/{first}/outcomes", headers=driver, json={"status": "delivered"}),
        client.post(
            f"/stops/{second}/outcomes",
            headers=driver,
            json={"status": "not_at_home", "note": "Kapıyı açan olmadı"},
        ),
        client.post(f"/stops/{third}/outcomes", headers=dispatcher, json={"status": "not_at_home"}),
    ]
    assert all(p.status_code == 201 for p in posted), [p.text for p in posted]
    alert_id = posted[1].json()["alert_id"]
    acknowledged = client.post(f"/alerts/{alert_id}/acknowledge", headers=dispatcher)
    assert acknowledged.status_code == 200, acknowledged.text


def _logins(client: TestClient) -> None:
    """A login an admin added and later deactivated."""
    admin = _token(client, "admin", ADMIN_PASSWORD)
    body = {"username": "yedek", "password": "yedek-secret-1", "role": "dispatcher"}
    assert client.post("/users", headers=admin, json=body).status_code == 201
    assert client.patch("/users/yedek", headers=admin, json={"active": False}).status_code == 200


def main(url: str) -> None:
    """Build the old store at `url` (an empty SQLite file or PostgreSQL schema)."""
    settings = ApiSettings(
        admin_password=SecretStr(ADMIN_PASSWORD),
        demo_password=SecretStr(DEMO_PASSWORD),
        job_workers=1,
    )
    engine = make_engine(url)
    state, _ = open_state(
        settings, engine=engine, scheduler_settings=SchedulerSettings(solver_time_limit_s=1.0)
    )
    try:
        plans = [
            plan_and_save(
                state.engine,
                state.road,
                state.scheduler_settings,
                day=DAY,
                shift=shift,
                actor="dispatcher",
                progress=_quiet,
            )
            for shift in ("breakfast", "dinner")
        ]
        with TestClient(create_app(state)) as client:
            _outcomes(client, int(plans[1]["plan_id"]))
            _logins(client)
    finally:
        state.jobs.shutdown(wait=True)
        engine.dispose()
    if url.startswith("sqlite:///"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        connection.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        connection.execute("VACUUM")
        connection.close()


if __name__ == "__main__":
    main(sys.argv[1])
