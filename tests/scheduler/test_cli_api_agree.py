"""`sofra demo` and the API plan the same households on the same day and shift, and both report
the households held from it (on hold) instead of leaving them out silently."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from api_testing import ApiClient
from typer.testing import CliRunner

from cli.main import app
from demo.calendar import demo_holds
from demo.town import demo_town
from domain.calendar import Calendar
from scheduler.due import deliveries_on

pytest_plugins = ["api_testing"]

DAY = dt.date(2026, 11, 25)
SHIFT = "breakfast"
HELD = ["H0099", "H0453"]
"""On hold that morning in the demo town's calendar (a care home stay and a hospital stay)."""


@pytest.fixture(scope="module")
def cli_day(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """`sofra demo` of DAY's breakfast: the output folder and the terminal summary."""
    out = tmp_path_factory.mktemp("demo")
    args = ["demo", "--date", DAY.isoformat(), "--shift", SHIFT, "--out", str(out)]
    result = CliRunner().invoke(app, [*args, "--time-limit", "1", "--lang", "en"])
    assert result.exit_code == 0, result.output
    return out, result.output


def planned_refs(plan: dict[str, Any]) -> set[str]:
    """Every household a routing solution (the routing JSON) plans: served or unserved."""
    served = {v["stop_id"] for r in plan["routes"] for t in r["trips"] for v in t["visits"]}
    return served | {u["stop_id"] for u in plan["unserved"]}


def api_plan(api: ApiClient, as_: str = "dispatcher") -> tuple[dict[str, Any], dict[str, Any]]:
    """Plan DAY's breakfast through the API: the job and the plan as `as_` reads it."""
    started = api.post("/plans", "dispatcher", json={"day": DAY.isoformat(), "shift": SHIFT})
    job = api.wait_job(started.json()["id"])
    assert job["status"] == "done", job
    plan = api.get(f"/plans/{job['result']['plan_id']}?lang=en", as_).json()
    return job, plan


def test_the_demo_town_has_households_on_hold_that_morning() -> None:
    town = demo_town()
    deliveries = deliveries_on(town.households, DAY, SHIFT, Calendar(demo_holds(town.households)))
    assert [h.ref for h in deliveries.held] == HELD
    assert len(deliveries.due) > 30


def test_the_cli_demo_and_the_api_plan_the_same_households(
    cli_day: tuple[Path, str], api: ApiClient
) -> None:
    out, _ = cli_day
    cli_plan = json.loads((out / SHIFT / "plan.json").read_text(encoding="utf-8"))
    job, plan = api_plan(api)
    api_refs = {s["household"] for r in plan["routes"] for s in r["stops"]}
    api_refs |= {u["household"] for u in plan["unserved"]}
    assert planned_refs(cli_plan) == api_refs
    assert not set(HELD) & api_refs
    assert job["result"]["households_due"] == len(api_refs) and job["result"]["held"] == len(HELD)


def test_both_report_the_held_households_with_their_reason(
    cli_day: tuple[Path, str], api: ApiClient
) -> None:
    _, terminal = cli_day
    held_row = re.search(r"held\s*│\s*(\d+)", terminal)
    assert held_row is not None and int(held_row.group(1)) == len(HELD), terminal
    for ref in HELD:
        assert re.search(rf"{SHIFT} {ref}: on hold \(.+\), until 2026-11-2\d", terminal), terminal
    _, plan = api_plan(api)
    assert plan["summary"]["held"] == len(HELD)
    assert [h["household"] for h in plan["held"]] == HELD
    assert all(h["reason"] == "on_hold" and h["name"] and h["until"] for h in plan["held"])
    assert all(h["reason_text"].startswith("on hold (") for h in plan["held"])


def test_planners_see_held_households_as_pseudonyms_without_reasons(api: ApiClient) -> None:
    _, plan = api_plan(api, as_="planner")
    assert len(plan["held"]) == len(HELD)
    for held in plan["held"]:
        assert held["household"].startswith("P-") and held["name"] is None
        assert held["reason_text"] == "on hold" and held["until"] is None
