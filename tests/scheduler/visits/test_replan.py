"""A team member falls ill: the team loses the person and their skills, its visits go to
other teams or days, and the change list says what moved."""

from __future__ import annotations

import datetime as dt

import pytest
from visit_town import MONDAY, at, inputs_for, make_visit

from scheduler.visits.replan import ChangeKind, UnknownStaffError, replan_day
from scheduler.visits.week import WeekParams, check_week, plan_week

PARAMS = WeekParams(time_limit_s=1.0, deterministic=True, seed=3)
TUESDAY = MONDAY + dt.timedelta(days=1)


def _tuesday_visits() -> list:
    """Tuesday's work of team A: assessments (a social worker), a woman asked for, and
    ordinary visits; some may wait until Thursday."""
    visits = [
        make_visit("A1", 1, "assessment", earliest=TUESDAY, latest=TUESDAY + dt.timedelta(days=2)),
        make_visit("A2", 2, "assessment", **at(TUESDAY, "10:00", "11:00")),
        make_visit("F1", 3, "shopping", female_staff=True, earliest=TUESDAY, latest=TUESDAY),
        *[
            make_visit(f"O{k}", 4 + k, last_team="A", **at(TUESDAY, "09:00", "16:00"))
            for k in range(4)
        ],
    ]
    return visits


def test_an_ill_social_worker_sends_her_visits_elsewhere() -> None:
    inputs = inputs_for(_tuesday_visits())
    plan = plan_week(inputs, MONDAY, PARAMS)
    before = plan.served()
    assert all(v[0] >= TUESDAY for v in before.values())
    on_a = [i for i, k in before.items() if k == (TUESDAY, "A")]
    assert on_a, "team A has work on Tuesday"

    result = replan_day(inputs, plan, TUESDAY, "a1", PARAMS)  # Elif: social worker, female

    after = result.plan.served()
    assert check_week(result.plan) == []
    assert result.team == "A"
    for ident, (day, code) in after.items():
        visit = result.plan.visits[ident]
        if day == TUESDAY and code == "A":
            assert not visit.required_skills, f"{ident} needs {visit.required_skills}"
    # the social worker's visits are with team C (a social worker) or on another day
    assert after["A2"] == (TUESDAY, "C")  # an appointment keeps its day
    assert after["A1"][1] == "C" or after["A1"][0] > TUESDAY  # Elif is back on Wednesday
    assert after["F1"][1] == "B"  # the only other team with a woman
    # the rest stay with Murat: continuity
    for k in range(4):
        assert after[f"O{k}"] == (TUESDAY, "A")
    moved = {c.visit_id: c for c in result.changes}
    for ident in ("A1", "A2", "F1"):
        if before.get(ident) == (TUESDAY, "A"):
            assert moved[ident].kind in (ChangeKind.OTHER_TEAM, ChangeKind.OTHER_DAY)
            assert moved[ident].before is not None and moved[ident].before.team == "A"
    assert all(c.kind is not ChangeKind.UNPLACED for c in result.changes)


def test_a_one_person_team_ill_is_off_for_the_day() -> None:
    visits = [
        make_visit(f"O{k}", k, last_team="C", earliest=TUESDAY, latest=TUESDAY) for k in range(5)
    ]
    inputs = inputs_for(visits)
    plan = plan_week(inputs, MONDAY, PARAMS)
    result = replan_day(inputs, plan, TUESDAY, "c1", PARAMS)
    after = result.plan.served()
    assert (TUESDAY, "C") not in result.plan.team_days
    assert all(code != "C" for _day, code in after.values())
    assert len(after) == 5
    assert check_week(result.plan) == []
    assert {c.kind for c in result.changes} <= {ChangeKind.OTHER_TEAM, ChangeKind.RETIMED}


def test_an_unknown_member_is_a_clear_error() -> None:
    inputs = inputs_for([make_visit("O1", 1)])
    plan = plan_week(inputs, MONDAY, PARAMS)
    with pytest.raises(UnknownStaffError, match="known: a1, a2, b1, c1"):
        replan_day(inputs, plan, TUESDAY, "zz", PARAMS)


def test_visits_with_an_outcome_stay_out_of_the_re_plan() -> None:
    inputs = inputs_for(_tuesday_visits())
    plan = plan_week(inputs, MONDAY, PARAMS)
    on_a = sorted(i for i, k in plan.served().items() if k == (TUESDAY, "A"))
    done = {on_a[0]}
    result = replan_day(inputs, plan, TUESDAY, "a1", PARAMS, done=done)
    assert on_a[0] not in {c.visit_id for c in result.changes}
    assert on_a[0] not in result.plan.served()  # the caller keeps it where it was recorded
    assert check_week(result.plan, ignore=done) == []
