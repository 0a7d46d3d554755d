"""Compare-and-set on save, in the store itself: two saves from the same base version, in two
sessions at once, and exactly one wins; the other is told which version won, who saved or
published it and when. On SQLite and on PostGIS (SELECT … FOR UPDATE, and the unique constraint
for a shift's first version)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from domain.households import Household
from routing.model import Route, Solution, Trip, Visit
from store.errors import NotNewestError, StaleVersionError, WhatIfError
from store.models import OutcomeStatus, PlanRow, PlanStatus
from store.repositories import fleet, outcomes, plans
from store.repositories import households as households_repo

DAY = dt.date(2025, 3, 4)
SHIFT = "dinner"


def _solution() -> Solution:
    visit = Visit("H1", 61500, 61500, 61560, 0, (0,), 300)
    trip = Trip("K1", 61200, (1,), (visit,), "K1", 61800, 600, 2000)
    route = Route("V1/D1", (trip,), 600, 2000, 600)
    return Solution(
        routes=(route,), unserved=(), objective=600, driving_s=600, distance_m=2000, working_s=600
    )


@pytest.fixture
def engine(store_engine: Engine, make_household: Callable[..., Household]) -> Engine:
    """A store with one household, a kitchen, a van and a driver."""
    with Session(store_engine) as session:
        households_repo.add_household(session, household=make_household("H1"), actor="t")
        fleet.add_kitchen(session, code="K1", name="Merkez", lat=40.0779, lon=29.5101, actor="t")
        fleet.add_van(session, code="V1", capacity_meals=20, kitchen_code="K1", actor="t")
        fleet.add_driver(session, code="D1", name="Sürücü 1", actor="t")
        session.commit()
    return store_engine


def save(session: Session, base: int | None, actor: str = "dispatcher", **kw: object) -> PlanRow:
    return plans.save_plan(
        session,
        day=DAY,
        shift=SHIFT,
        solution=_solution(),
        created_by=actor,
        base_version=base,
        **kw,  # type: ignore[arg-type]
    )


def versions(engine: Engine) -> list[int]:
    with Session(engine) as session:
        return [p.version for p in plans.plan_versions(session, day=DAY, shift=SHIFT)]


def test_a_save_from_an_old_base_names_the_newer_version(engine: Engine) -> None:
    with Session(engine) as session:
        save(session, None)
        session.commit()
        save(session, 1, actor="ayse")
        session.commit()
        with pytest.raises(StaleVersionError) as stale:
            save(session, 1)
        session.rollback()
    error = stale.value
    assert (error.version, error.base_version, error.published, error.by) == (2, 1, False, "ayse")
    assert str(error).startswith("version 2 was saved at ")
    assert str(error).endswith(" by ayse; re-plan from it")
    assert error.text("tr").startswith("2. sürüm ")
    assert "ayse tarafından kaydedildi; ondan yeniden planlayın" in error.text("tr")
    assert versions(engine) == [1, 2]


def race(engine: Engine, base: int | None) -> StaleVersionError | int:
    """Session A saves from `base` and holds its transaction open; session B, saving from
    `base` too, must wait for it and then lose; what B got."""
    results: dict[str, StaleVersionError | int] = {}
    a = Session(engine)
    save(a, base, actor="ayse")
    a.flush()  # A holds the lock (or, for a first version, the unique key) uncommitted

    def second() -> None:
        with Session(engine) as b:
            try:
                results["b"] = save(b, base, actor="mehmet").version
                b.commit()
            except StaleVersionError as exc:
                results["b"] = exc
                b.rollback()

    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(1.0)
    waited = thread.is_alive()
    a.commit()
    a.close()
    thread.join(timeout=30)
    assert waited, "B must wait for A's transaction, not read around it"
    return results["b"]


def test_two_sessions_saving_from_the_same_base_one_wins(engine: Engine) -> None:
    """FOR UPDATE on PostgreSQL, the write lock on SQLite: never a second v2, never a v3 that
    loses v2's changes."""
    with Session(engine) as session:
        save(session, None)
        session.commit()
    lost = race(engine, 1)
    assert isinstance(lost, StaleVersionError), lost
    assert (lost.version, lost.base_version, lost.by) == (2, 1, "ayse")
    assert versions(engine) == [1, 2]


def test_two_first_plans_at_once_one_wins(engine: Engine) -> None:
    """No row to lock yet: on PostgreSQL the unique constraint on (day, shift, what_if,
    version) lets one first version in; the other is told which one won."""
    lost = race(engine, None)
    assert isinstance(lost, StaleVersionError), lost
    assert (lost.version, lost.base_version, lost.by) == (1, None, "ayse")
    assert versions(engine) == [1]


def test_publishing_needs_the_newest_office_version(engine: Engine) -> None:
    with Session(engine) as session:
        first = save(session, None)
        session.commit()
        published = plans.publish_plan(session, plan_id=first.id, actor="ayse")
        session.commit()
        assert (published.status, published.published_by) == ("published", "ayse")
        assert plans.publish_plan(session, plan_id=first.id, actor="x").published_by == "ayse"
        second = save(session, 1)
        copy = save(session, None, actor="planner", what_if=True)
        session.commit()
        assert (copy.version, copy.what_if, copy.label) == (1, True, "what-if 1")
        with pytest.raises(WhatIfError, match="never published"):
            plans.publish_plan(session, plan_id=copy.id, actor="ayse")
        with pytest.raises(NotNewestError, match="version 1 is not the newest: version 2 is"):
            plans.publish_plan(session, plan_id=first.id, actor="ayse")
        session.rollback()
        # A what-if copy is no base: the office's next version follows v2, not the copy.
        with pytest.raises(StaleVersionError) as stale:
            save(session, 1)
        session.rollback()
        assert stale.value.version == 2
        plans.publish_plan(session, plan_id=second.id, actor="mehmet")
        session.commit()
        statuses = {
            p.version: p.status
            for p in plans.plan_versions(session, day=DAY, shift=SHIFT, what_if=False)
        }
        assert statuses == {1: PlanStatus.SUPERSEDED.value, 2: PlanStatus.PUBLISHED.value}
        now = plans.published_plan(session, day=DAY, shift=SHIFT)
        assert now is not None and now.replaces_plan_id == first.id
        with pytest.raises(StaleVersionError) as stale:
            save(session, 1)
        assert str(stale.value).startswith("version 2 was published at ")
        assert str(stale.value).endswith(" by mehmet; re-plan from it")
        session.rollback()


def test_outcomes_belong_to_the_door_for_the_whole_shift(engine: Engine) -> None:
    with Session(engine) as session:
        first = save(session, None)
        session.commit()
        stop_v1 = first.routes[0].stops[0]
        outcomes.record_outcome(
            session, stop_id=stop_v1.id, status=OutcomeStatus.DELIVERED, recorded_by="d1"
        )
        second = save(session, 1)
        copy = save(session, None, actor="planner", what_if=True)
        session.commit()
        stop_v2 = second.routes[0].stops[0]
        carried = outcomes.latest_outcomes(session, plan_id=second.id)
        assert {k: v.status for k, v in carried.items()} == {stop_v2.id: "delivered"}
        listed = outcomes.carried_outcomes(session, plan_id=second.id)
        assert [(o.stop_id, at) for o, at in listed] == [(stop_v1.id, stop_v2.id)]
        assert outcomes.outcomes_for_plan(session, plan_id=second.id) == []  # recorded on v1
        assert outcomes.shift_outcome_count(session, day=DAY, shift=SHIFT) == 1
        with pytest.raises(WhatIfError, match="take no outcomes"):
            outcomes.record_outcome(
                session,
                stop_id=copy.routes[0].stops[0].id,
                status=OutcomeStatus.DELIVERED,
                recorded_by="dispatcher",
            )
        session.rollback()
        count = session.scalar(select(func.count()).select_from(PlanRow))
        assert count == 3
