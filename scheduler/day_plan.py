"""Plan one shift of one day: due households → routing problem → verified, consistent plan.

The routing problem comes from `scheduler.problem` (the one builder, shared with simulation).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from domain.calendar import Calendar
from domain.fleet import Crew, Fleet
from domain.households import Household
from domain.kitchens import Kitchen
from geodata.road import RoadGraph
from routing.model import Problem, Solution, SolveParams
from routing.solve import solve
from routing.verify import verify
from scheduler.consistency import (
    drivers_by_household,
    keep_drivers,
    keep_households,
    same_driver_share,
)
from scheduler.due import Held, deliveries_on
from scheduler.problem import explain_off_road, kitchen_problem
from scheduler.settings import SchedulerSettings


@dataclass(slots=True)
class Town:
    """Everything a day's planning reads: road graph, households, kitchen, fleet, settings."""

    road: RoadGraph
    households: list[Household]
    kitchen: Kitchen
    fleet: Fleet
    settings: SchedulerSettings = field(default_factory=SchedulerSettings)


@dataclass(frozen=True, slots=True)
class ShiftPlan:
    """A verified plan of one shift, with what it was planned from.

    `households` are the households due (served or unserved); `held` those that would be due
    but are on hold or cancelled, with the reason (reported, never planned). `version` starts
    at 1 and grows with each re-plan; `changes` says what a re-plan changed.
    `same_driver_share` compares with the previous day's plan (None without one).
    """

    day: dt.date
    shift: str
    version: int
    problem: Problem
    solution: Solution
    households: Mapping[str, Household]
    crews: tuple[Crew, ...]
    violations: tuple[str, ...]
    same_driver_share: float | None = None
    changes: tuple[str, ...] = ()
    held: tuple[Held, ...] = ()

    @property
    def unserved_refs(self) -> set[str]:
        """Households due in this shift that no route serves."""
        return {u.stop_id for u in self.solution.unserved}


def plan_shift(
    town: Town,
    day: dt.date,
    shift: str,
    calendar: Calendar | None = None,
    previous: ShiftPlan | None = None,
    params: SolveParams | None = None,
) -> ShiftPlan:
    """Plan `shift` on `day` for the households due, keeping yesterday's drivers where free.

    `previous` is the plan of the same shift on an earlier day (route consistency). The
    returned plan has passed the independent verifier; its violations are listed if not.
    """
    params = params or town.settings.solve_params()
    deliveries = deliveries_on(town.households, day, shift, calendar)
    crews = tuple(town.fleet.crews(shift))
    problem, off_road = kitchen_problem(
        town.road, town.settings, town.kitchen, shift, deliveries.due, crews
    )
    solution = explain_off_road(solve(problem, params), off_road)
    share = None
    if previous is not None:
        before = drivers_by_household(previous.solution)
        solution = keep_drivers(problem, solution, before)
        solution = keep_households(problem, solution, before, town.settings.consistency_penalty_s)
        share = same_driver_share(before, solution)
    violations = tuple(str(v) for v in verify(problem, solution))
    return ShiftPlan(
        day=day,
        shift=shift,
        version=1,
        problem=problem,
        solution=solution,
        households={h.ref: h for h in deliveries.due},
        crews=crews,
        violations=violations,
        same_driver_share=share,
        held=deliveries.held,
    )
