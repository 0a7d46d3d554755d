"""`sofra plan` on households imported from the sample spreadsheet: a plan version in the store
and the files `sofra demo` writes; clear failures while the store lacks what planning needs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from cli.main import app
from domain.calendar import Calendar
from geodata.settings import REPO_ROOT
from routing.jsonio import solution_from_dict
from scheduler.due import deliveries_on
from store.db import make_engine, session_scope
from store.repositories.households import list_households
from store.repositories.plans import plan_solution, plan_versions

SAMPLE_CSV = REPO_ROOT / "data" / "households-sample.csv"
DAY = dt.date(2026, 11, 25)
runner = CliRunner()


def sofra(url: str, *args: str) -> Result:
    return runner.invoke(app, list(args), env={"DATABASE_URL": url})


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


def plan_args(out: Path, *more: str) -> list[str]:
    return ["plan", "--date", DAY.isoformat(), "--shift", "dinner", "--out", str(out), *more]


def test_sofra_plan_on_the_imported_sample(url: str, tmp_path: Path) -> None:
    imported = sofra(url, "households", "import", str(SAMPLE_CSV))
    assert imported.exit_code == 0 and "494 created" in imported.stdout
    out = tmp_path / "out"
    first = sofra(url, *plan_args(out, "--demo-fleet", "--time-limit", "1"))
    assert first.exit_code == 0, first.output
    assert "added the demo kitchen, 4 vans and 6 drivers" in first.output
    assert "plan 1: 2026-11-25 dinner v1 (store)" in first.output
    for name in ("plan.json", "problem.json", "routes.geojson", "route-sheets.pdf"):
        assert (out / "dinner" / name).is_file(), name
    assert (out / "map.html").is_file() and list((out / "dinner" / "drivers").glob("*.html"))
    written = solution_from_dict(json.loads((out / "dinner" / "plan.json").read_text("utf-8")))

    again = sofra(url, *plan_args(out, "--time-limit", "1"))  # the fleet is in the store now
    assert again.exit_code == 0, again.output
    assert "added the demo kitchen" not in again.output and "dinner v2 (store)" in again.output

    engine = make_engine(url)
    with session_scope(engine) as session:
        versions = plan_versions(session, day=DAY, shift="dinner")
        assert [v.version for v in versions] == [1, 2]
        assert plan_solution(versions[0]) == written
        due = deliveries_on(list_households(session), DAY, "dinner", Calendar()).refs
        planned = written.served_stop_ids + [u.stop_id for u in written.unserved]
        assert sorted(planned) == due and len(due) > 20
        assert versions[0].summary["households_due"] == len(due)
        assert versions[0].created_by.startswith("cli")
    engine.dispose()


def test_sofra_plan_names_what_the_store_lacks(url: str, tmp_path: Path) -> None:
    no_kitchen = sofra(url, *plan_args(tmp_path))
    assert no_kitchen.exit_code == 1
    assert "no active kitchen in the store" in no_kitchen.stderr
    assert "--demo-fleet" in no_kitchen.stderr
    no_households = sofra(url, *plan_args(tmp_path, "--demo-fleet"))
    assert no_households.exit_code == 1
    assert "no active household in the store" in no_households.stderr
    assert "sofra households import" in no_households.stderr
    bad_shift = sofra(url, "plan", "--shift", "lunch")
    assert bad_shift.exit_code == 2 and "breakfast, dinner" in bad_shift.output
