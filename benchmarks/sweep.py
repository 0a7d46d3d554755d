"""A 24-run what-if sweep, sequentially and on a local Dask cluster: wall time and speed-up.

    python benchmarks/sweep.py [--workers 2] [--days 2]

The grid is households 494/569/644 × vans 1–8 (24 runs), breakfast and dinner on sampled
weekdays, with the example scenarios' solver bounds; a task is one run on one day. The Dask
time is shown with and without starting the cluster; inside it, each worker builds the town
once (graph from the on-disk cache), as the sequential run does. Both tables must be equal.
"""

from __future__ import annotations

import argparse
import time

import pandas as pd
from rich.console import Console
from rich.table import Table

from scheduler.simulation.scenario import parse_scenario
from scheduler.simulation.sweep import dask_client, expand, run_on_dask, run_scenario, tasks

SCENARIO = """\
name: benchmark_sweep
question: households × vans grid for the Dask benchmark
seed: 2025
days: {{start: 2025-01-01, end: 2025-12-31, sample: {days}, weekdays: [1, 2, 3, 4, 5]}}
shifts: [breakfast, dinner]
solver: {{pyvrp_iterations: 300, ortools_solutions: 30}}
sweep:
  households: [494, 569, 644]
  vans: [1, 2, 3, 4, 5, 6, 7, 8]
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2, help="local Dask worker processes")
    parser.add_argument("--days", type=int, default=2, help="sampled days per run")
    args = parser.parse_args()
    scenario = parse_scenario(SCENARIO.format(days=args.days), "benchmarks/sweep.py")
    runs, todo = len(expand(scenario)), len(tasks(scenario))

    started = time.perf_counter()
    sequential = run_scenario(scenario, workers=0)
    sequential_s = time.perf_counter() - started

    started = time.perf_counter()
    with dask_client(workers=args.workers) as client:
        ready = time.perf_counter()
        on_dask = run_on_dask(client, scenario)
        done = time.perf_counter()
    dask_s, startup_s = done - started, ready - started

    same = sequential.equals(on_dask)
    title = f"{runs} runs × {args.days} day(s) = {todo} tasks of 2 shifts each"
    table = Table(title=title)
    for name in ("mode", "wall s", "tasks/s", "speed-up"):
        table.add_column(name, justify="left" if name == "mode" else "right")
    table.add_row(
        "sequential (1 process)", f"{sequential_s:.1f}", f"{todo / sequential_s:.2f}", "1.00"
    )
    table.add_row(
        f"Dask LocalCluster ({args.workers} workers), with cluster start",
        f"{dask_s:.1f}",
        f"{todo / dask_s:.2f}",
        f"{sequential_s / dask_s:.2f}",
    )
    table.add_row(
        f"  of which cluster start {startup_s:.1f} s; tasks only",
        f"{dask_s - startup_s:.1f}",
        f"{todo / (dask_s - startup_s):.2f}",
        f"{sequential_s / (dask_s - startup_s):.2f}",
    )
    console = Console(width=110)
    console.print(table)
    console.print(
        f"same table: {'yes' if same else 'NO'}; verifier violations: "
        f"{int(sequential['violations'].sum())}"
    )
    if not same:
        diff = sequential.compare(on_dask)
        with pd.option_context("display.width", 160):
            console.print(diff.head(20))


if __name__ == "__main__":
    main()
