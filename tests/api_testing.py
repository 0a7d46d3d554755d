"""Shared helpers and fixtures of the API tests: a seeded demo store (copied per test), a planned
dinner, and a client that logs in as any role.

The demo store (İnegöl's households, fleet and logins) is seeded once per session into a SQLite
file; each test gets its own copy, so tests never see each other's writes. Every demo login has
its own random password: the seed's report is kept in `PASSWORDS` (see `password_of`).
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import io
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import Engine

from api.core.config import ApiSettings
from api.main import create_app, open_state
from api.seed import SeedReport
from api.state import AppState
from geodata.graph import load_graph
from geodata.road import RoadGraph
from geodata.settings import GeodataSettings, PathSettings
from scheduler.settings import SchedulerSettings
from scheduler.stored import plan_and_save
from store.db import make_engine

DAY = dt.date(2026, 11, 25)
"""A Wednesday on which the demo town has ~30 dinners due."""
ADMIN_PASSWORD = "yedi-kat-mutfak-7"
SOLVER_S = 1.0
PASSWORDS: dict[str, str] = {}
"""Password of each login of the seeded demo store (filled when `seeded_store` seeds it)."""


def api_settings(**overrides: Any) -> ApiSettings:
    """Settings of a test app: the demo town on an empty store, a known admin password, one job
    worker."""
    values: dict[str, Any] = {
        "admin_password": SecretStr(ADMIN_PASSWORD),
        "seed_demo": True,
        "job_workers": 1,
        "pdf_cache_entries": 8,
    }
    return ApiSettings(**(values | overrides))


def passwords_of(report: SeedReport) -> dict[str, str]:
    """Each login's password from a seed report (the admin's is `ADMIN_PASSWORD`)."""
    return {c.username: c.password or ADMIN_PASSWORD for c in report.credentials}


def password_of(username: str) -> str:
    """The password of `username` in the seeded demo store."""
    seeded_store()
    return PASSWORDS[username]


def scheduler_settings() -> SchedulerSettings:
    """Planning with a short solver budget."""
    return SchedulerSettings(solver_time_limit_s=SOLVER_S)


def ignore_progress(_fraction: float, _message: str) -> None:
    """A progress callback for planning outside a job."""


class ApiClient:
    """A TestClient that logs in as a role (tokens cached) and keeps the app's state at hand."""

    def __init__(
        self, client: TestClient, state: AppState, passwords: dict[str, str] | None = None
    ) -> None:
        self.client = client
        self.state = state
        self.passwords = passwords if passwords is not None else PASSWORDS
        self._tokens: dict[str, str] = {}

    def token(self, username: str, password: str | None = None) -> str:
        """An access token of `username` (with its seeded password unless one is given)."""
        if username not in self._tokens:
            response = self.client.post(
                "/login/access-token",
                data={"username": username, "password": password or self.passwords[username]},
            )
            assert response.status_code == 200, response.text
            self._tokens[username] = response.json()["access_token"]
        return self._tokens[username]

    def forget(self, username: str) -> None:
        """Drop the cached token of `username` (after it was revoked)."""
        self._tokens.pop(username, None)

    def auth(self, username: str) -> dict[str, str]:
        """The Authorization header of `username`."""
        return {"Authorization": f"Bearer {self.token(username)}"}

    def get(self, path: str, as_: str, **kwargs: Any) -> httpx.Response:
        """GET `path` as `as_`."""
        return self.client.get(path, headers=self.auth(as_), **kwargs)

    def post(self, path: str, as_: str, **kwargs: Any) -> httpx.Response:
        """POST `path` as `as_`."""
        return self.client.post(path, headers=self.auth(as_), **kwargs)

    def patch(
        self, path: str, as_: str, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        """PATCH `path` as `as_`."""
        return self.client.patch(path, headers=self.auth(as_) | (headers or {}), **kwargs)

    def wait_job(self, job_id: str, as_: str = "dispatcher") -> dict[str, Any]:
        """Block until the job ends; its public view."""
        self.state.jobs.wait(job_id, timeout_s=120)
        response = self.get(f"/jobs/{job_id}", as_)
        assert response.status_code == 200, response.text
        job: dict[str, Any] = response.json()
        return job


@functools.cache
def _road() -> RoadGraph:
    paths = PathSettings()
    return load_graph(paths.inegol_osm, GeodataSettings(), cache_dir=paths.cache_dir)


@functools.cache
def _workdir() -> Path:
    """A temporary folder for the templates, removed when the test process ends."""
    path = Path(tempfile.mkdtemp(prefix="sofra-api-tests-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


@pytest.fixture(scope="session")
def inegol_road() -> RoadGraph:
    """The bundled İnegöl road graph (from the on-disk cache after the first build)."""
    return _road()


def _open_with_report(
    engine: Engine, road: RoadGraph, **overrides: Any
) -> tuple[AppState, SeedReport]:
    return open_state(
        api_settings(**overrides),
        engine=engine,
        road=road,
        scheduler_settings=scheduler_settings(),
    )


def _open(engine: Engine, road: RoadGraph, **overrides: Any) -> AppState:
    return _open_with_report(engine, road, **overrides)[0]


def _close(state: AppState) -> None:
    state.jobs.shutdown(wait=True)
    state.engine.dispose()


@functools.cache
def seeded_store() -> Path:
    """A SQLite store migrated and seeded with the demo town and logins (built once)."""
    path = _workdir() / "seeded.sqlite"
    state, report = _open_with_report(make_engine(f"sqlite:///{path}"), _road())
    _close(state)
    PASSWORDS.update(passwords_of(report))
    return path


@functools.cache
def planned_store() -> tuple[Path, int]:
    """The seeded store with dinner of `DAY` planned (built once); (file, plan id)."""
    path = _workdir() / "planned.sqlite"
    shutil.copy(seeded_store(), path)
    state = _open(make_engine(f"sqlite:///{path}"), _road())
    try:
        saved = plan_and_save(
            state.engine,
            state.road,
            state.scheduler_settings,
            day=DAY,
            shift="dinner",
            actor="dispatcher",
            progress=ignore_progress,
        )
    finally:
        _close(state)
    return path, saved.plan_id


@pytest.fixture(scope="session")
def seeded_template() -> Path:
    """See `seeded_store`."""
    return seeded_store()


@pytest.fixture(scope="session")
def planned_template() -> tuple[Path, int]:
    """See `planned_store`."""
    return planned_store()


def client_on(
    template: Path, tmp_path: Path, road: RoadGraph, **overrides: Any
) -> Iterator[ApiClient]:
    """An app over a private copy of `template`."""
    path = tmp_path / "store.sqlite"
    shutil.copy(template, path)
    state = _open(make_engine(f"sqlite:///{path}"), road, **overrides)
    try:
        with TestClient(create_app(state), raise_server_exceptions=False) as client:
            yield ApiClient(client, state)
    finally:
        _close(state)


@pytest.fixture
def api(seeded_template: Path, tmp_path: Path, inegol_road: RoadGraph) -> Iterator[ApiClient]:
    """A client on a fresh copy of the seeded demo store."""
    yield from client_on(seeded_template, tmp_path, inegol_road)


@pytest.fixture
def planned(
    planned_template: tuple[Path, int], tmp_path: Path, inegol_road: RoadGraph
) -> Iterator[tuple[ApiClient, int]]:
    """A client on a fresh copy of the store with dinner of `DAY` planned, and the plan id."""
    template, plan_id = planned_template
    for client in client_on(template, tmp_path, inegol_road):
        yield client, plan_id


@pytest.fixture
def published(planned: tuple[ApiClient, int]) -> tuple[ApiClient, int]:
    """`planned`, with the plan published to the drivers by the dispatcher."""
    client, plan_id = planned
    response = client.post(f"/plans/{plan_id}/publish", "dispatcher")
    assert response.status_code == 200, response.text
    return client, plan_id


def route_of_driver(plan: dict[str, Any], driver: str) -> dict[str, Any] | None:
    """The route of `driver` (code) in a plan's public view, if any."""
    return next((r for r in plan["routes"] if r["driver"] == driver and r["stops"]), None)


def is_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    """Assert an RFC 9457 problem response with `status`; its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    return body


def pdf_text(content: bytes) -> str:
    """The text of a PDF, whitespace folded (for asserting what a route sheet says)."""
    from pypdf import PdfReader

    return " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(content)).pages
    )
