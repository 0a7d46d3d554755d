"""What a study leaves behind: results table (CSV + Parquet), per-run summary, plots."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from rich.table import Table

from scheduler.simulation.plots import plot_scenario
from scheduler.simulation.scenario import Scenario
from scheduler.simulation.sweep import summarise


def write_outputs(scenario: Scenario, table: pd.DataFrame, out: Path) -> list[Path]:
    """Write results.csv/.parquet, summary.csv, a copy of the scenario and the plots."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "results.csv", out / "results.parquet", out / "summary.csv"]
    table.to_csv(written[0], index=False)
    table.to_parquet(written[1], index=False)
    summarise(table).to_csv(written[2], index=False)
    source = Path(scenario.source)
    if source.is_file():
        copy = out / "scenario.yaml"
        copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        written.append(copy)
    written.extend(plot_scenario(scenario, table, out))
    return written


def summary_table(table: pd.DataFrame, title: str = "") -> Table:
    """Per run: meals per shift, most vans used, meals over the limit (mean and worst shift),
    unserved households, longest ride, km, CO₂ and cost per day, cost per meal."""
    summary = summarise(table)
    out = Table(title=title, title_justify="left")
    for name in (
        "run",
        "meals/shift",
        "vans used",
        "late mean",
        "late worst",
        "unserved/shift",
        "longest ride",
        "km/day",
        "CO₂ kg/day",
        "TRY/meal",
    ):
        out.add_column(name, justify="left" if name == "run" else "right")
    for row in summary.itertuples():
        out.add_row(
            str(row.label),
            f"{row.meals_due_mean:.1f}",
            f"{row.vans_used_max:d}",
            f"{row.over_limit_share_mean:.1%}",
            f"{row.over_limit_share_max:.1%}",
            f"{row.unserved_mean:.2f}",
            f"{row.max_ride_min:.0f} min",
            f"{row.km_per_day:.1f}",
            f"{row.co2_kg_per_day:.1f}",
            f"{row.cost_per_meal_try:.1f}",
        )
    return out
