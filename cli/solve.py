"""`sofra solve PROBLEM.json --out SOLUTION.json` and `sofra verify PROBLEM.json SOLUTION.json`.

Both read the JSON format of routing/schema/README.md; a problem given by coordinates and an OSM
file gets its matrices here, from geodata (the routing package never imports geodata).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from domain.clock import format_hhmm

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from rich.console import Console

    from routing.model import Problem, Solution, SolveParams

PROGRESS_TICK_S = 0.1
EXIT_INVALID = 1
EXIT_UNREADABLE = 2
MIN_SOLVE_S = 0.05
"""The solver always gets at least this long (enough for its first plan)."""
FINISH_RESERVE_S = 0.15
FINISH_RESERVE_PER_STOP_S = 0.0002
"""Kept back from the budget to verify the plan, write it and print the summary."""


def _process_started() -> float:
    """`time.monotonic()` at this process's start (Linux /proc), else at this module's import.

    `--time-limit` is wall clock for the whole command, interpreter start-up and loading included.
    """
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime_s = float(Path("/proc/uptime").read_text().split()[0])
        age_s = uptime_s - int(stat[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _IMPORTED
    return time.monotonic() - max(0.0, age_s)


_IMPORTED = time.monotonic()


class Engine(StrEnum):
    """Solver engines `SolveParams.engine` accepts."""

    AUTO = "auto"
    ORTOOLS = "ortools"
    PYVRP = "pyvrp"


class Objective(StrEnum):
    """What `SolveParams.objective` minimises first."""

    DRIVING = "driving"
    VANS = "vans"


ProblemArg = Annotated[Path, typer.Argument(help="problem document (JSON)", dir_okay=False)]


def register(app: typer.Typer) -> None:
    """Add `solve` and `verify` to the `sofra` app."""

    @app.command()
    def solve(
        problem: ProblemArg,
        out: Annotated[Path, typer.Option("--out", help="where to write the solution (JSON)")],
        time_limit: Annotated[
            float,
            typer.Option(
                "--time-limit",
                min=0.1,
                help="wall-clock budget in seconds for the whole command, loading included",
            ),
        ] = 10.0,
        seed: Annotated[int, typer.Option("--seed", help="random seed of the search")] = 0,
        engine: Annotated[Engine, typer.Option("--engine", help="search engine")] = Engine.AUTO,
        deterministic: Annotated[
            bool,
            typer.Option("--deterministic", help="bound the search by work, not only time"),
        ] = False,
        objective: Annotated[
            Objective,
            typer.Option(
                "--objective", help="driving: least driving; vans: fewest vans, then driving"
            ),
        ] = Objective.DRIVING,
    ) -> None:
        """Plan routes for PROBLEM.json within the time limit, verify them, write SOLUTION.json."""
        run_solve(problem, out, time_limit, seed, engine.value, deterministic, objective.value)

    @app.command()
    def verify(
        problem: ProblemArg,
        solution: Annotated[Path, typer.Argument(help="solution document (JSON)", dir_okay=False)],
    ) -> None:
        """Check SOLUTION.json against PROBLEM.json; exit 1 listing every violation."""
        run_verify(problem, solution)


def osm_matrices(
    osm_file: Path, points: Sequence[tuple[float, float]]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Travel-time and distance matrices between (lat, lon) points on the OSM file's roads."""
    from config import get_settings
    from geodata.graph import load_graph
    from geodata.matrix import travel_matrices

    settings = get_settings()
    road = load_graph(osm_file, settings.geodata, cache_dir=settings.paths.cache_dir)
    matrices = travel_matrices(road, list(points))
    return matrices.duration_s, matrices.distance_m


def escape(text: str) -> str:
    """`text` with rich markup characters escaped (ids and messages may hold brackets)."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def _console(err: bool = False) -> Console:
    from rich.console import Console

    stream = sys.stderr if err else sys.stdout
    return Console(file=stream, width=None if stream.isatty() else 120, highlight=False)


def _load_problem(path: Path) -> Problem:
    """The problem, or exit 2 with the reason (bad document, bad OSM file, point off road)."""
    from geodata.errors import OsmFileError, PointOffRoadError
    from routing.errors import ProblemError
    from routing.jsonio import load_problem

    try:
        return load_problem(path, osm_resolver=osm_matrices)
    except ProblemError as exc:
        _console(err=True).print(f"[red]error:[/red] {escape(str(exc))}")
    except (OsmFileError, PointOffRoadError) as exc:
        _console(err=True).print(f"[red]error:[/red] {escape(f'{path}: osm_file: {exc}')}")
    raise typer.Exit(EXIT_UNREADABLE)


def _solve_with_progress(problem: Problem, params: SolveParams) -> Solution:
    """Run the solver in a worker thread while a bar fills over the time limit."""
    from concurrent.futures import ThreadPoolExecutor, wait

    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from routing.solve import solve

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    label = f"solving {len(problem.stops)} stops, {len(problem.vehicles)} vans"
    with (
        ThreadPoolExecutor(max_workers=1) as pool,
        Progress(*columns, console=_console(err=True), transient=True) as progress,
    ):
        bar = progress.add_task(label, total=params.time_limit_s)
        future = pool.submit(solve, problem, params)
        while not wait([future], timeout=PROGRESS_TICK_S).done:
            elapsed = progress.tasks[bar].elapsed or 0.0
            progress.update(bar, completed=min(elapsed, params.time_limit_s))
        return future.result()


def _print_summary(console: Console, problem: Problem, solution: Solution) -> None:
    """Served/unserved counts, driving, vans and trips, the longest ride, and every reason."""
    trips = sum(len(r.trips) for r in solution.routes)
    console.print(
        f"served {len(solution.served_stop_ids)}/{len(problem.stops)} stops with "
        f"{solution.vans_used} vans, {trips} trips; driving {solution.driving_s / 60:.1f} min, "
        f"{solution.distance_m / 1000:.1f} km; working {solution.working_s / 3600:.1f} h; "
        f"longest ride {solution.max_ride_s / 60:.1f} min"
    )
    for route in solution.routes:
        for k, trip in enumerate(route.trips, start=1):
            console.print(
                f"  {route.vehicle_id} trip {k}: {format_hhmm(trip.departure_s)}-"
                f"{format_hhmm(trip.return_s)} from {trip.depot_id}, {len(trip.visits)} stops",
                markup=False,
            )
    for item in solution.unserved:
        why = escape(f"{item.stop_id}: {item.reason} ({item.detail})")
        console.print(f"  [yellow]unserved[/yellow] {why}")


def run_solve(
    problem_path: Path,
    out: Path,
    time_limit_s: float,
    seed: int,
    engine: str,
    deterministic: bool,
    objective: str = "driving",
) -> None:
    """Load, solve with a progress bar, verify, write; exit 1 if the plan fails the verifier.

    The solver gets what is left of `time_limit_s` after start-up and loading, less a reserve
    for verifying and writing, so the whole command ends close to the limit.
    """
    from routing.jsonio import dump_solution
    from routing.model import SolveParams
    from routing.verify import verify

    deadline = _process_started() + time_limit_s
    problem = _load_problem(problem_path)
    import rich.progress  # noqa: F401  (imported before the solver's clock starts)

    import routing.solve  # noqa: F401

    reserve_s = FINISH_RESERVE_S + FINISH_RESERVE_PER_STOP_S * len(problem.stops)
    solve_s = max(MIN_SOLVE_S, deadline - time.monotonic() - reserve_s)
    params = SolveParams(
        time_limit_s=solve_s,
        seed=seed,
        engine=engine,
        deterministic=deterministic,
        objective=objective,
    )
    solution = _solve_with_progress(problem, params)
    dump_solution(solution, out)
    console = _console()
    _print_summary(console, problem, solution)
    console.print(f"wrote {out}", markup=False)
    violations = verify(problem, solution)
    if violations:
        console.print(f"[red]the plan breaks {len(violations)} rules (a solver bug):[/red]")
        for violation in violations:
            console.print(f"  {violation}", markup=False)
        raise typer.Exit(EXIT_INVALID)


def run_verify(problem_path: Path, solution_path: Path) -> None:
    """Load both documents, print every violation and exit 1, or confirm the plan and exit 0."""
    from routing.errors import SolutionFormatError
    from routing.jsonio import load_solution
    from routing.verify import verify

    problem = _load_problem(problem_path)
    try:
        solution = load_solution(solution_path)
    except SolutionFormatError as exc:
        _console(err=True).print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_UNREADABLE) from None
    violations = verify(problem, solution)
    console = _console()
    if violations:
        console.print(f"[red]{escape(str(solution_path))}: {len(violations)} violations[/red]")
        for violation in violations:
            console.print(f"  {violation}", markup=False)
        raise typer.Exit(EXIT_INVALID)
    console.print(
        f"{solution_path}: valid; {len(solution.served_stop_ids)} stops served, "
        f"{len(solution.unserved)} unserved with reasons"
    )
