"""Plan parcel months and days from the store and save them; move a not-at-home delivery.

`plan_month_and_save` reads the families, plans the month (`month.plan_month`), checks it
independently (`month.check_month`: every delivery served once or listed with a reason, every day
verified) and saves the day choice and every day's plan in one transaction, each day as the next
version of that day (compare-and-set). `plan_day_and_save` routes one day again from the stored day
choice. `replan_breakdown_and_save` re-plans one day after a van breaks down (`replan.replan_day`):
stops with an outcome, and those reached before the breakdown, keep their van and time; the rest go
to the other vans, or to a later day of their cycle (the day choice is updated), in one transaction
with the day's next version. `reschedule_stored` moves a not-at-home delivery to another day of its
cycle (`reschedule.reschedule_not_at_home`) and records the new day.

The warehouse and the vans are passed in; `matrix_of` builds the travel matrix over the
families' buildings (the road graph's `problem.building_matrix` in the API, straight lines in
tests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from shapely import LineString
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from domain.lang import parcel_reason
from domain.parcels import Family, ParcelStock, ParcelVan, Warehouse
from routing.model import Problem, Solution
from routing.verify import verify
from scheduler.parcels.assign import Assignment
from scheduler.parcels.calendar import MonthCalendar, deliveries, month_calendar
from scheduler.parcels.month import (
    MonthParams,
    MonthPlan,
    ParcelDay,
    ParcelInputs,
    check_month,
    plan_month,
    route_day,
)
from scheduler.parcels.problem import BuildingMatrix
from scheduler.parcels.replan import DELIVERED, NOT_HOME, Replan, replan_day
from scheduler.parcels.reschedule import NOT_AT_HOME, reschedule_not_at_home
from scheduler.stored import PlanningError
from store.db import session_scope
from store.models import ParcelPlanRow
from store.repositories import parcels as repo

MatrixOf = Callable[[Warehouse, Sequence[Family]], BuildingMatrix]
"""Builds the travel matrix over the warehouse and the families' buildings."""
LinesOf = Callable[[Problem, Solution], Mapping[str, LineString]]
"""The roads driven per routing vehicle of a day (lon/lat LineStrings), for maps."""
Progress = Callable[[float, str], None]
"""progress(fraction 0..1, message)."""
OnSave = Callable[[Session, "SavedParcels"], None]
"""Called inside the saving transaction (a job marks itself done there)."""

STAGES: dict[str, tuple[float, float]] = {
    "assign": (0.0, 0.05),
    "route": (0.05, 0.8),
    "improve": (0.8, 0.95),
}
"""Share of a month job's progress bar per planning stage; saving takes the rest."""


class NoFamiliesError(PlanningError):
    """No parcel family in the store: import them first."""


class MonthNotPlannedError(PlanningError):
    """A day or an outcome needs the month's day choice, which was not planned yet."""


@dataclass(frozen=True, slots=True)
class ParcelSetup:
    """What every parcel plan is made with: the warehouse, the vans, the matrix builder, the
    planner's budgets."""

    warehouse: Warehouse
    vans: Sequence[ParcelVan]
    matrix_of: MatrixOf
    params: MonthParams = field(default_factory=MonthParams)
    lines_of: LinesOf | None = None

    def van_crews(self) -> dict[str, repo.VanCrew]:
        """Routing vehicle ids ("P1-am", "P1-pm") → their van's code and crew."""
        return {
            f"{v.id}-{half}": repo.VanCrew(v.id, v.crew) for v in self.vans for half in ("am", "pm")
        }


@dataclass(frozen=True, slots=True)
class SavedDay:
    """A saved day plan: id, version, and its counts."""

    plan_id: int
    day: dt.date
    version: int
    families: int
    kg: int
    unserved: int


@dataclass(frozen=True, slots=True)
class SavedParcels:
    """What a parcel planning run saved."""

    month: dt.date
    days: list[SavedDay]
    unserved: int

    def result(self) -> dict[str, Any]:
        """The job result document."""
        return {
            "month": self.month.strftime("%Y-%m"),
            "days": [
                {
                    "day": d.day.isoformat(),
                    "plan_id": d.plan_id,
                    "version": d.version,
                    "families": d.families,
                    "kg": d.kg,
                    "unserved": d.unserved,
                }
                for d in self.days
            ],
            "families": sum(d.families for d in self.days),
            "kg": sum(d.kg for d in self.days),
            "unserved": self.unserved,
        }


def stored_families(session: Session) -> list[Family]:
    """The active parcel families of the store."""
    return [repo.to_family(r) for r in repo.list_families(session)]


def _inputs(engine: Engine, setup: ParcelSetup) -> ParcelInputs:
    with session_scope(engine) as session:
        families = stored_families(session)
    if not families:
        raise NoFamiliesError(
            "no parcel families in the store; import them with `sofra parcels import FILE`"
        )
    return ParcelInputs(
        families, setup.warehouse, setup.vans, setup.matrix_of(setup.warehouse, families)
    )


def _ticker(progress: Progress) -> Callable[[str, int, int], None]:
    def tick(stage: str, done: int, total: int) -> None:
        lo, hi = STAGES.get(stage, (0.95, 1.0))
        share = done / total if total else 1.0
        progress(lo + (hi - lo) * share, f"{stage} {done}/{total}")

    return tick


def _day_summary(pd: ParcelDay) -> dict[str, Any]:
    served = pd.solution.served_stop_ids
    kg = {s.id: s.demand[0] for s in pd.problem.stops}
    return {
        "families": len(served),
        "kg": sum(kg[i] for i in served),
        "unserved": {u.stop_id: u.reason.value for u in pd.solution.unserved},
        "driving_s": pd.solution.driving_s,
        "distance_m": pd.solution.distance_m,
    }


def _save_day(session: Session, setup: ParcelSetup, pd: ParcelDay, actor: str) -> SavedDay:
    newest = repo.latest_day_plan(session, day=pd.day)
    summary = _day_summary(pd)
    row = repo.save_day_plan(
        session,
        day=pd.day,
        problem=pd.problem,
        solution=pd.solution,
        vans=setup.van_crews(),
        created_by=actor,
        base_version=newest.version if newest is not None else None,
        lines=setup.lines_of(pd.problem, pd.solution) if setup.lines_of else None,
        summary=summary,
    )
    return SavedDay(
        row.id, pd.day, row.version, summary["families"], summary["kg"], len(summary["unserved"])
    )


def plan_month_and_save(
    engine: Engine,
    setup: ParcelSetup,
    *,
    month: dt.date,
    actor: str,
    progress: Progress,
    calendar: MonthCalendar | None = None,
    on_save: OnSave | None = None,
) -> SavedParcels:
    """Plan `month` for the stored families and save it (see the module docstring)."""
    calendar = calendar or month_calendar(month)
    if not calendar.days:
        raise PlanningError(f"{month:%Y-%m} has no working day")
    inputs = _inputs(engine, setup)
    plan = plan_month(inputs, calendar, setup.params, _ticker(progress))
    problems = check_month(plan)
    if problems:
        raise PlanningError(f"the month's plan fails its check: {'; '.join(problems[:5])}")
    progress(0.95, "save")
    choices = [
        repo.DayChoice(
            ident,
            repo.family_ref_of(ident),
            plan.assignment.day_of.get(ident),
            plan.assignment.unassigned.get(ident, ""),
        )
        for ident in sorted(plan.assignment.deliveries)
    ]
    with session_scope(engine) as session:
        repo.save_month(
            session,
            month=calendar.month,
            day_limit=plan.assignment.day_limit,
            choices=choices,
            actor=actor,
            summary=_month_summary(plan),
        )
        days = [_save_day(session, setup, plan.days[d], actor) for d in sorted(plan.days)]
        saved = SavedParcels(calendar.month, days, len(plan.unserved))
        if on_save is not None:
            on_save(session, saved)
    progress(1.0, "done")
    return saved


def _month_summary(plan: MonthPlan) -> dict[str, Any]:
    return {
        "working_days": [d.isoformat() for d in plan.calendar.days],
        "days": len(plan.days),
        "deliveries": len(plan.assignment.deliveries),
        "unserved": {i: reason for i, (reason, _detail) in plan.unserved.items()},
        "driving_s": plan.driving_s,
        "distance_m": plan.distance_m,
        "moves": plan.moves,
    }


def stored_calendar(session: Session, month: dt.date) -> MonthCalendar:
    """The working days a month was planned with (else the month's calendar)."""
    row = repo.month_row(session, month=month)
    if row is None or "working_days" not in row.summary:
        return month_calendar(month)
    days = tuple(dt.date.fromisoformat(d) for d in row.summary["working_days"])
    return MonthCalendar(month.replace(day=1), days, ())


def stored_assignment(
    session: Session, calendar: MonthCalendar, families: Sequence[Family], stock: ParcelStock
) -> Assignment:
    """The month's day choice as the planner's `Assignment`, read back from the store."""
    row = repo.month_row(session, month=calendar.month)
    if row is None:
        raise MonthNotPlannedError(
            f"{calendar.month:%Y-%m} has no planned days yet; plan the month first"
        )
    by_id = {d.id: d for d in deliveries(families, calendar)}
    day_of: dict[str, dt.date] = {}
    unassigned: dict[str, str] = {}
    for a in row.assignments:
        if a.delivery_id not in by_id:
            continue  # the family left since the month was planned
        if a.day is not None:
            day_of[a.delivery_id] = a.day
        else:
            unassigned[a.delivery_id] = a.reason
    return Assignment(calendar, by_id, day_of, unassigned, row.day_limit, stock)


def plan_day_and_save(
    engine: Engine,
    setup: ParcelSetup,
    *,
    day: dt.date,
    actor: str,
    progress: Progress,
    calendar: MonthCalendar | None = None,
    on_save: OnSave | None = None,
) -> SavedParcels:
    """Route one day again from the stored day choice and save it as its next version."""
    if calendar is None:
        with session_scope(engine) as session:
            calendar = stored_calendar(session, day)
    if day not in calendar.days:
        raise PlanningError(f"{day} is no working day of its month")
    inputs = _inputs(engine, setup)
    with session_scope(engine) as session:
        assignment = stored_assignment(session, calendar, inputs.families, setup.params.stock)
    progress(0.1, "route")
    pd = route_day(inputs, day, assignment.on(day), setup.params)
    problems = verify(pd.problem, pd.solution)
    if problems:
        raise PlanningError(
            f"{day}: the plan fails the verifier: {'; '.join(map(str, problems[:5]))}"
        )
    progress(0.9, "save")
    with session_scope(engine) as session:
        saved = SavedParcels(calendar.month, [_save_day(session, setup, pd, actor)], 0)
        if on_save is not None:
            on_save(session, saved)
    progress(1.0, "done")
    return saved


def _stored_outcomes(session: Session, row: ParcelPlanRow) -> dict[str, str]:
    """Delivery id → the last outcome recorded at its stop on this version (replan's words)."""
    stops = {s.id: s.delivery_id for r in row.routes for s in r.stops}
    latest = repo.latest_outcomes(session, list(stops))
    words = {"delivered": DELIVERED, NOT_AT_HOME: NOT_HOME}
    return {stops[i]: words.get(o.status, DELIVERED) for i, o in latest.items()}


def replan_breakdown_and_save(
    engine: Engine,
    setup: ParcelSetup,
    *,
    day: dt.date,
    van: str,
    at_s: int,
    actor: str,
    progress: Progress,
    on_save: Callable[[Session, SavedParcels, Replan], None] | None = None,
) -> tuple[SavedParcels, Replan]:
    """Van `van` broke down at `at_s` (seconds after midnight) on `day`: re-plan the newest
    version of the day (see the module) and save it as the next; raises `PlanningError` when
    the day has no plan or the result fails the verifier, `ReplanError` for a van not on it."""
    with session_scope(engine) as session:
        row = repo.latest_day_plan(session, day=day)
        if row is None:
            raise PlanningError(f"{day} has no parcel plan to re-plan; plan the day first")
        base_version = row.version
        current = ParcelDay(day, repo.plan_problem(row), repo.plan_solution(row))
        recorded = _stored_outcomes(session, row)
        calendar = stored_calendar(session, day)
        families = stored_families(session)
        assignment = stored_assignment(session, calendar, families, setup.params.stock)
    started = {
        v.stop_id: DELIVERED
        for r in current.solution.routes
        for t in r.trips
        for v in t.visits
        if v.start_s < at_s
    }
    progress(0.1, "route")
    replan = replan_day(
        current,
        van_out=van,
        at_s=at_s,
        done=started | recorded,
        assignment=assignment,
        params=setup.params,
    )
    problems = verify(replan.day.problem, replan.day.solution)
    if problems:
        raise PlanningError(
            f"{day}: the re-plan fails the verifier: {'; '.join(map(str, problems[:5]))}"
        )
    progress(0.9, "save")
    with session_scope(engine) as session:
        newest = repo.latest_day_plan(session, day=day)
        if newest is not None and newest.version != base_version:
            raise PlanningError(
                f"{day}: version {newest.version} was saved while re-planning; re-plan again"
            )
        saved_day = _save_day(session, setup, replan.day, actor)
        for delivery_id, new_day in replan.rescheduled.items():
            repo.move_delivery(
                session, month=calendar.month, delivery_id=delivery_id, day=new_day, failed=day
            )
        saved = SavedParcels(calendar.month, [saved_day], len(replan.day.solution.unserved))
        if on_save is not None:
            on_save(session, saved, replan)
    progress(1.0, "done")
    return saved, replan


@dataclass(frozen=True, slots=True)
class Rescheduled:
    """Where a not-at-home delivery went: its new day, or None (no day left: `reason`)."""

    delivery_id: str
    failed: dt.date
    new_day: dt.date | None
    reason: str = ""

    def text(self, lang: str) -> str:
        """The new day, or why there is none, in `lang` (ISO date; pages format it)."""
        if self.new_day is not None:
            return self.new_day.isoformat()
        return parcel_reason(self.reason, lang)


def reschedule_stored(
    session: Session, *, delivery_id: str, failed: dt.date, stock: ParcelStock | None = None
) -> Rescheduled:
    """Move a delivery nobody was home for on `failed` to another available day of its cycle
    with room and stock left (or list it `not_at_home`), in the caller's transaction."""
    calendar = stored_calendar(session, failed)
    assignment = stored_assignment(
        session, calendar, stored_families(session), stock or ParcelStock()
    )
    if delivery_id not in assignment.deliveries:
        raise MonthNotPlannedError(f"delivery {delivery_id} is not in {calendar.month:%Y-%m}")
    new_day = reschedule_not_at_home(assignment, delivery_id, failed)
    reason = "" if new_day is not None else NOT_AT_HOME
    repo.move_delivery(
        session,
        month=calendar.month,
        delivery_id=delivery_id,
        day=new_day,
        failed=failed,
        reason=reason,
    )
    return Rescheduled(delivery_id, failed, new_day, reason)


def calendar_counts(
    session: Session, month: dt.date
) -> tuple[MonthCalendar, list[tuple[dt.date, str, int, int]]]:
    """The month's working days and, per day and neighbourhood, families and kilograms of the
    stored day choice: (day, neighbourhood, families, kg)."""
    calendar = stored_calendar(session, month)
    row = repo.month_row(session, month=month)
    if row is None:
        return calendar, []
    families = repo.family_refs(session, [a.family_id for a in row.assignments])
    counts: dict[tuple[dt.date, str], list[int]] = {}
    for a in row.assignments:
        if a.day is None:
            continue
        f = repo.to_family(families[a.family_id])
        cell = counts.setdefault((a.day, f.neighbourhood), [0, 0])
        cell[0] += 1
        cell[1] += f.kg
    rows = [(d, hood, n, kg) for (d, hood), (n, kg) in sorted(counts.items())]
    return calendar, rows


def plan_of_day(session: Session, day: dt.date) -> ParcelPlanRow | None:
    """The newest plan version of a parcel day."""
    return repo.latest_day_plan(session, day=day)


def unserved_of(row: ParcelPlanRow) -> Mapping[str, str]:
    """Delivery id → reason code of the stops a stored day plan leaves out."""
    out: dict[str, str] = dict(row.summary.get("unserved", {}))
    return out
