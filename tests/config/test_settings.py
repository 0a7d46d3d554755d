"""One settings tree: nested `SOFRA_<SECTION>__<FIELD>` names, `DATABASE_URL` as the store's
alias, one repository root, sections that never read the environment themselves, one ride
limit and one solver seed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic_settings import BaseSettings

from api.core.config import ApiSettings
from config import Settings, get_settings, reset_settings
from domain.services import HOT_MEALS
from geodata.settings import REPO_ROOT, GeodataSettings, PathSettings
from scheduler.settings import SchedulerSettings
from scheduler.simulation.scenario import parse_scenario
from scheduler.simulation.settings import SimulationSettings
from sheets.settings import SheetsSettings
from store.settings import StoreSettings

SECTIONS = (
    PathSettings,
    GeodataSettings,
    SchedulerSettings,
    SimulationSettings,
    StoreSettings,
    SheetsSettings,
    ApiSettings,
)
SOURCE_PACKAGES = ("domain", "demo", "geodata", "routing", "scheduler", "store", "sheets", "api")
SOURCE_PACKAGES += ("cli", "config")


def _sources(*packages: str) -> list[Path]:
    return [p for package in packages for p in sorted((REPO_ROOT / package).rglob("*.py"))]


def test_nested_environment_names_reach_their_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOFRA_SCHEDULER__MAX_RIDE_MIN", "45")
    monkeypatch.setenv("SOFRA_SCHEDULER__DINNER__DELIVERY_END", "19:00")
    monkeypatch.setenv("SOFRA_API__JOB_WORKERS", "2")
    monkeypatch.setenv("SOFRA_GEODATA__SNAP_LIMIT_M", "150")
    monkeypatch.setenv("SOFRA_SIMULATION__COST_PER_KM_TRY", "9.5")
    monkeypatch.setenv("SOFRA_SHEETS__COORD_DECIMALS", "6")
    monkeypatch.setenv("SOFRA_STORE__PSEUDONYM_DECIMALS", "2")
    settings = Settings()
    assert settings.scheduler.max_ride_min == 45
    assert settings.scheduler.dinner.delivery_end == "19:00"
    assert settings.scheduler.dinner.delivery_start == HOT_MEALS.shift("dinner").delivery_start
    assert settings.api.job_workers == 2
    assert settings.geodata.snap_limit_m == 150.0
    assert settings.simulation.cost_per_km_try == 9.5
    assert settings.sheets.coord_decimals == 6
    assert settings.store.pseudonym_decimals == 2


def test_a_bad_value_names_its_nested_field(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOFRA_API__JOB_WORKERS", "99")
    with pytest.raises(ValueError, match=r"api\.job_workers"):
        Settings()


def test_get_settings_reads_once_until_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOFRA_SCHEDULER__MAX_RIDE_MIN", "45")
    first = get_settings()
    monkeypatch.setenv("SOFRA_SCHEDULER__MAX_RIDE_MIN", "50")
    assert get_settings() is first and first.scheduler.max_ride_min == 45
    reset_settings()
    assert get_settings().scheduler.max_ride_min == 50


def test_sections_are_plain_models_that_ignore_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("SOFRA_MAX_RIDE_MIN", "SOFRA_SCHEDULER__MAX_RIDE_MIN", "SOFRA_JOB_WORKERS"):
        monkeypatch.setenv(name, "2")
    monkeypatch.setenv("SOFRA_SIM_COST_PER_KM_TRY", "99")
    assert not [s.__name__ for s in SECTIONS if issubclass(s, BaseSettings)]
    assert SchedulerSettings().max_ride_min == HOT_MEALS.max_ride_min
    assert ApiSettings().job_workers == 1
    assert SimulationSettings().cost_per_km_try == 7.0


@pytest.mark.parametrize("name", ["DATABASE_URL", "SOFRA_DATABASE_URL"])
def test_database_url_is_the_stores_alias(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(name, "postgresql+psycopg://u:p@db/sofra")
    settings = Settings()
    assert settings.store.database_url == "postgresql+psycopg://u:p@db/sofra"
    assert settings.database_url() == "postgresql+psycopg://u:p@db/sofra"
    assert "database_url_alias" not in settings.model_dump()


def test_the_nested_store_url_wins_over_the_alias(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u:p@db/sofra")
    monkeypatch.setenv("SOFRA_STORE__DATABASE_URL", "sqlite:///elsewhere.sqlite")
    assert Settings().database_url() == "sqlite:///elsewhere.sqlite"


def test_without_a_url_the_store_is_the_sqlite_file_of_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("DATABASE_URL", "SOFRA_DATABASE_URL", "SOFRA_STORE__DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SOFRA_PATHS__CACHE_DIR", str(tmp_path))
    settings = Settings()
    assert settings.paths.sqlite_path == tmp_path / "sofra.sqlite"
    assert settings.database_url() == f"sqlite:///{tmp_path / 'sofra.sqlite'}"


def test_paths_hang_off_one_repository_root(tmp_path: Path) -> None:
    paths = PathSettings(repo_root=tmp_path)
    assert paths.data_dir == tmp_path / "data"
    assert paths.inegol_osm == tmp_path / "data" / "osm" / "inegol-center.osm.xml"
    assert paths.campo_grande_osm.parent == tmp_path / "data" / "osm"
    default = PathSettings()
    assert default.repo_root == REPO_ROOT and default.inegol_osm.is_file()
    assert default.sqlite_path == default.cache_dir / "sofra.sqlite"


def test_repo_root_is_defined_once() -> None:
    defined = [
        f"{p.relative_to(REPO_ROOT)}:{n}"
        for p in _sources(*SOURCE_PACKAGES)
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
        if re.match(r"\s*REPO_ROOT\s*[:=]", line)
    ]
    assert len(defined) == 1 and defined[0].startswith("geodata/settings.py:"), defined


def test_the_cache_and_store_locations_are_computed_once() -> None:
    for needle in ('"sofra.sqlite"', "XDG_CACHE_HOME", '"inegol-center.osm.xml"'):
        users = [
            str(p.relative_to(REPO_ROOT))
            for p in _sources(*SOURCE_PACKAGES)
            if needle in p.read_text(encoding="utf-8")
        ]
        assert users == ["geodata/settings.py"], (needle, users)


def test_no_literal_seed_in_planning_code() -> None:
    literal = re.compile(r"\bseed\s*=\s*\d")
    found = [
        f"{p.relative_to(REPO_ROOT)}:{n}: {line.strip()}"
        for p in _sources("scheduler", "cli", "api")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
        if literal.search(line)
    ]
    assert found == []


def test_the_seed_and_ride_limit_come_from_the_scheduler_section() -> None:
    settings = SchedulerSettings(solver_seed=7, solver_time_limit_s=2.5, max_ride_min=45)
    params = settings.solve_params()
    assert (params.seed, params.time_limit_s) == (7, 2.5)
    assert settings.solve_params(1.0).time_limit_s == 1.0
    assert SchedulerSettings().max_ride_min == HOT_MEALS.max_ride_min


def test_the_scheduler_never_leaves_the_ride_limit_to_routings_default() -> None:
    """`shift_problem` passes `max_ride_s` itself; routing's default is for the bare engine."""
    source = (REPO_ROOT / "scheduler" / "problem.py").read_text(encoding="utf-8")
    assert "max_ride_s={" in source and "settings.max_ride_min * 60" in source
    assert not [
        p for p in _sources("scheduler", "api", "cli") if "DEFAULT_MAX_RIDE_S" in p.read_text()
    ]


def test_a_scenario_takes_its_defaults_from_the_simulation_section() -> None:
    sim = SimulationSettings(cost_per_km_try=9.0, days_sampled=3, drop_penalty=5000)
    scenario = parse_scenario("name: s\ncosts:\n  per_hour_try: 150\n", defaults=sim)
    assert (scenario.costs.per_km_try, scenario.costs.per_hour_try) == (9.0, 150)
    assert scenario.days.sample == 3 and scenario.solver.drop_penalty == 5000
    plain = parse_scenario("name: s\n")
    assert plain.costs.per_km_try == 7.0 and plain.solver.drop_penalty == 1_000_000
