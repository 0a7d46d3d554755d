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

from demo.calendar import demo_calendar
from demo.town import demo_town
from routing.model import Solution, SolveParams
from routing.solve import solve
from routing.verify import verify
from scheduler.day_plan import Town
from scheduler.due import deliveries_on
from scheduler.problem import TravelMatrix, explain_off_road
from scheduler.simulation.apply import World, apply_changes, world_matrix, world_problem
from scheduler.simulation.kpis import Row, shift_kpis
from scheduler.simulation.scenario import Changes, Costs, DaysSpec, Solver


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
    """The listed `dates`, or `days.sample` distinct dates drawn from the pool; sorted."""
    if days.dates is not None:
        return sorted(set(days.dates))
    pool = days.pool()
    picks = np.random.default_rng([seed, 3]).choice(len(pool), size=days.sample, replace=False)
    return sorted(pool[int(i)] for i in picks)


@functools.lru_cache(maxsize=1)
def base_town() -> Town:
    """The demo town, once per process (the graph loads from the on-disk cache)."""
    return demo_town()


PLACES = ("households", "add_households", "add_kitchens")
"""The changes that move points on the map: only they change the travel matrix."""


@functools.lru_cache(maxsize=8)
def _world(changes_json: str, seed: int) -> World:
    return apply_changes(base_town(), Changes.model_validate_json(changes_json), seed)


@functools.lru_cache(maxsize=4)
def _matrix(places_json: str, seed: int) -> TravelMatrix:
    return world_matrix(_world(places_json, seed))


def world_of(changes: Changes, seed: int) -> tuple[World, TravelMatrix]:
    """The changed town and its matrix, cached per process: a sweep over vans or shift times
    reuses one matrix (keyed by the households and kitchens only)."""
    world = _world(changes.model_dump_json(exclude_unset=True), seed)
    places = changes.model_dump_json(include=set(PLACES), exclude_unset=True)
    return world, _matrix(places, seed)


def solve_params(solver: Solver, seed: int) -> SolveParams:
    """Deterministic solver settings: work bounds decide, the wall clock is a safety net."""
    return SolveParams(
        time_limit_s=solver.time_limit_s,
        seed=seed,
        deterministic=True,
        pyvrp_iterations=solver.pyvrp_iterations,
        ortools_solutions=solver.ortools_solutions,
        drop_penalty=solver.drop_penalty,
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
        due = deliveries_on(town.households, date, shift, calendar).due
        crews = town.fleet.crews(shift)
        problem = world_problem(world, matrix, shift, due, crews, van_fixed_cost(run.costs))
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
