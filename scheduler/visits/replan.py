"""Re-plan a day when a team member is ill: the team loses the person and their skills.

The ill member's team works on with whoever is left (with their skills only), or not at all
when nobody is. Its visits that the smaller team can no longer do, or that no longer fit,
go to other teams that day or to a later day of the week within their day range (cheapest
first, continuity kept where it can be: `scheduler.visits.assign` with every other visit
fixed where it was); only the team-days that changed are routed again. Every visit that
moved, changed time by `RETIME_S` or more, or was left out is in the change list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from domain.visits import Team
from scheduler.visits.assign import TeamDayKey, assign_week, local_xy
from scheduler.visits.week import (
    VisitInputs,
    WeekParams,
    WeekPlan,
    repair,
    route_team_day,
)

RETIME_S = 15 * 60
"""A visit whose planned arrival moves this much or more is listed as re-timed."""


class ChangeKind(StrEnum):
    """What happened to a visit in a re-plan (labels in `domain.lang`)."""

    OTHER_TEAM = "other_team"
    OTHER_DAY = "other_day"
    RETIMED = "retimed"
    UNPLACED = "unplaced"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a visit is planned: day, team and arrival (seconds since midnight)."""

    day: dt.date
    team: str
    arrival_s: int


@dataclass(frozen=True, slots=True)
class VisitChange:
    """One visit's change: before and after (None when not planned), and why."""

    visit_id: str
    kind: ChangeKind
    before: Placement | None
    after: Placement | None
    reason: str = ""


@dataclass
class DayReplan:
    """The week after the re-plan, and what changed."""

    plan: WeekPlan
    changes: list[VisitChange]
    team: str
    staff: str
    day: dt.date


class UnknownStaffError(ValueError):
    """No team has a member with this code; the message lists the codes there are."""


def team_of_staff(teams: Sequence[Team], staff_code: str) -> Team:
    """The team `staff_code` belongs to."""
    for team in teams:
        if any(m.code == staff_code for m in team.staff):
            return team
    known = ", ".join(m.code for t in teams for m in t.staff)
    raise UnknownStaffError(f"no team member {staff_code!r}; known: {known}")


def placements(plan: WeekPlan) -> dict[str, Placement]:
    """Where every served visit of `plan` is."""
    out = {}
    for (day, code), td in plan.team_days.items():
        for ident, v in td.visit_times().items():
            out[ident] = Placement(day, code, v.arrival_s)
    return out


def replan_day(
    inputs: VisitInputs,
    plan: WeekPlan,
    day: dt.date,
    staff_code: str,
    params: WeekParams | None = None,
    done: Collection[str] = (),
) -> DayReplan:
    """Plan `day` (and later days of the week) again without `staff_code` (module docstring).

    Visits in `done` already have an outcome: they stay out of the re-plan (and of the
    change list), wherever they were."""
    params = params or WeekParams()
    if day not in plan.days:
        raise ValueError(f"{day} is not a day of the week of {plan.week_start}")
    team = team_of_staff(inputs.teams, staff_code)
    absent = dict(inputs.absent)
    absent[day] = frozenset(absent.get(day, frozenset()) | {staff_code})
    ill_inputs = replace(inputs, absent=absent)
    key: TeamDayKey = (day, team.code)
    served = plan.served()
    displaced = sorted(i for i, k in served.items() if k == key and i not in done)
    later = [d for d in plan.days if d >= day]
    teams_by_day = {d: ill_inputs.teams_on(d) for d in later}
    fixed = {i: k for i, k in served.items() if k != key and k[0] >= day and i not in done}
    ids = sorted(set(fixed) | set(displaced))
    visits = [plan.visits[i] for i in ids]
    xy = local_xy(visits, inputs.office.lat, inputs.office.lon)
    assignment = assign_week(visits, teams_by_day, xy, (0.0, 0.0), params.assign, fixed)
    changed = {key} | {assignment.of[i] for i in displaced if i in assignment.of}
    new = WeekPlan(
        plan.week_start,
        plan.days,
        plan.visits,
        dict(plan.team_days),
        dict(plan.unplaced),
    )
    new.team_days.pop(key, None)
    for k in sorted(changed):
        working = next((t for t in teams_by_day[k[0]] if t.code == k[1]), None)
        if working is None:
            continue
        members = [plan.visits[i] for i in assignment.on(k)]
        new.team_days[k] = route_team_day(ill_inputs, k[0], working, members, params)
    for ident in displaced:
        if ident not in assignment.of:
            new.unplaced[ident] = (assignment.unplaced.get(ident, "team_days_full"), "")
    repair(ill_inputs, new, params, lambda *a: None, days=later, only=changed)
    changes = [c for c in _changes(plan, new) if c.visit_id not in done]
    return DayReplan(new, changes, team.code, staff_code, day)


def _changes(before: WeekPlan, after: WeekPlan) -> list[VisitChange]:
    old, new = placements(before), placements(after)
    out = []
    for ident in sorted(set(old) | set(new)):
        a, b = old.get(ident), new.get(ident)
        if a == b:
            continue
        if b is None:
            reason = after.unplaced.get(ident, ("", ""))[0]
            out.append(VisitChange(ident, ChangeKind.UNPLACED, a, None, reason))
        elif a is None:
            out.append(VisitChange(ident, ChangeKind.OTHER_DAY, None, b))
        elif a.day != b.day:
            out.append(VisitChange(ident, ChangeKind.OTHER_DAY, a, b))
        elif a.team != b.team:
            out.append(VisitChange(ident, ChangeKind.OTHER_TEAM, a, b))
        elif abs(a.arrival_s - b.arrival_s) >= RETIME_S:
            out.append(VisitChange(ident, ChangeKind.RETIMED, a, b))
    return out
