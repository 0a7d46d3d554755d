"""Plan a week of home visits: days and teams first, then each team's day on the engine.

`plan_week` assigns every visit to a team-day (`scheduler.visits.assign`), routes each
team-day with its windows, skills, working hours and lunch break (`scheduler.visits.problem`),
then tries each visit the engine left out on other team-days (cheapest first, kept only when
that team-day serves it and all it had). A visit that no team-day takes is listed with the
reason. `check_week` is the independent check: every team-day passes `routing.verify`, every
visit is served once on an allowed day by a team with its skills, or listed with a reason.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from domain.visits import Office, Team, Visit
from routing.model import Problem, Solution, SolveParams
from routing.model import Visit as RoutedVisit
from routing.solve import solve
from routing.verify import verify
from scheduler.visits.assign import (
    AssignParams,
    NotPlaced,
    TeamDayKey,
    assign_week,
    local_xy,
    need_min,
)
from scheduler.visits.problem import VisitMatrix, team_day_problem, team_of_vehicle

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): "assign", "route", "repair"."""

WORKDAYS = 5
"""Monday to Friday."""
REPAIR_TRIES = 3
"""Other team-days tried for a visit the engine left out."""


@dataclass(frozen=True, slots=True)
class WeekParams:
    """Engine budget per team-day, the seed, deterministic mode, and the assignment knobs."""

    time_limit_s: float = 2.0
    seed: int = 0
    deterministic: bool = False
    engine: str = "auto"
    assign: AssignParams = field(default_factory=AssignParams)
    workers: int = 1
    """Processes routing team-days side by side (each team-day is independent, so the plan is
    the same with any number)."""

    def solve_params(self) -> SolveParams:
        """The engine's settings for one team-day."""
        if self.deterministic:
            return SolveParams(
                time_limit_s=max(self.time_limit_s, 30.0),
                seed=self.seed,
                engine=self.engine,
                deterministic=True,
                pyvrp_iterations=300,
                ortools_solutions=30,
            )
        return SolveParams(time_limit_s=self.time_limit_s, seed=self.seed, engine=self.engine)


@dataclass(frozen=True, slots=True)
class VisitInputs:
    """What a week is planned from: the office, the teams, the visits and the travel matrix.

    `absent` maps a day to the staff codes off that day (ill, on leave)."""

    office: Office
    teams: Sequence[Team]
    visits: Sequence[Visit]
    matrix: VisitMatrix
    absent: Mapping[dt.date, frozenset[str]] = field(default_factory=dict)

    def teams_on(self, day: dt.date) -> list[Team]:
        """The teams working on `day`, without their absent members (empty teams left out)."""
        off = self.absent.get(day, frozenset())
        out = []
        for team in self.teams:
            t: Team | None = team
            for code in sorted(off):
                t = t.without(code) if t is not None else None
            if t is not None:
                out.append(t)
        return out


@dataclass
class TeamDay:
    """One routed team-day."""

    day: dt.date
    team: Team
    problem: Problem
    solution: Solution

    @property
    def key(self) -> TeamDayKey:
        return (self.day, self.team.code)

    def visit_times(self) -> dict[str, RoutedVisit]:
        """The engine's timing of every served visit, by id."""
        return {v.stop_id: v for r in self.solution.routes for t in r.trips for v in t.visits}


@dataclass
class WeekPlan:
    """A planned week: the routed team-days and the visits not placed, with reasons.

    `unplaced` maps a visit id to (reason code, detail): from the assignment (no day in the
    week, no team with the skills, team-days full, off road) or from routing (window, shift
    time …)."""

    week_start: dt.date
    days: tuple[dt.date, ...]
    visits: dict[str, Visit]
    team_days: dict[TeamDayKey, TeamDay]
    unplaced: dict[str, tuple[str, str]]
    repaired: int = 0
    wall_s: float = 0.0

    def served(self) -> dict[str, TeamDayKey]:
        """The team-day of every served visit."""
        return {
            ident: key
            for key, td in self.team_days.items()
            for ident in td.solution.served_stop_ids
        }

    @property
    def driving_s(self) -> int:
        return sum(td.solution.driving_s for td in self.team_days.values())

    @property
    def distance_m(self) -> int:
        return sum(td.solution.distance_m for td in self.team_days.values())

    def continuity(self) -> tuple[int, int]:
        """(visits served whose person had a team last time, of them with that same team)."""
        return continuity_of(self.visits, self.served())


def continuity_of(visits: Mapping[str, Visit], served: Mapping[str, TeamDayKey]) -> tuple[int, int]:
    """(served visits with a previous team, of them served by that team)."""
    with_previous = [i for i in served if visits[i].last_team is not None]
    same = sum(1 for i in with_previous if served[i][1] == visits[i].last_team)
    return len(with_previous), same


def week_days(week_start: dt.date) -> tuple[dt.date, ...]:
    """Monday to Friday of the week starting `week_start` (a Monday)."""
    if week_start.isoweekday() != 1:
        raise ValueError(f"{week_start} is not a Monday; a visit week starts on a Monday")
    return tuple(week_start + dt.timedelta(days=k) for k in range(WORKDAYS))


def route_team_day(
    inputs: VisitInputs, day: dt.date, team: Team, visits: Sequence[Visit], params: WeekParams
) -> TeamDay:
    """Route one team's day with the engine."""
    problem = team_day_problem(inputs.office, inputs.matrix, team, visits)
    return TeamDay(day, team, problem, solve(problem, params.solve_params()))


def plan_week(
    inputs: VisitInputs,
    week_start: dt.date,
    params: WeekParams | None = None,
    progress: Progress | None = None,
    fixed: Mapping[str, TeamDayKey] | None = None,
) -> WeekPlan:
    """Assign, route and repair the week (module docstring)."""
    params = params or WeekParams()
    started = time.perf_counter()
    tick = progress or (lambda stage, done, total: None)
    days = week_days(week_start)
    teams_by_day = {d: inputs.teams_on(d) for d in days}
    by_id = {v.id: v for v in inputs.visits}
    off = {v.id for v in inputs.visits if _off_road(inputs.matrix, v)}
    routable = [v for v in inputs.visits if v.id not in off]
    tick("assign", 0, 1)
    xy = local_xy(routable, inputs.office.lat, inputs.office.lon)
    assignment = assign_week(routable, teams_by_day, xy, (0.0, 0.0), params.assign, fixed)
    tick("assign", 1, 1)
    plan = WeekPlan(week_start, days, by_id, {}, {})
    for v in sorted(off):
        plan.unplaced[v] = (NotPlaced.OFF_ROAD, inputs.matrix.off_road[_home(by_id[v])])
    for ident, reason in assignment.unplaced.items():
        plan.unplaced[ident] = (reason, "")
    keys = [(d, t.code) for d in days for t in teams_by_day[d]]
    teams = {(d, t.code): t for d in days for t in teams_by_day[d]}
    jobs = [(key[0], teams[key], [by_id[i] for i in assignment.on(key)]) for key in keys]
    for k, td in enumerate(_route_all(inputs, jobs, params)):
        plan.team_days[td.key] = td
        tick("route", k + 1, len(keys))
    repair(inputs, plan, params, tick)
    plan.wall_s = time.perf_counter() - started
    return plan


def _route_all(
    inputs: VisitInputs, jobs: Sequence[tuple[dt.date, Team, list[Visit]]], params: WeekParams
) -> Iterator[TeamDay]:
    """Route every team-day, in order; on `params.workers` processes when more than one."""
    if params.workers <= 1 or len(jobs) < 2:
        for day, team, members in jobs:
            yield route_team_day(inputs, day, team, members, params)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=params.workers) as pool:
        futures = [
            pool.submit(route_team_day, inputs, day, team, members, params)
            for day, team, members in jobs
        ]
        for future in futures:
            yield future.result()


def _home(visit: Visit) -> str:
    from scheduler.visits.problem import home_key

    return home_key(visit)


def _off_road(matrix: VisitMatrix, visit: Visit) -> bool:
    return _home(visit) in matrix.off_road


def _cost(visit: Visit, td: TeamDay, xy: Mapping[str, tuple[float, float]], cm: float) -> float:
    ids = td.solution.served_stop_ids
    if ids:
        cx = sum(xy[i][0] for i in ids) / len(ids)
        cy = sum(xy[i][1] for i in ids) / len(ids)
    else:
        cx = cy = 0.0
    cost = math.hypot(xy[visit.id][0] - cx, xy[visit.id][1] - cy)
    if visit.last_team is not None and td.team.code != visit.last_team:
        cost += cm
    return cost


def repair(
    inputs: VisitInputs,
    plan: WeekPlan,
    params: WeekParams,
    tick: Progress,
    days: Sequence[dt.date] | None = None,
    only: Collection[TeamDayKey] | None = None,
) -> None:
    """Offer each visit the engine left out (of the team-days `only`, default all) to other
    team-days on `days` (cheapest first, up to `REPAIR_TRIES`); kept when that team-day then
    serves it and everything it had."""
    allowed_days = set(days if days is not None else plan.days)
    left = sorted(
        (u.stop_id, u.reason.value, u.detail)
        for key, td in plan.team_days.items()
        if only is None or key in only
        for u in td.solution.unserved
    )
    xy = local_xy(list(plan.visits.values()), inputs.office.lat, inputs.office.lon)
    for k, (ident, reason, detail) in enumerate(left):
        tick("repair", k, len(left))
        visit = plan.visits[ident]
        source = next(key for key, td in plan.team_days.items() if ident in _stop_ids(td))
        candidates = [
            td
            for key, td in plan.team_days.items()
            if key != source
            and key[0] in allowed_days
            and visit.allowed_on(key[0])
            and visit.may_do(td.team)
            and _minutes_left(td, params) >= need_min(visit, params.assign)
        ]
        candidates.sort(key=lambda td: (_cost(visit, td, xy, params.assign.continuity_m), td.key))
        placed = False
        for td in candidates[:REPAIR_TRIES]:
            members = [plan.visits[i] for i in _stop_ids(td)] + [visit]
            trial = route_team_day(inputs, td.day, td.team, members, params)
            if not trial.solution.unserved:
                old = plan.team_days[source]
                kept = [plan.visits[i] for i in _stop_ids(old) if i != ident]
                plan.team_days[td.key] = trial
                plan.team_days[source] = TeamDay(
                    old.day,
                    old.team,
                    team_day_problem(inputs.office, inputs.matrix, old.team, kept),
                    _drop(old.solution, ident),
                )
                plan.repaired += 1
                placed = True
                break
        if not placed:
            plan.unplaced[ident] = (reason, detail)
    tick("repair", len(left), len(left))


def _stop_ids(td: TeamDay) -> list[str]:
    return [s.id for s in td.problem.stops]


def _minutes_left(td: TeamDay, params: WeekParams) -> float:
    from scheduler.visits.assign import team_day_budget

    used = sum(s.service_s for s in td.problem.stops) / 60 + params.assign.travel_min * len(
        td.problem.stops
    )
    return team_day_budget(td.team, params.assign) - used


def _drop(solution: Solution, ident: str) -> Solution:
    """The solution without the unserved entry of `ident` (it moved to another team-day)."""
    from dataclasses import replace

    return replace(solution, unserved=tuple(u for u in solution.unserved if u.stop_id != ident))


def check_week(plan: WeekPlan, ignore: Collection[str] = ()) -> list[str]:
    """Independent check (module docstring); an empty list means the week is sound. Visits in
    `ignore` (with an outcome, kept out of a re-plan) need not be served nor listed."""
    problems: list[str] = []
    served: dict[str, list[TeamDayKey]] = {}
    for key, td in sorted(plan.team_days.items()):
        problems += [f"{key[0]} {key[1]}: {v}" for v in verify(td.problem, td.solution)]
        for route in td.solution.routes:
            if team_of_vehicle(route.vehicle_id) != td.team.code:
                problems.append(f"{key}: vehicle {route.vehicle_id} is not team {td.team.code}")
        for ident in td.solution.served_stop_ids:
            served.setdefault(ident, []).append(key)
    for ident, visit in plan.visits.items():
        keys = served.get(ident, [])
        if len(keys) > 1:
            problems.append(f"{ident} served {len(keys)} times")
        elif keys:
            day, code = keys[0]
            team = plan.team_days[keys[0]].team
            if not visit.allowed_on(day):
                problems.append(f"{ident} on {day}, outside its days")
            if not visit.may_do(team):
                problems.append(f"{ident} by team {code}, who lacks {visit.required_skills}")
            if ident in plan.unplaced:
                problems.append(f"{ident} both served and listed unplaced")
        elif ident not in plan.unplaced and ident not in ignore:
            problems.append(f"{ident} neither served nor listed with a reason")
    return problems
