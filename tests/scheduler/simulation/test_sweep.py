"""Sweeps are reproducible: same seed, same table; a 2-worker Dask cluster, the same table."""

from __future__ import annotations

import pandas as pd
import pytest

from scheduler.simulation.evaluate import sample_days
from scheduler.simulation.scenario import Scenario, parse_scenario
from scheduler.simulation.sweep import (
    dask_client,
    expand,
    run_on_dask,
    run_scenario,
    run_sequential,
    summarise,
    tasks,
    with_overrides,
)

TINY = """\
name: tiny
question: Does a second van help on small days?
seed: 11
days: {start: 2025-05-01, end: 2025-05-31, sample: 2}
shifts: [dinner]
solver: {pyvrp_iterations: 50, ortools_solutions: 5, time_limit_s: 60}
variants:
  - name: today
  - name: slow
    changes: {travel_time_factor: 1.4}
sweep:
  vans: [1, 2]
"""


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return parse_scenario(TINY)


@pytest.fixture(scope="module")
def table(scenario: Scenario) -> pd.DataFrame:
    return run_sequential(scenario)


def test_a_sweep_has_a_row_per_run_day_and_shift_with_verified_plans(
    scenario: Scenario, table: pd.DataFrame
) -> None:
    assert len(expand(scenario)) == 4
    assert len(table) == 4 * 2 * 1
    assert list(table["vans"]) == [1, 1, 2, 2, 1, 1, 2, 2]
    assert (table["violations"] == 0).all()
    assert (table["meals_served"] <= table["meals_due"]).all()
    assert (table["vans_used"] <= table["vans"]).all()
    # the same days and households for every run: comparisons see the same demand
    demand = table.groupby("day")["meals_due"].nunique()
    assert (demand == 1).all()
    summary = summarise(table)
    labels = ["today, vans=1", "today, vans=2", "slow, vans=1", "slow, vans=2"]
    assert list(summary["label"]) == labels


def test_the_same_seed_gives_the_same_table(scenario: Scenario, table: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(run_sequential(scenario), table)


def test_another_seed_samples_other_days(scenario: Scenario, table: pd.DataFrame) -> None:
    other = with_overrides(scenario, days=1, seed=12)
    assert other.days.sample == 1 and {run.seed for run in expand(other)} == {12}
    assert sample_days(other.days, 12) != sample_days(scenario.days, 11)[:1]


@pytest.mark.slow
def test_a_two_worker_local_dask_cluster_gives_the_sequential_table(
    scenario: Scenario, table: pd.DataFrame
) -> None:
    with dask_client(workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        on_dask = run_on_dask(client, scenario)
    pd.testing.assert_frame_equal(on_dask, table)


@pytest.mark.slow
def test_an_existing_cluster_is_used_through_its_scheduler_address(
    scenario: Scenario, table: pd.DataFrame
) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        done: list[int] = []
        on_cluster = run_scenario(
            scenario, address=cluster.scheduler_address, progress=lambda n, _: done.append(n)
        )
    pd.testing.assert_frame_equal(on_cluster, table)
    assert sorted(done) == list(range(1, len(tasks(scenario)) + 1))
