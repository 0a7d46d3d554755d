"""Give each visit of the week a day and a team: greedy, most constrained first, by cost.

Cost of a visit on a team-day: how far its home lies from the team-day's centre (so a team's
day covers one compact area), a penalty when the team is not the one who saw the person last
time (continuity of care), and a small price for a fuller day (an even spread). A team-day
holds visits up to its working minutes less the legs to and from the office, each visit
taking its time at the door plus an estimate of the drive to it. Centres start from each
team's previous people (else a sweep around the office) and are refined a few rounds
(k-means style). Everything is sorted by id, so the same input gives the same assignment.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from domain.visits import Team, Visit

XY = tuple[float, float]
TeamDayKey = tuple[dt.date, str]
"""(day, team code)."""


class NotPlaced:
    """Reason codes of a visit that got no team-day (labels in `domain.lang`)."""

    NO_DAY_IN_WEEK = "no_day_in_week"
    NO_TEAM_WITH_SKILLS = "no_team_with_skills"
    TEAM_DAYS_FULL = "team_days_full"
    OFF_ROAD = "off_road"


@dataclass(frozen=True, slots=True)
class AssignParams:
    """Knobs of the assignment, in metres of detour they are worth or minutes they take.

    `continuity_m`: leaving the person's last team costs as much as a centre this much further
    away. `travel_min`: the drive to a visit, on average. `office_min`: one leg between the
    office and the area (four per day: out, lunch back and out, home). `fill`: share of a
    team-day's minutes given out, the rest kept for the real routes."""

    continuity_m: float = 2500.0
    travel_min: float = 4.0
    office_min: float = 4.0
    fill: float = 0.92
    load_m: float = 600.0
    rounds: int = 3


@dataclass
class WeekAssignment:
    """The team-day of every placed visit, the minutes used, and why the others have none."""

    of: dict[str, TeamDayKey]
    unplaced: dict[str, str]
    used_min: dict[TeamDayKey, float] = field(default_factory=dict)
    budget_min: dict[TeamDayKey, float] = field(default_factory=dict)

    def on(self, key: TeamDayKey) -> list[str]:
        """Visit ids of one team-day, in id order."""
        return sorted(i for i, k in self.of.items() if k == key)


def need_min(visit: Visit, params: AssignParams) -> float:
    """Minutes a visit takes of a team-day: at the door, plus the drive to it."""
    return visit.duration_min + params.travel_min


def team_day_budget(team: Team, params: AssignParams) -> float:
    """Minutes of a team-day given to visits (module docstring)."""
    return team.working_min() * params.fill - 4 * params.office_min


def options(visit: Visit, teams_by_day: Mapping[dt.date, Sequence[Team]]) -> list[TeamDayKey]:
    """Every team-day allowed for `visit` (the day allowed, the team has the skills)."""
    return [
        (day, team.code)
        for day in sorted(teams_by_day)
        if visit.allowed_on(day)
        for team in teams_by_day[day]
        if visit.may_do(team)
    ]


def why_not(visit: Visit, teams_by_day: Mapping[dt.date, Sequence[Team]]) -> str:
    """The reason a visit has no team-day option at all."""
    days = [d for d in teams_by_day if visit.allowed_on(d)]
    if not days or not any(teams_by_day[d] for d in days):
        return NotPlaced.NO_DAY_IN_WEEK
    return NotPlaced.NO_TEAM_WITH_SKILLS


def _mean(points: Sequence[XY]) -> XY:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _initial_centres(
    visits: Sequence[Visit],
    keys: Sequence[TeamDayKey],
    xy: Mapping[str, XY],
    origin: XY,
) -> dict[TeamDayKey, XY]:
    """A team's previous people's centre where it has some; a sweep share otherwise."""
    order = sorted(
        visits, key=lambda v: (math.atan2(xy[v.id][1] - origin[1], xy[v.id][0] - origin[0]), v.id)
    )
    codes = sorted({k[1] for k in keys})
    sweep: dict[str, list[XY]] = defaultdict(list)
    for rank, v in enumerate(order):
        sweep[codes[rank * len(codes) // max(1, len(order))]].append(xy[v.id])
    previous: dict[str, list[XY]] = defaultdict(list)
    for v in visits:
        if v.last_team is not None:
            previous[v.last_team].append(xy[v.id])
    centre: dict[str, XY] = {}
    for code in codes:
        points = previous.get(code) or sweep.get(code)
        centre[code] = _mean(points) if points else origin
    return {k: centre[k[1]] for k in keys}


def assign_week(
    visits: Sequence[Visit],
    teams_by_day: Mapping[dt.date, Sequence[Team]],
    xy: Mapping[str, XY],
    origin: XY,
    params: AssignParams | None = None,
    fixed: Mapping[str, TeamDayKey] | None = None,
) -> WeekAssignment:
    """Place every visit on a team-day (module docstring); `fixed` visits keep theirs."""
    params = params or AssignParams()
    fixed = dict(fixed or {})
    teams = {(d, t.code): t for d, ts in teams_by_day.items() for t in ts}
    keys = sorted(teams)
    budget = {k: team_day_budget(teams[k], params) for k in keys}
    choices = {v.id: options(v, teams_by_day) for v in visits}
    todo = [v for v in visits if v.id not in fixed]
    unplaced = {v.id: why_not(v, teams_by_day) for v in todo if not choices[v.id]}
    todo = [v for v in todo if choices[v.id]]
    todo.sort(key=lambda v: (len(choices[v.id]), -v.duration_min, v.id))
    by_id = {v.id: v for v in visits}
    centres = _initial_centres(todo, keys, xy, origin) if keys else {}
    result = WeekAssignment({}, dict(unplaced))
    for _ in range(max(1, params.rounds)):
        result = _greedy(todo, by_id, choices, centres, budget, xy, params, fixed, unplaced)
        groups: dict[TeamDayKey, list[XY]] = defaultdict(list)
        for ident, key in result.of.items():
            groups[key].append(xy[ident])
        centres = {k: _mean(groups[k]) if groups[k] else centres[k] for k in keys}
    return result


def _greedy(
    todo: Sequence[Visit],
    by_id: Mapping[str, Visit],
    choices: Mapping[str, Sequence[TeamDayKey]],
    centres: Mapping[TeamDayKey, XY],
    budget: Mapping[TeamDayKey, float],
    xy: Mapping[str, XY],
    params: AssignParams,
    fixed: Mapping[str, TeamDayKey],
    unplaced: Mapping[str, str],
) -> WeekAssignment:
    """One pass: each visit to its cheapest team-day with minutes left."""
    used: dict[TeamDayKey, float] = defaultdict(float)
    of: dict[str, TeamDayKey] = {}
    for ident, key in sorted(fixed.items()):
        of[ident] = key
        used[key] += need_min(by_id[ident], params)
    out = dict(unplaced)
    for v in todo:
        need = need_min(v, params)
        best: tuple[float, TeamDayKey] | None = None
        for key in choices[v.id]:
            if used[key] + need > budget[key]:
                continue
            c = centres[key]
            cost = math.hypot(xy[v.id][0] - c[0], xy[v.id][1] - c[1])
            if v.last_team is not None and key[1] != v.last_team:
                cost += params.continuity_m
            cost += params.load_m * used[key] / max(1.0, budget[key])
            if best is None or (cost, key) < best:
                best = (cost, key)
        if best is None:
            out[v.id] = NotPlaced.TEAM_DAYS_FULL
            continue
        of[v.id] = best[1]
        used[best[1]] += need
    return WeekAssignment(of, out, dict(used), dict(budget))


def local_xy(visits: Sequence[Visit], lat0: float, lon0: float) -> dict[str, XY]:
    """Metres east/north of (`lat0`, `lon0`) of every visit's home."""
    cos = math.cos(math.radians(lat0))
    return {v.id: ((v.lon - lon0) * 111_320.0 * cos, (v.lat - lat0) * 111_320.0) for v in visits}
