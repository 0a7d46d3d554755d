"""Expand a scenario into runs (variants × grid) and evaluate them on sampled days, on Dask.

Each task is one run on one day and carries only parameters; results come back as rows and
are sorted into a table whose content depends only on the scenario and its seed, whichever
cluster (or none) computed it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd

from scheduler.simulation.evaluate import RunSpec, evaluate_day, sample_days
from scheduler.simulation.kpis import Row
from scheduler.simulation.scenario import Changes, Scenario

Progress = Callable[[int, int], None]
"""Called with (tasks done, tasks in all) as results arrive."""

SORT_KEYS = ["run", "day", "shift"]


def expand(scenario: Scenario) -> list[RunSpec]:
    """Every run of the scenario: each variant at each point of the sweep grid."""
    axes = scenario.sweep.axes()
    points = [dict(zip(axes, values, strict=True)) for values in itertools.product(*axes.values())]
    runs: list[RunSpec] = []
    for variant in scenario.variants:
        for point in points:
            changes = scenario.base.then(variant.changes).then(Changes.model_validate(point))
            grid = ", ".join(f"{k}={v}" for k, v in point.items())
            label = (
                variant.name
                if not grid
                else grid
                if len(scenario.variants) == 1
                else f"{variant.name}, {grid}"
            )
            runs.append(
                RunSpec(
                    index=len(runs),
                    label=label,
                    variant=variant.name,
                    point=point,
                    changes=changes,
                    seed=scenario.seed,
                    shifts=scenario.shifts,
                    solver=scenario.solver,
                    costs=scenario.costs,
                )
            )
    return runs


def tasks(scenario: Scenario) -> list[tuple[dict[str, Any], str]]:
    """(run parameters, ISO day) pairs: what is sent to the workers."""
    days = sample_days(scenario.days, scenario.seed)
    runs = [run.model_dump(mode="json") for run in expand(scenario)]
    return [(run, day.isoformat()) for run in runs for day in days]


def to_table(rows: Sequence[Row]) -> pd.DataFrame:
    """Rows as a table in a fixed order (run, day, shift), whatever order they arrived in."""
    table = pd.DataFrame(list(rows))
    return table.sort_values(SORT_KEYS, kind="stable").reset_index(drop=True)


def run_sequential(scenario: Scenario, progress: Progress | None = None) -> pd.DataFrame:
    """Evaluate every task in this process, one after another."""
    todo = tasks(scenario)
    rows: list[Row] = []
    for done, (run, day) in enumerate(todo, start=1):
        rows.extend(evaluate_day(run, day))
        if progress:
            progress(done, len(todo))
    return to_table(rows)


@contextmanager
def dask_client(workers: int = 2, address: str | None = None) -> Iterator[Any]:
    """A client of the Dask cluster at `address`, or of a new local one of `workers` processes.

    Local workers are single-threaded processes: the solvers are CPU-bound Python and C++.
    """
    from dask.distributed import Client, LocalCluster

    if address:
        with Client(address) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_on_dask(client: Any, scenario: Scenario, progress: Progress | None = None) -> pd.DataFrame:
    """Evaluate every task on the cluster behind `client`; one task per run and day."""
    from dask.distributed import as_completed

    todo = tasks(scenario)
    futures = [client.submit(evaluate_day, run, day, pure=False) for run, day in todo]
    rows: list[Row] = []
    for done, future in enumerate(as_completed(futures), start=1):
        rows.extend(future.result())
        if progress:
            progress(done, len(todo))
    return to_table(rows)


def run_scenario(
    scenario: Scenario,
    workers: int = 2,
    address: str | None = None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """The results table of `scenario`: in this process when `workers` is 0 and no address
    is given, else on Dask (a local cluster of `workers` processes, or the one at `address`)."""
    if workers <= 0 and not address:
        return run_sequential(scenario, progress)
    with dask_client(workers, address) as client:
        return run_on_dask(client, scenario, progress)


def with_overrides(
    scenario: Scenario, days: int | None = None, seed: int | None = None
) -> Scenario:
    """The scenario with the sample size and/or seed given on the command line."""
    update: dict[str, Any] = {}
    if days is not None:
        update["days"] = scenario.days.model_copy(update={"sample": max(1, days)})
    if seed is not None:
        update["seed"] = seed
    return scenario.model_copy(update=update) if update else scenario


def day_totals(table: pd.DataFrame) -> pd.DataFrame:
    """Per run and day: meals, km, CO₂ and cost over the day's shifts."""
    keys = ["run", "label", "day"]
    sums = ["meals_due", "meals_served", "distance_km", "co2_kg", "cost_try", "working_h"]
    return table.groupby(keys, sort=True)[sums].sum().reset_index()


def summarise(table: pd.DataFrame) -> pd.DataFrame:
    """One line per run: means over sampled shifts, worst cases, and per-day totals."""
    runs = table.groupby(["run", "label"], sort=True)
    summary = pd.DataFrame(
        {
            "shifts": runs.size(),
            "meals_due_mean": runs["meals_due"].mean(),
            "vans_used_max": runs["vans_used"].max(),
            "vans_used_mean": runs["vans_used"].mean(),
            "over_limit_share_mean": runs["over_limit_share"].mean(),
            "over_limit_share_max": runs["over_limit_share"].max(),
            "unserved_mean": runs["unserved"].mean(),
            "max_ride_min": runs["max_ride_min"].max(),
            "mean_ride_min": runs["mean_ride_min"].mean(),
            "driving_min_mean": runs["driving_min"].mean(),
            "working_h_mean": runs["working_h"].mean(),
            "cost_per_meal_try": runs["cost_try"].sum() / runs["meals_served"].sum(),
            "violations": runs["violations"].sum(),
        }
    )
    per_day = day_totals(table).groupby(["run", "label"], sort=True)
    summary["km_per_day"] = per_day["distance_km"].mean()
    summary["co2_kg_per_day"] = per_day["co2_kg"].mean()
    summary["cost_try_per_day"] = per_day["cost_try"].mean()
    return summary.reset_index()


def days_of(table: pd.DataFrame) -> list[dt.date]:
    """The sampled days present in a results table."""
    return [dt.date.fromisoformat(d) for d in sorted(table["day"].unique())]
