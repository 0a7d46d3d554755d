"""`sofra simulate`: a table, a summary and plots from a scenario file; bad files are refused."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from cli.main import app

SCENARIO = """\
name: cli_check
question: Two vans or one?
seed: 3
days: {start: 2025-06-01, end: 2025-06-30, sample: 2, weekdays: [1, 3, 5]}
shifts: [breakfast]
solver: {pyvrp_iterations: 50, ortools_solutions: 5, time_limit_s: 60}
sweep:
  vans: [1, 2]
"""


def test_simulate_writes_the_table_summary_and_plots(tmp_path: Path) -> None:
    scenario = tmp_path / "cli_check.yaml"
    scenario.write_text(SCENARIO, encoding="utf-8")
    out = tmp_path / "out"
    args = ["simulate", str(scenario), "--out", str(out), "--workers", "0", "--days", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out / "results.csv")
    assert len(table) == 2 and set(table["vans"]) == {1, 2}  # --days 1 overrides the file
    parquet = pd.read_parquet(out / "results.parquet")
    assert list(parquet.columns) == list(table.columns)
    assert parquet["meals_served"].tolist() == table["meals_served"].tolist()
    assert len(pd.read_csv(out / "summary.csv")) == 2
    for png in ("cli_check-distributions.png", "cli_check-curve.png"):
        assert (out / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "vans=2" in result.output and "late worst" in result.output


def test_simulate_refuses_a_scenario_with_an_error_and_names_the_line(tmp_path: Path) -> None:
    scenario = tmp_path / "bad.yaml"
    scenario.write_text(SCENARIO.replace("shifts: [breakfast]", "shifts: [lunch]"), "utf-8")
    result = CliRunner().invoke(app, ["simulate", str(scenario), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "bad.yaml:5: shifts.0:" in result.output.replace("\n", "")
    assert not (tmp_path / "o").exists()
