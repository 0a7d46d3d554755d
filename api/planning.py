"""The API's side of planning: the planning jobs, what they return, and the held households a
plan shows.

Planning itself — reading the store, planning or re-planning, verifying, saving a new version —
is `scheduler.stored`; `planning_jobs` gives the job runner (`api.jobs`) its work: a job's
`spec` holds everything needed to run it in any server process, and the job is marked done in
the transaction that saves its plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from api.core.config import ApiSettings
from api.jobs import JobContext, JobHandler
from api.schemas.plans import HeldPublic
from domain.clock import hhmm_to_s, seconds_of_day
from geodata.road import RoadGraph
from scheduler.due import held_text
from scheduler.settings import SchedulerSettings
from scheduler.stored import SavedPlan, plan_and_save, replan_and_save, stored_held
from store.exports.pseudonym import pseudonym, pseudonym_key
from store.models import HouseholdRow, PlanRow
from store.repositories.plans import NEWEST


def planning_jobs(
    engine: Engine,
    road: RoadGraph,
    scheduler_settings: SchedulerSettings,
    settings: ApiSettings,
) -> dict[str, JobHandler]:
    """The work of the job kinds "plan" and "replan"."""

    def plan(spec: Mapping[str, Any], job: JobContext) -> Mapping[str, Any]:
        base = spec.get("base_version", NEWEST)
        saved = plan_and_save(
            engine,
            road,
            scheduler_settings,
            day=dt.date.fromisoformat(spec["day"]),
            shift=spec["shift"],
            actor=spec["actor"],
            progress=job.progress,
            what_if=bool(spec.get("what_if", False)),
            base_version=base,
            on_save=lambda session, s: job.finish_in(session, plan_result(s)),
        )
        return plan_result(saved)

    def replan(spec: Mapping[str, Any], job: JobContext) -> Mapping[str, Any]:
        at = spec.get("at")
        saved = replan_and_save(
            engine,
            road,
            scheduler_settings,
            plan_id=int(spec["plan_id"]),
            at_s=hhmm_to_s(at) if at else None,
            today=settings.today(),
            now_s=seconds_of_day(settings.now()),
            actor=spec["actor"],
            progress=job.progress,
            on_save=lambda session, s: job.finish_in(session, replan_result(s)),
        )
        return replan_result(saved)

    return {"plan": plan, "replan": replan}


def plan_result(saved: SavedPlan) -> dict[str, Any]:
    """The result of a planning job: the new plan's id and version, and its counts."""
    plan = saved.plan
    return {
        "plan_id": saved.plan_id,
        "version": saved.version,
        "day": plan.day.isoformat(),
        "shift": plan.shift,
        **saved.counts(),
    }


def replan_result(saved: SavedPlan) -> dict[str, Any]:
    """The result of a re-planning job: the new version, how many changes, and its counts."""
    return {
        "plan_id": saved.plan_id,
        "version": saved.version,
        "day": saved.plan.day.isoformat(),
        "shift": saved.plan.shift,
        "changes": len(saved.changes),
        **saved.counts(),
    }


def held_public(session: Session, row: PlanRow, *, personal: bool, lang: str) -> list[HeldPublic]:
    """The households held from a stored plan's shift, as dispatchers (names, the reason as
    entered, the end of the hold) or planners (pseudonyms and the kind of reason only) see them."""
    held = stored_held(row)
    if not held:
        return []
    if personal:
        refs = {h.ref for h in held}
        names = dict(
            session.execute(
                select(HouseholdRow.ref, HouseholdRow.name).where(HouseholdRow.ref.in_(refs))
            ).all()
        )
        return [
            HeldPublic(
                household=h.ref,
                reason=h.reason.value,
                reason_text=held_text(h, lang),
                until=h.until,
                name=names.get(h.ref),
            )
            for h in held
        ]
    key = pseudonym_key(session)
    return [
        HeldPublic(
            household=pseudonym(key, h.ref),
            reason=h.reason.value,
            reason_text=held_text(replace(h, detail="", until=None), lang),
        )
        for h in held
    ]
