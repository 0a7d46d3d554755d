"""Plan-and-save, then re-plan-and-save: each version goes into the store as the routing JSON
document and comes back through `routing.jsonio` unchanged, held households included."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_testing import scheduler_settings, seeded_store
from sqlalchemy import Engine

from geodata.road import RoadGraph
from routing.jsonio import solution_from_dict, solution_to_dict, validate_document
from scheduler.due import HeldReason
from scheduler.stored import (
    SavedPlan,
    plan_and_save,
    replan_and_save,
    stored_held,
)
from store.db import make_engine, session_scope
from store.errors import StaleVersionError
from store.models import OneOffKind, PlanRow
from store.repositories import calendar as calendar_repo
from store.repositories.plans import get_plan, plan_solution, plan_stops, plan_versions

pytest_plugins = ["api_testing"]

DAY = dt.date(2026, 11, 25)
SHIFT = "breakfast"
HELD = ["H0099", "H0453"]


def check_stored(row: PlanRow, saved: SavedPlan) -> None:
    """The row holds `saved`'s plan as the versioned routing document, and reads back as it."""
    validate_document(row.solution, "solution")
    assert row.solution == solution_to_dict(saved.plan.solution)
    assert solution_from_dict(row.solution) == saved.plan.solution
    assert plan_solution(row) == saved.plan.solution
    assert stored_held(row) == saved.plan.held
    assert (row.version, row.day, row.shift) == (saved.version, DAY, SHIFT)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An engine on a private copy of the seeded demo store."""
    path = tmp_path / "store.sqlite"
    shutil.copy(seeded_store(), path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def test_plan_then_replan_round_trip_through_the_store(
    engine: Engine, inegol_road: RoadGraph
) -> None:
    settings = scheduler_settings()
    first = plan_and_save(engine, inegol_road, settings, day=DAY, shift=SHIFT, actor="t")
    assert first.version == 1 and [h.ref for h in first.plan.held] == HELD
    assert first.plan.violations == ()
    with session_scope(engine) as session:
        row = get_plan(session, plan_id=first.plan_id)
        check_stored(row, first)
        assert row.summary["held"] == len(HELD)
        assert [h["ref"] for h in row.summary["held_households"]] == HELD
        stops = [ref for _, _, ref in plan_stops(session, plan_id=row.id)]
        assert stops == first.plan.solution.served_stop_ids
        cancelled = stops[-1]
        calendar_repo.add_one_off(
            session,
            ref=cancelled,
            day=DAY,
            shift=SHIFT,
            kind=OneOffKind.CANCEL,
            reason="ailesi geldi",
            actor="t",
        )

    second = replan_and_save(
        engine, inegol_road, settings, plan_id=first.plan_id, at_s=0, today=DAY, now_s=0, actor="t"
    )
    assert second.version == 2 and second.plan_id != first.plan_id
    assert (cancelled, "removed") in {(c.ref, c.kind) for c in second.changes}
    held = {h.ref: h for h in second.plan.held}
    assert sorted(held) == sorted([*HELD, cancelled])
    assert held[cancelled].reason is HeldReason.CANCELLED
    assert held[cancelled].detail == "ailesi geldi"
    with session_scope(engine) as session:
        row = get_plan(session, plan_id=second.plan_id)
        check_stored(row, second)
        assert row.changes["from_version"] == 1 and row.changes["at"] == "00:00"
        assert [p.version for p in plan_versions(session, day=DAY, shift=SHIFT)] == [1, 2]

    with pytest.raises(StaleVersionError, match=r"version 2 was saved at \d\d:\d\d by t; re-plan"):
        replan_and_save(
            engine,
            inegol_road,
            settings,
            plan_id=first.plan_id,
            at_s=0,
            today=DAY,
            now_s=0,
            actor="t",
        )


def test_planning_a_shift_again_saves_the_next_version(
    engine: Engine, inegol_road: RoadGraph
) -> None:
    settings = scheduler_settings()
    day_before = plan_and_save(
        engine, inegol_road, settings, day=DAY - dt.timedelta(days=1), shift=SHIFT, actor="t"
    )
    first = plan_and_save(engine, inegol_road, settings, day=DAY, shift=SHIFT, actor="t")
    again = plan_and_save(engine, inegol_road, settings, day=DAY, shift=SHIFT, actor="t")
    assert (day_before.version, first.version, again.version) == (1, 1, 2)
    assert first.plan.same_driver_share is not None  # yesterday's stored plan was read back
    with session_scope(engine) as session:
        assert [p.id for p in plan_versions(session, day=DAY, shift=SHIFT)] == [
            first.plan_id,
            again.plan_id,
        ]
