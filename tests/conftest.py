"""Shared fixtures. Store fixtures give each test a clean database, on SQLite and on PostGIS.

PostGIS comes from SOFRA_TEST_DATABASE_URL (see .ci/run). Without it a `postgis` test is
skipped, except under CI=true, where a skipped `postgis` or `browser` test fails: a missing
server or browser must not turn the suite green.
"""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, make_url, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from config import reset_settings
from domain.households import Household, MealPlan
from geodata.geocode import StreetIndex, load_street_index
from store.db import make_engine
from store.models import Base

REPO_ROOT = Path(__file__).resolve().parent.parent
INEGOL_OSM = REPO_ROOT / "data" / "osm" / "inegol-center.osm.xml"
POSTGIS_URL_ENV = "SOFRA_TEST_DATABASE_URL"
CI_REQUIRED = ("postgis", "browser")
"""Markers whose tests must run under CI=true: a missing server or browser is not a green run."""


def in_ci() -> bool:
    """True when running under CI (CI=true/1/yes), where PostGIS tests must not be skipped."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _postgis_unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"PostGIS is required under CI=true: {reason}", pytrace=False)
    pytest.skip(f"PostGIS not available: {reason}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Under CI, a skipped `postgis` or `browser` test (for whatever reason) is a failure."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if (
        report.skipped
        and in_ci()
        and not hasattr(report, "wasxfail")
        and (needs := [m for m in CI_REQUIRED if item.get_closest_marker(m) is not None])
    ):
        report.outcome = "failed"
        report.longrepr = f"{needs[0]} test skipped under CI=true: {report.longrepr}"


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    """Each test reads the settings tree afresh (after its `monkeypatch.setenv`), and leaves
    none behind for the next."""
    reset_settings()
    yield
    reset_settings()


@pytest.fixture(scope="session")
def postgis_url() -> str:
    """URL of a reachable PostgreSQL database with the PostGIS extension."""
    url = os.environ.get(POSTGIS_URL_ENV, "")
    if not url:
        _postgis_unavailable(f"{POSTGIS_URL_ENV} is not set")
    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT postgis_version()"))
    except Exception as exc:
        _postgis_unavailable(f"cannot use {engine.url!r}: {type(exc).__name__}: {exc}")
    finally:
        engine.dispose()
    return url


def _postgis_schema_url(url: str) -> Iterator[str]:
    """A URL whose tables land in a fresh schema (PostGIS stays reachable in `public`), dropped
    afterwards, so tests never see each other's rows, even in parallel runs."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(url, poolclass=NullPool)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema},public"})
    try:
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def empty_store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database: a SQLite file, or a fresh schema on PostGIS."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
    else:
        yield from _postgis_schema_url(request.getfixturevalue("postgis_url"))


@pytest.fixture
def empty_engine(empty_store_url: str) -> Iterator[Engine]:
    """An engine on an empty database (see `empty_store_url`)."""
    engine = make_engine(empty_store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def store_engine(empty_engine: Engine) -> Engine:
    """An engine on a database with every Sofra table and nothing in them."""
    Base.metadata.create_all(empty_engine)
    return empty_engine


@pytest.fixture
def session(store_engine: Engine) -> Iterator[Session]:
    """A session on a clean store; the test commits what other sessions should see."""
    with Session(store_engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture(scope="session")
def inegol_streets() -> StreetIndex:
    """Street names and house numbers of the bundled İnegöl extract."""
    return load_street_index(INEGOL_OSM)


@pytest.fixture
def make_household() -> Callable[..., Household]:
    """Build a valid İnegöl household; keyword arguments override fields."""

    def build(ref: str = "H0001", **overrides: Any) -> Household:
        base = Household(
            ref=ref,
            name="Ayşe Yılmaz",
            phone="+90 532 123 45 67",
            street="İsmail Efendi Caddesi",
            house_number="12",
            lat=40.0783,
            lon=29.5086,
            meal_plan=MealPlan.BOTH,
            service_days=frozenset(range(1, 8)),
        )
        return dataclasses.replace(base, **overrides)

    return build
