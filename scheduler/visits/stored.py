"""Plan a week of visits from the store and save it; re-plan a stored week's day.

The week's planned visits are read with each person's last team (the team of their latest
visit made, else the one recorded on the visit), the teams with their staff; the plan must
pass `check_week` before it is saved as a new version of the week (`store.repositories
.visits.save_week_plan`). A stored plan keeps each team-day's staff, visits and the engine's
solution, so a day re-plan starts from exactly what was saved. Visits that already have an
outcome stay where they were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from domain.visits import VisitStatus
from geodata.road import RoadGraph
from routing.jsonio import solution_from_dict, solution_to_dict
from scheduler.stored import PlanningError
from scheduler.visits.problem import team_day_problem, team_of_vehicle, visit_matrix
from scheduler.visits.replan import VisitChange, replan_day
from scheduler.visits.settings import VisitSettings
from scheduler.visits.week import TeamDay, VisitInputs, WeekPlan, check_week, plan_week, week_days
from store.db import session_scope
from store.models import VisitRow, VisitWeekPlanRow
from store.repositories import visits as repo

Progress = Callable[[float, str], None]
OnSave = Callable[[Session, Mapping[str, Any]], None]


class VisitPlanningError(PlanningError):
    """A week plan that failed its independent check, or nothing to plan."""


@dataclass
class SavedWeek:
    """A saved week plan: its id, version, counts and (after a re-plan) the change list."""

    plan_id: int
    version: int
    week_start: dt.date
    summary: dict[str, Any]
    changes: list[dict[str, Any]] = field(default_factory=list)

    def result(self) -> dict[str, Any]:
        """The job result."""
        return {
            "plan_id": self.plan_id,
            "version": self.version,
            "week_start": self.week_start.isoformat(),
            "changes": len(self.changes),
            **self.summary,
        }


def _ticker(progress: Progress | None) -> Callable[[str, int, int], None]:
    share = {"assign": (0.0, 0.05), "route": (0.05, 0.85), "repair": (0.9, 0.1)}

    def tick(stage: str, done: int, total: int) -> None:
        if progress is not None:
            lo, width = share.get(stage, (0.0, 1.0))
            progress(lo + width * done / max(1, total), f"{stage} {done}/{total}")

    return tick


def load_inputs(
    session: Session,
    road: RoadGraph,
    settings: VisitSettings,
    week_start: dt.date,
    extra: Sequence[VisitRow] = (),
) -> VisitInputs:
    """The week's planned visits (and `extra` ones) with last teams, the teams, the matrix."""
    rows = {r.id: r for r in [*repo.week_visits(session, week_start), *extra]}
    last = repo.last_teams(session, [r.person for r in rows.values()], week_start)
    visits = [repo.to_domain(r, last.get(r.person)) for _, r in sorted(rows.items())]
    office = settings.office()
    return VisitInputs(office, repo.teams(session), visits, visit_matrix(road, office, visits))


def week_document(plan: WeekPlan) -> dict[str, Any]:
    """The plan as stored: team-days (staff, visits, stops, the engine's solution), unplaced
    visits with reasons, and the summary."""
    team_days = []
    for (day, code), td in sorted(plan.team_days.items()):
        stops = [
            {
                "visit_id": int(v.stop_id),
                "half": r.vehicle_id.rsplit("-", 1)[1],
                "arrival_s": v.arrival_s,
                "start_s": v.start_s,
                "departure_s": v.departure_s,
            }
            for r in td.solution.routes
            for t in r.trips
            for v in t.visits
        ]
        team_days.append(
            {
                "day": day.isoformat(),
                "team": code,
                "staff": [m.code for m in td.team.staff],
                "visit_ids": [int(s.id) for s in td.problem.stops],
                "stops": sorted(stops, key=lambda s: int(str(s["arrival_s"]))),
                "driving_s": td.solution.driving_s,
                "distance_m": td.solution.distance_m,
                "solution": solution_to_dict(td.solution),
            }
        )
    unplaced = [
        {"visit_id": int(i), "reason": reason, "detail": detail}
        for i, (reason, detail) in sorted(plan.unplaced.items(), key=lambda kv: int(kv[0]))
    ]
    with_previous, same = plan.continuity()
    served = plan.served()
    summary = {
        "visits": len(plan.visits),
        "served": len(served),
        "unplaced": len(unplaced),
        "team_days": sum(1 for td in plan.team_days.values() if td.solution.served_stop_ids),
        "driving_s": plan.driving_s,
        "distance_m": plan.distance_m,
        "with_previous_team": with_previous,
        "same_team": same,
    }
    return {"team_days": team_days, "unplaced": unplaced, "summary": summary}


def plan_and_save_week(
    engine: Engine,
    road: RoadGraph,
    settings: VisitSettings,
    *,
    week_start: dt.date,
    actor: str,
    progress: Progress | None = None,
    on_save: OnSave | None = None,
) -> SavedWeek:
    """Plan the week from the store, check it, save it as a new version."""
    days = week_days(week_start)
    with session_scope(engine) as session:
        inputs = load_inputs(session, road, settings, days[0])
    if not inputs.visits:
        raise VisitPlanningError(f"no planned visit in the week of {week_start}")
    if not inputs.teams:
        raise VisitPlanningError("no visit team in the store; add teams first")
    plan = plan_week(inputs, week_start, settings.week_params(), _ticker(progress))
    return _save(engine, plan, actor, [], {}, on_save)


def _save(
    engine: Engine,
    plan: WeekPlan,
    actor: str,
    changes: list[dict[str, Any]],
    absent: Mapping[str, list[str]],
    on_save: OnSave | None,
    carried: Sequence[Mapping[str, Any]] = (),
    note: str = "",
) -> SavedWeek:
    problems = check_week(plan, ignore={str(c["stop"]["visit_id"]) for c in carried})
    if problems:
        raise VisitPlanningError("the week plan failed its check: " + "; ".join(problems[:5]))
    doc = week_document(plan)
    served = {str(i) for i in plan.served()}
    _carry(doc["team_days"], [c for c in carried if str(c["stop"]["visit_id"]) not in served])
    summary = {**doc["summary"], "absent": dict(absent)}
    with session_scope(engine) as session:
        row = repo.save_week_plan(
            session,
            week_start=plan.week_start,
            team_days=doc["team_days"],
            unplaced=doc["unplaced"],
            summary=summary,
            changes=changes,
            actor=actor,
            note=note,
        )
        saved = SavedWeek(row.id, row.version, plan.week_start, summary, changes)
        if on_save is not None:
            on_save(session, saved.result())
    return saved


def _carry(team_days: list[dict[str, Any]], carried: Sequence[Mapping[str, Any]]) -> None:
    """Put visits with an outcome back on their team-day, as they were."""
    for item in carried:
        target = next(
            (t for t in team_days if t["day"] == item["day"] and t["team"] == item["team"]), None
        )
        if target is None:
            target = {
                "day": item["day"],
                "team": item["team"],
                "staff": [],
                "visit_ids": [],
                "stops": [],
                "driving_s": 0,
                "distance_m": 0,
                "solution": None,
            }
            team_days.append(target)
        stops = [*target["stops"], dict(item["stop"])]
        target["stops"] = sorted(stops, key=lambda s: s["arrival_s"])
    team_days.sort(key=lambda t: (t["day"], t["team"]))


def stored_week(
    session: Session, road: RoadGraph, settings: VisitSettings, row: VisitWeekPlanRow
) -> tuple[VisitInputs, WeekPlan, set[str], list[dict[str, Any]]]:
    """A stored week plan as the planner's objects: the inputs, the plan, the visits with an
    outcome (kept out of a re-plan) and their stop entries (to carry over)."""
    ids = {int(i) for td in row.team_days for i in td.get("visit_ids", [])}
    ids |= {int(s["visit_id"]) for td in row.team_days for s in td["stops"]}
    ids |= {int(u["visit_id"]) for u in row.unplaced}
    rows = repo.visits_by_id(session, ids)
    inputs = load_inputs(session, road, settings, row.week_start, list(rows.values()))
    absent = {
        dt.date.fromisoformat(day): frozenset(codes)
        for day, codes in dict(row.summary.get("absent", {})).items()
    }
    inputs = VisitInputs(inputs.office, inputs.teams, inputs.visits, inputs.matrix, absent)
    by_id = {v.id: v for v in inputs.visits}
    teams = {t.code: t for t in inputs.teams}
    done = {str(i) for i, r in rows.items() if r.status != VisitStatus.PLANNED.value}
    carried = [
        {"day": td["day"], "team": td["team"], "stop": s}
        for td in row.team_days
        for s in td["stops"]
        if str(s["visit_id"]) in done
    ]
    known = {str(i): by_id[str(i)] for i in sorted(ids) if str(i) in by_id}
    plan = WeekPlan(row.week_start, week_days(row.week_start), known, {}, {})
    for td in row.team_days:
        if td.get("solution") is None or td["team"] not in teams:
            continue
        day = dt.date.fromisoformat(td["day"])
        base = teams[td["team"]]
        team = base
        for member in base.staff:
            if member.code not in td["staff"]:
                team = team.without(member.code) or team
        members = [known[str(i)] for i in td["visit_ids"] if str(i) in known]
        problem = team_day_problem(inputs.office, inputs.matrix, team, members)
        solution = solution_from_dict(td["solution"])
        if any(team_of_vehicle(r.vehicle_id) != team.code for r in solution.routes):
            continue
        plan.team_days[(day, team.code)] = TeamDay(day, team, problem, solution)
    for u in row.unplaced:
        if str(u["visit_id"]) in known:
            plan.unplaced[str(u["visit_id"])] = (str(u["reason"]), str(u.get("detail", "")))
    return inputs, plan, done, carried


def change_document(change: VisitChange) -> dict[str, Any]:
    """One change of a re-plan as stored and shown."""

    def where(p: Any) -> dict[str, Any] | None:
        if p is None:
            return None
        return {"day": p.day.isoformat(), "team": p.team, "arrival_s": p.arrival_s}

    return {
        "visit_id": int(change.visit_id),
        "kind": change.kind.value,
        "before": where(change.before),
        "after": where(change.after),
        "reason": change.reason,
    }


def replan_day_and_save(
    engine: Engine,
    road: RoadGraph,
    settings: VisitSettings,
    *,
    plan_id: int,
    day: dt.date,
    staff_code: str,
    actor: str,
    progress: Progress | None = None,
    on_save: OnSave | None = None,
) -> SavedWeek:
    """Re-plan `day` of a stored week without `staff_code` (ill); saved as a new version with
    the change list."""
    if progress is not None:
        progress(0.05, "reading the stored week")
    with session_scope(engine) as session:
        row = repo.get_week_plan(session, plan_id)
        newest = repo.newest_week_plan(session, row.week_start)
        if newest is not None and newest.id != row.id:
            raise VisitPlanningError(
                f"plan {plan_id} is version {row.version}; re-plan the newest (v{newest.version})"
            )
        inputs, plan, done, carried = stored_week(session, road, settings, row)
        absent = {k: list(v) for k, v in dict(row.summary.get("absent", {})).items()}
    result = replan_day(inputs, plan, day, staff_code, settings.week_params(), done)
    if progress is not None:
        progress(0.9, "saving")
    absent[day.isoformat()] = sorted({*absent.get(day.isoformat(), []), staff_code})
    changes = [change_document(c) for c in result.changes]
    note = f"{day.isoformat()}: {staff_code} off ({result.team})"
    return _save(engine, result.plan, actor, changes, absent, on_save, carried, note)
