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
