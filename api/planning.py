"""The API's side of planning: what a planning job returns, and the held households a plan shows.

Planning itself — reading the store, planning or re-planning, verifying, saving a new version —
is `scheduler.stored`; the jobs in `api.routes.plans` call it and keep the result below.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.schemas.plans import HeldPublic
from scheduler.due import held_text
from scheduler.stored import SavedPlan, stored_held
from store.exports.pseudonym import pseudonym, pseudonym_key
from store.models import HouseholdRow, PlanRow


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
