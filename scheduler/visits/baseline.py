"""The baseline of the visits benchmark: how a week is planned without Sofra's week planner.

Each visit goes on the day it was asked for (its appointment day, else the first day of its
range), and each day's visits are routed by PyVRP alone over all teams at once, each team one
vehicle for its whole working day: no lunch break, no continuity (the solver picks any team
with the skills). Windows and skills are still honoured, so the plans pass the verifier.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

from domain.clock import hhmm_to_s
from domain.visits import Team
from routing.model import Problem, Solution, SolveParams, Vehicle
from routing.solve import solve
from routing.verify import verify
from scheduler.visits.assign import TeamDayKey
from scheduler.visits.problem import OFFICE_ID, SLOTS, routing_problem
from scheduler.visits.week import VisitInputs, continuity_of, week_days


@dataclass
class BaselineWeek:
    """The baseline's day problems and solutions (one route per team and day)."""

    week_start: dt.date
    days: dict[dt.date, tuple[Problem, Solution]] = field(default_factory=dict)
    outside: list[str] = field(default_factory=list)
    wall_s: float = 0.0

    def served(self) -> dict[str, TeamDayKey]:
        """The team-day of every served visit."""
        return {
            v.stop_id: (day, r.vehicle_id)
            for day, (_p, s) in self.days.items()
            for r in s.routes
            for t in r.trips
            for v in t.visits
        }

    def violations(self) -> list[str]:
        """What the verifier finds, per day."""
        return [f"{d}: {v}" for d, (p, s) in self.days.items() for v in verify(p, s)]


def whole_day_vehicles(teams: list[Team]) -> list[Vehicle]:
    """Each team as one vehicle from start to end of its day, lunch ignored."""
    return [
        Vehicle(
            id=t.code,
            start_depot=OFFICE_ID,
            end_depot=OFFICE_ID,
            shift_start_s=hhmm_to_s(t.starts),
            shift_end_s=hhmm_to_s(t.ends),
            capacity=(SLOTS,),
            skills=t.skills,
            max_trips=1,
        )
        for t in teams
    ]


def plan_baseline(inputs: VisitInputs, week_start: dt.date, params: SolveParams) -> BaselineWeek:
    """The baseline week (module docstring); `params.engine` is forced to "pyvrp"."""
    started = time.perf_counter()
    days = week_days(week_start)
    out = BaselineWeek(week_start)
    by_day: dict[dt.date, list] = {d: [] for d in days}
    for v in inputs.visits:
        day = v.appointment.day if v.appointment is not None else v.earliest
        if day in by_day:
            by_day[day].append(v)
        else:
            out.outside.append(v.id)
    pyvrp = SolveParams(
        time_limit_s=params.time_limit_s,
        seed=params.seed,
        engine="pyvrp",
        deterministic=params.deterministic,
        pyvrp_iterations=params.pyvrp_iterations,
    )
    for day in days:
        problem = routing_problem(
            inputs.office, inputs.matrix, whole_day_vehicles(inputs.teams_on(day)), by_day[day]
        )
        out.days[day] = (problem, solve(problem, pyvrp))
    out.wall_s = time.perf_counter() - started
    return out


def baseline_continuity(inputs: VisitInputs, week: BaselineWeek) -> tuple[int, int]:
    """(served visits with a previous team, of them with that team) in the baseline."""
    return continuity_of({v.id: v for v in inputs.visits}, week.served())


def lunch_overlaps(inputs: VisitInputs, week: BaselineWeek) -> int:
    """Visits the baseline puts across a team's lunch break (at a door during lunch)."""
    teams = {t.code: t for t in inputs.teams}
    n = 0
    for _day, (_p, s) in week.days.items():
        for r in s.routes:
            team = teams[r.vehicle_id]
            lo, hi = hhmm_to_s(team.lunch_starts), hhmm_to_s(team.lunch_ends)
            n += sum(1 for t in r.trips for v in t.visits if v.start_s < hi and v.departure_s > lo)
    return n
