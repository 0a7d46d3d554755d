"""`sofra parcels plan`: a bad month is refused before any work; the outputs of a small run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from parcel_town import family, inputs_for, week
from typer.testing import CliRunner

from cli.main import app
from cli.parcels import write_month
from routing.jsonio import load_problem, load_solution
from routing.verify import verify
from scheduler.parcels.month import MonthParams, plan_month

runner = CliRunner()


@pytest.mark.parametrize("month", ["2026-13", "January", "2026/01"])
def test_a_bad_month_is_refused_at_once(month: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["parcels", "plan", "--month", month, "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "2026-01" in result.output
    assert not any(tmp_path.iterdir())


def test_written_days_replay_in_the_verifier_and_loading_lists_last_stop_first(
    tmp_path: Path,
) -> None:
    families = [family(f"F{i:02d}", i % 12) for i in range(20)]
    families.append(family("S1", 13, floor=4, lift=False))
    inputs = inputs_for(families)
    plan = plan_month(inputs, week(n=2), MonthParams(time_limit_s=0.4, improve_s=0.0))
    write_month(plan, inputs, tmp_path, sheets=True, lang="en")
    assert (tmp_path / "calendar.csv").is_file() and (tmp_path / "calendar.png").is_file()
    day = dt.date(2026, 1, 5)
    folder = tmp_path / day.isoformat()
    problem = load_problem(folder / "problem.json")
    solution = load_solution(folder / "plan.json")
    assert verify(problem, solution) == []
    assert (folder / "route-sheets.pdf").stat().st_size > 1000
    rows = (folder / "loading.csv").read_text(encoding="utf-8").splitlines()[1:]
    first_trip = solution.routes[0].trips[0]
    loaded = [r.split(",")[4] for r in rows[: len(first_trip.visits)]]
    assert loaded == [v.stop_id for v in reversed(first_trip.visits)]


def _written_busy_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """Two busy days written to tmp_path (both vans out); the demo inputs replaced by the
    synthetic town's."""
    families = [family(f"F{i:03d}", i % 25) for i in range(220)]
    inputs = inputs_for(families)
    monkeypatch.setattr("cli.parcels.demo_inputs", lambda: inputs)
    plan = plan_month(inputs, week(n=2), MonthParams(time_limit_s=0.4, improve_s=0.0))
    write_month(plan, inputs, tmp_path, sheets=False, lang="en")
    return max(plan.days, key=lambda d: len(plan.days[d].problem.stops))


def test_replan_rewrites_the_day_after_a_breakdown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = _written_busy_day(tmp_path, monkeypatch)
    folder = tmp_path / day.isoformat()
    before = load_solution(folder / "plan.json")
    on_l1 = [
        v.stop_id
        for r in before.routes
        if r.vehicle_id.startswith("L1")
        for t in r.trips
        for v in t.visits
    ]
    assert len(on_l1) > 1
    done = tmp_path / "done.csv"
    done.write_text(f"aile,sonuç\n{on_l1[0]},teslim edildi\n", encoding="utf-8")
    args = [
        "parcels",
        "replan",
        "--dir",
        str(tmp_path),
        "--day",
        day.isoformat(),
        "--van",
        "L1",
        "--at",
        "08:00",
        "--done",
        str(done),
        "--time-limit",
        "0.5",
        "--no-sheets",
        "--lang",
        "en",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "van L1 broke down at 08:00" in result.output
    problem = load_problem(folder / "problem.json")
    after = load_solution(folder / "plan.json")
    assert verify(problem, after) == []
    routes = {v.stop_id: r.vehicle_id for r in after.routes for t in r.trips for v in t.visits}
    assert routes[on_l1[0]].startswith("L1")
    assert not any(routes.get(i, "").startswith("L1") for i in on_l1[1:])
    changes = (folder / "replan-L1.csv").read_text(encoding="utf-8").splitlines()
    assert changes[0] == "Ref,Change,Detail"
    assert {line.split(",")[0] for line in changes[1:]} >= set(on_l1[1:])


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--van", "V9", "--at", "11:00"], "van V9 does not run"),
        (["--van", "L1", "--at", "25:00"], "'25:00' is not a time"),
    ],
)
def test_replan_refuses_bad_input_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: list[str], message: str
) -> None:
    day = _written_busy_day(tmp_path, monkeypatch)
    plan_before = (tmp_path / day.isoformat() / "plan.json").read_bytes()
    args = ["parcels", "replan", "--dir", str(tmp_path), "--day", day.isoformat(), *extra]
    result = runner.invoke(app, [*args, "--lang", "en"])
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output
    assert (tmp_path / day.isoformat() / "plan.json").read_bytes() == plan_before


def test_plan_with_outcomes_replans_the_rest_of_the_month(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _written_busy_day(tmp_path, monkeypatch)
    first = dt.date(2026, 1, 5)
    stops = [s.id for s in load_problem(tmp_path / first.isoformat() / "problem.json").stops]
    lines = ["family,day,outcome", f"{stops[0]},{first},not_home"]
    lines += [f"{i},{first},delivered" for i in stops[1:]]
    outcomes = tmp_path / "outcomes.csv"
    outcomes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = [
        "parcels",
        "plan",
        "--month",
        "2026-01",
        "--out",
        str(tmp_path),
        "--outcomes",
        str(outcomes),
        "--time-limit",
        "0.4",
        "--no-sheets",
        "--lang",
        "en",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rescheduled = (tmp_path / "rescheduled.csv").read_text(encoding="utf-8").splitlines()
    new_day = dt.date.fromisoformat(rescheduled[1].split(",")[1])
    assert rescheduled[1].startswith(stops[0]) and new_day > first
    again = load_solution(tmp_path / new_day.isoformat() / "plan.json")
    assert stops[0] in again.served_stop_ids


def test_a_bad_outcomes_file_is_refused_in_one_line(tmp_path: Path) -> None:
    outcomes = tmp_path / "outcomes.csv"
    outcomes.write_text("aile,gün,sonuç\nF0001,2026-01-05,kayıp\n", encoding="utf-8")
    args = ["parcels", "plan", "--month", "2026-01", "--out", str(tmp_path / "out")]
    result = runner.invoke(app, [*args, "--outcomes", str(outcomes)])
    assert result.exit_code == 2, result.output
    assert "row 2, column outcome: 'kayıp'" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()
