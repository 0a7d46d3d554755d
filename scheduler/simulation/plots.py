"""Plots of a results table (matplotlib, PNG): KPI distributions per run, and sweep curves."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from scheduler.simulation.scenario import Scenario
from scheduler.simulation.sweep import day_totals

MAX_BOXES = 12
"""Distributions are drawn for at most this many runs (a sweep draws its curve instead)."""

LABELS = {
    "vans_used": "vans used per shift",
    "driving_min": "driving per shift (min)",
    "distance_km": "distance per shift (km)",
    "working_h": "van working hours per shift",
    "max_ride_min": "longest ride (min)",
    "mean_ride_min": "mean ride (min)",
    "over_limit_share": "meals over the ride limit",
    "unserved": "unserved households per shift",
    "unserved_share": "households unserved",
    "cost_per_meal_try": "cost per meal (TRY)",
    "co2_kg": "CO₂ per shift (kg)",
    "co2_kg_per_day": "CO₂ per day (kg)",
}
SHARES = {"over_limit_share", "unserved_share"}
DISTRIBUTION_KPIS = (
    "vans_used",
    "over_limit_share",
    "max_ride_min",
    "driving_min",
    "cost_per_meal_try",
    "co2_kg_per_day",
)


def _style(ax: Axes, kpi: str) -> None:
    ax.set_title(LABELS.get(kpi, kpi), fontsize=10)
    ax.grid(axis="y", alpha=0.3)
    if kpi in SHARES:
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))


def _ride_limit(ax: Axes, table: pd.DataFrame, horizontal: bool = True) -> None:
    for limit in sorted(table["ride_limit_min"].unique()):
        ax.axhline(limit, color="crimson", linestyle="--", linewidth=1)
        ax.annotate(
            f"limit {limit:g} min",
            (0.01, limit),
            xycoords=("axes fraction", "data"),
            color="crimson",
            fontsize=8,
            va="bottom",
        )


def plot_distributions(table: pd.DataFrame, path: Path, title: str = "") -> Path:
    """Box plots of the main KPIs over sampled shifts (CO₂ over days), one box per run."""
    runs = table[["run", "label"]].drop_duplicates().sort_values("run")
    runs = runs.head(MAX_BOXES)
    labels = list(runs["label"])
    per_day = day_totals(table).rename(columns={"co2_kg": "co2_kg_per_day"})
    fig = Figure(figsize=(4.2 * 3, 3.6 * 2 + 0.4 * max(0, max(map(len, labels)) // 12)))
    axes = fig.subplots(2, 3).ravel()
    for ax, kpi in zip(axes, DISTRIBUTION_KPIS, strict=True):
        source = per_day if kpi == "co2_kg_per_day" else table
        data = [source.loc[source["run"] == r, kpi].dropna().to_numpy() for r in runs["run"]]
        ax.boxplot(data, showmeans=True, meanprops={"marker": "D", "markersize": 4})
        ax.set_xticks(
            range(1, len(labels) + 1),
            labels,
            rotation=30 if len(labels) > 2 else 0,
            ha="right" if len(labels) > 2 else "center",
            fontsize=8,
        )
        if kpi == "max_ride_min":
            _ride_limit(ax, table)
        _style(ax, kpi)
    days = table["day"].nunique()
    fig.suptitle(
        f"{title}\n{days} sampled days × {table['shift'].nunique()} shifts; "
        "box: quartiles, whiskers: 1.5 IQR, ◆ mean",
        fontsize=11,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return path


def plot_curve(
    table: pd.DataFrame,
    x: str,
    lines: str | None,
    y: str,
    path: Path,
    title: str = "",
    extra: Sequence[str] = ("vans_used", "cost_per_meal_try"),
) -> Path:
    """`y` against `x`, one line per value of `lines`: mean over sampled shifts, band min–max."""
    kpis = [y, *[k for k in extra if k != y]]
    fig = Figure(figsize=(4.6 * len(kpis), 4.2))
    axes = fig.subplots(1, len(kpis), squeeze=False).ravel()
    groups = table.groupby(lines, sort=True) if lines else [("all", table)]
    for ax, kpi in zip(axes, kpis, strict=True):
        for key, part in groups:
            stats = part.groupby(x, sort=True)[kpi].agg(["mean", "min", "max"])
            name = f"{lines} = {key}" if lines else None
            (line,) = ax.plot(stats.index, stats["mean"], marker="o", label=name)
            ax.fill_between(
                stats.index, stats["min"], stats["max"], alpha=0.15, color=line.get_color()
            )
        if kpi == "max_ride_min":
            _ride_limit(ax, table)
        ax.set_xlabel(x)
        ax.set_xticks(sorted(table[x].unique()))
        _style(ax, kpi)
        if lines:
            ax.legend(fontsize=8)
    days = table["day"].nunique()
    fig.suptitle(
        f"{title}\nline: mean over {days} sampled days × {table['shift'].nunique()} "
        "shifts; band: best to worst shift",
        fontsize=11,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return path


def curve_axes(scenario: Scenario) -> tuple[str, str | None] | None:
    """(x, lines) of the scenario's curve: as its `plot:` says, else from the sweep grid."""
    axes = list(scenario.sweep.axes())
    x = scenario.plot.x or (axes[-1] if axes else None)
    if x is None:
        return None
    lines = scenario.plot.lines
    if lines is None:
        others = [a for a in axes if a != x]
        lines = others[0] if others else ("variant" if len(scenario.variants) > 1 else None)
    return x, lines


def plot_scenario(scenario: Scenario, table: pd.DataFrame, out: Path) -> list[Path]:
    """Every plot of a scenario's results into `out`: distributions, and the sweep's curve."""
    out.mkdir(parents=True, exist_ok=True)
    title = scenario.question or scenario.name
    written = []
    if table["run"].nunique() <= MAX_BOXES:
        path = out / f"{scenario.name}-distributions.png"
        written.append(plot_distributions(table, path, title))
    axes = curve_axes(scenario)
    if axes is not None:
        x, lines = axes
        path = out / f"{scenario.name}-curve.png"
        written.append(plot_curve(table, x, lines, scenario.plot.y, path, title))
    return written
