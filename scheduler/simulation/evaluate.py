"""Evaluate one run of a scenario on one sampled day: plan each shift, return KPI rows.

`evaluate_day` is what a Dask worker runs. It receives only the run's parameters (a small
dict); the road graph and the changed town are built once per worker process through cached
functions (the graph itself comes from the on-disk cache), never shipped with a task.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict

from routing.model import Solution, SolveParams
from routing.solve import solve
from routing.verify import verify
from scheduler.calendar import deliveries_on, demo_calendar
from scheduler.day_plan import Town, explain_off_road
from scheduler.demo_town import demo_town
from scheduler.simulation.apply import World, apply_changes
from scheduler.simulation.kpis import Row, shift_kpis
from scheduler.simulation.problem import WorldMatrix, shift_problem, world_matrix
from scheduler.simulation.scenario import Changes, Costs, DaysSpec, Solver
from scheduler.simulation.settings import SimulationSettings


class RunSpec(BaseModel):
    """Everything a worker needs to evaluate one run (one point of the grid), and no more."""

    model_config = ConfigDict(frozen=True)

    index: int
    label: str
    variant: str
    point: dict[str, float | int]
    changes: Changes
    seed: int
    shifts: tuple[str, ...]
    solver: Solver
    costs: Costs


def sample_days(days: DaysSpec, seed: int) -> list[dt.date]:
    """`days.sample` distinct dates from the range (weekday filter applied), sorted."""
    span = (days.end - days.start).days + 1
    pool = [days.start + dt.timedelta(d) for d in range(span)]
    if days.weekdays:
        pool = [d for d in pool if d.isoweekday() in days.weekdays]
    if len(pool) < days.sample:
        raise ValueError(
            f"days: {days.sample} days asked for but the range has {len(pool)}; widen it"
        )
    picks = np.random.default_rng([seed, 3]).choice(len(pool), size=days.sample, replace=False)
    return sorted(pool[int(i)] for i in picks)


@functools.lru_cache(maxsize=1)
def base_town() -> Town:
    """The demo town, once per process (the graph loads from the on-disk cache)."""
    return demo_town()


@functools.lru_cache(maxsize=8)
def _world(changes_json: str, seed: int) -> tuple[World, WorldMatrix]:
    world = apply_changes(base_town(), Changes.model_validate_json(changes_json), seed)
    return world, world_matrix(world)


def world_of(changes: Changes, seed: int) -> tuple[World, WorldMatrix]:
    """The changed town and its matrix, cached per process by the changes and seed."""
    return _world(changes.model_dump_json(exclude_unset=True), seed)


def solve_params(solver: Solver, seed: int) -> SolveParams:
    """Deterministic solver settings: work bounds decide, the wall clock is a safety net."""
    return SolveParams(
        time_limit_s=solver.time_limit_s,
        seed=seed,
        deterministic=True,
        pyvrp_iterations=solver.pyvrp_iterations,
        ortools_solutions=solver.ortools_solutions,
        drop_penalty=SimulationSettings().drop_penalty,
    )


def van_fixed_cost(costs: Costs) -> int:
    """A van's cost in the solver's unit (driving seconds), from the per-van and hourly costs."""
    if costs.per_hour_try <= 0:
        return 3600
    return round(3600 * costs.per_van_try / costs.per_hour_try)


def evaluate_day(spec: RunSpec | dict[str, Any], day: dt.date | str) -> list[Row]:
    """KPI rows (one per shift) of `spec` on `day`; the same inputs give the same rows."""
    run = spec if isinstance(spec, RunSpec) else RunSpec.model_validate(spec)
    date = day if isinstance(day, dt.date) else dt.date.fromisoformat(day)
    world, matrix = world_of(run.changes, run.seed)
    town = world.town
    calendar = demo_calendar(town.households, date, seed=run.seed)
    rows = []
    for shift in run.shifts:
        due = deliveries_on(town.households, date, shift, calendar)
        crews = town.fleet.crews(shift)
        problem = shift_problem(world, matrix, shift, due, crews, van_fixed_cost(run.costs))
        solution = (
            explain_off_road(solve(problem, solve_params(run.solver, run.seed)), matrix.off_road)
            if due
            else Solution((), (), 0, 0, 0, 0)
        )
        violations = len(verify(problem, solution))
        row: Row = {
            "run": run.index,
            "label": run.label,
            "variant": run.variant,
            **run.point,
            "households": len(town.households),
            "vans": len(town.fleet.vans),
            "kitchens": len(world.kitchens),
            "ride_limit_min": town.settings.max_ride_min,
            "day": date.isoformat(),
            "weekday": date.isoweekday(),
            "shift": shift,
        }
        row.update(shift_kpis(solution, due, run.costs, violations))
        rows.append(row)
    return rows
