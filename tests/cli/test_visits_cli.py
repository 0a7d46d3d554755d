"""`sofra visits plan`: a bad week is refused before any work; the files of a small week replay
in the verifier, the sheets name the people, and personal files are private."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner
from visit_town import MONDAY, at, inputs_for, make_visit

from cli.main import app
from cli.visits import summary, write_week
from routing.jsonio import load_problem, load_solution
from routing.verify import verify
from scheduler.visits.week import WeekParams, plan_week

runner = CliRunner()


@pytest.mark.parametrize("week", ["2026-01-06", "January", "2026/01/05"])
def test_a_bad_week_is_refused_at_once(week: str, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["visits", "plan", "--week", week, "--demo", "--out", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
    assert not any(tmp_path.iterdir())


def test_without_demo_it_says_what_to_do(tmp_path: Path) -> None:
    result = runner.invoke(app, ["visits", "plan", "--week", "2026-01-05", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "--demo" in result.output
    assert not any(tmp_path.iterdir())


def test_written_team_days_replay_and_are_private(tmp_path: Path) -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    visits = [make_visit(f"{k:02d}", k, earliest=tuesday, latest=tuesday) for k in range(6)]
    visits.append(make_visit("W1", 9, "cleaning", **at(tuesday, "14:00", "15:00")))
    visits.append(
        make_visit("X1", 3, "cleaning", earliest=dt.date(2026, 2, 2), latest=dt.date(2026, 2, 3))
    )
    inputs = inputs_for(visits)
    plan = plan_week(inputs, MONDAY, WeekParams(time_limit_s=0.5, deterministic=True))
    write_week(plan, inputs, tmp_path, "en")

    folders = sorted(p.parent for p in tmp_path.glob("*/*/plan.json"))
    assert folders
    named = 0
    for folder in folders:
        problem = load_problem(folder / "problem.json")
        solution = load_solution(folder / "plan.json")
        assert verify(problem, solution) == []
        for name in ("problem.json", "plan.json", "day-sheet.pdf", "phone.html"):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
        page = (folder / "phone.html").read_text(encoding="utf-8")
        named += sum(1 for v in visits if v.name in page)
        assert page.count('data-status="needs_follow_up"') == len(solution.served_stop_ids)
    assert named == len(plan.served())
    unplaced = (tmp_path / "unplaced.csv").read_text(encoding="utf-8")
    assert "X1" in unplaced and "No allowed day this week" in unplaced

    from rich.console import Console

    console = Console(record=True, width=120)
    summary(console, plan, "en")
    text = console.export_text()
    assert "Home visits, week of 2026-01-05" in text and "Not placed: 1" in text
