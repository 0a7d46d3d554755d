"""`sofra simulate SCENARIO.yaml --out DIR`: a what-if study over sampled days, on Dask."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

Workers = Annotated[
    int,
    typer.Option("--workers", min=0, help="local Dask worker processes; 0 runs in this process"),
]
Address = Annotated[
    str | None,
    typer.Option("--scheduler", help="address of an existing Dask scheduler (tcp://host:8786)"),
]


def register(app: typer.Typer) -> None:
    """Add `simulate` to the `sofra` app."""

    @app.command()
    def simulate(
        scenario: Annotated[Path, typer.Argument(help="scenario file (YAML)")],
        out: Annotated[Path, typer.Option("--out", help="folder for the table and plots")] = Path(
            "sofra-sim"
        ),
        scheduler: Address = None,
        workers: Workers = 2,
        days: Annotated[
            int | None, typer.Option("--days", min=1, help="days to sample (overrides the file)")
        ] = None,
        seed: Annotated[
            int | None, typer.Option("--seed", help="overrides the file's seed")
        ] = None,
    ) -> None:
        """Evaluate a scenario (and its sweep) over sampled days; write CSV/Parquet and plots."""
        run_simulation(scenario, out, scheduler, workers, days, seed)


def run_simulation(
    path: Path, out: Path, address: str | None, workers: int, days: int | None, seed: int | None
) -> None:
    """Load, run with a progress bar, write the table and plots, print the summary."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from config import get_settings
    from scheduler.simulation.apply import ChangeError
    from scheduler.simulation.errors import ScenarioError
    from scheduler.simulation.evaluate import sample_days
    from scheduler.simulation.report import summary_table, write_outputs
    from scheduler.simulation.scenario import load_scenario, recheck
    from scheduler.simulation.sweep import expand, run_scenario, tasks, with_overrides

    console = Console(width=None if sys.stdout.isatty() else 140)
    try:
        loaded = load_scenario(path, get_settings().simulation)
        scenario = recheck(with_overrides(loaded, days, seed), "--days/--seed")
    except ScenarioError as error:
        console.print(f"[red]{error}[/red]", highlight=False)
        raise typer.Exit(2) from None
    where = address or (f"{workers} local Dask workers" if workers else "this process")
    console.print(
        f"[bold]{scenario.name}[/bold]: {len(expand(scenario))} runs × "
        f"{len(sample_days(scenario.days, scenario.seed))} days × {len(scenario.shifts)} shifts "
        f"on {where}"
    )
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    try:
        with Progress(*columns, console=console) as progress:
            bar = progress.add_task("run × day", total=len(tasks(scenario)))
            table = run_scenario(
                scenario, workers, address, lambda done, _: progress.update(bar, completed=done)
            )
    except ChangeError as error:
        console.print(f"[red]{path}: {error}[/red]", highlight=False)
        raise typer.Exit(2) from None
    written = write_outputs(scenario, table, out)
    console.print(summary_table(table, scenario.question or scenario.name))
    bad = int(table["violations"].sum())
    if bad:
        console.print(f"[red]{bad} verifier violations: see {out / 'results.csv'}[/red]")
    console.print("wrote " + ", ".join(str(p) for p in written))
