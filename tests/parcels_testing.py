"""An API app over a copy of the seeded demo store with a few demo parcel families and short
parcel budgets (shared by the parcel API and browser tests)."""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from api_testing import (
    ApiClient,
    _close,
    _road,
    _workdir,
    api_settings,
    scheduler_settings,
    seeded_store,
)
from fastapi.testclient import TestClient

from api.main import create_app, open_state
from api.parcel_planning import seed_demo_parcels
from api.state import AppState
from scheduler.parcels.settings import ParcelSettings
from store.db import make_engine, session_scope

N_FAMILIES = 120
MONTH = "2026-05"
"""May 2026: 15 working days (Labour Day, 19 May and Kurban Bayramı closed)."""
SETTINGS = ParcelSettings(time_limit_s=0.3, improve_s=0.0)


def open_parcels(path: Path) -> AppState:
    """The app's state over the store at `path` with the short parcel budgets."""
    state, _ = open_state(
        api_settings(),
        engine=make_engine(f"sqlite:///{path}"),
        road=_road(),
        scheduler_settings=scheduler_settings(),
        parcel_settings=SETTINGS,
    )
    return state


@functools.cache
def parcel_store() -> Path:
    """The seeded demo store with `N_FAMILIES` demo parcel families (built once)."""
    path = _workdir() / "parcels.sqlite"
    shutil.copy(seeded_store(), path)
    state = open_parcels(path)
    try:
        with session_scope(state.engine) as session:
            seed_demo_parcels(session, state.road, N_FAMILIES)
    finally:
        _close(state)
    return path


def parcel_client(tmp_path: Path, **_: Any) -> Iterator[ApiClient]:
    """A client on a private copy of `parcel_store`."""
    path = tmp_path / "store.sqlite"
    shutil.copy(parcel_store(), path)
    state = open_parcels(path)
    try:
        with TestClient(create_app(state), raise_server_exceptions=False) as client:
            yield ApiClient(client, state)
    finally:
        _close(state)


@functools.cache
def planned_parcel_store() -> Path:
    """`parcel_store` with `MONTH` planned through the API job (built once)."""
    path = _workdir() / "parcels-planned.sqlite"
    shutil.copy(parcel_store(), path)
    state = open_parcels(path)
    try:
        with TestClient(create_app(state), raise_server_exceptions=False) as client:
            api = ApiClient(client, state)
            response = api.post("/parcels/plans", "dispatcher", json={"month": MONTH})
            assert response.status_code == 202, response.text
            job = api.wait_job(response.json()["id"])
            assert job["status"] == "done", job
    finally:
        _close(state)
    return path
