"""A week of visits: windows, skills, breaks and working hours honoured (the verifier and our
own reading), continuity measured and kept when it costs little, reasons for what is left."""

from __future__ import annotations

import datetime as dt

from visit_town import FRIDAY, MONDAY, at, inputs_for, make_visit

from domain.clock import hhmm_to_s
from domain.visits import Team
from scheduler.visits.assign import NotPlaced
from scheduler.visits.week import WeekParams, check_week, plan_week

PARAMS = WeekParams(time_limit_s=1.0, deterministic=True, seed=3)
TUESDAY = MONDAY + dt.timedelta(days=1)


def _week_visits() -> list:
    visits = [make_visit(f"{k:03d}", k) for k in range(30)]
    visits += [make_visit(f"A{k}", 40 + k, "assessment") for k in range(4)]
    visits += [make_visit(f"C{k}", 50 + k, "cleaning") for k in range(3)]
    visits += [make_visit(f"F{k}", 60 + k, "shopping", female_staff=True) for k in range(3)]
    visits += [
        make_visit("W1", 5, "shopping", **at(TUESDAY, "09:00", "09:30")),
        make_visit("W2", 12, "bayram", minutes=45, **at(TUESDAY, "14:00", "14:30")),
        make_visit("W3", 20, **at(FRIDAY, "16:00", "16:30")),
    ]
    return visits


def test_every_team_day_honours_windows_skills_breaks_and_hours() -> None:
    inputs = inputs_for(_week_visits())
    plan = plan_week(inputs, MONDAY, PARAMS)

    assert check_week(plan) == []  # the verifier on every team-day, and each visit once
    served = plan.served()
    assert len(served) == len(inputs.visits), plan.unplaced
    for (day, _code), td in plan.team_days.items():
        team: Team = td.team
        lunch = (hhmm_to_s(team.lunch_starts), hhmm_to_s(team.lunch_ends))
        for route in td.solution.routes:
            for trip in route.trips:
                assert trip.departure_s >= hhmm_to_s(team.starts)
                assert trip.return_s <= hhmm_to_s(team.ends)
                for v in trip.visits:
                    visit = plan.visits[v.stop_id]
                    # at the door only outside lunch, and the lunch is at the office
                    assert v.departure_s <= lunch[0] or v.start_s >= lunch[1]
                    assert visit.required_skills <= team.skills
                    assert visit.allowed_on(day)
                    if visit.appointment is not None:
                        lo, hi = visit.appointment.window_s
                        assert lo <= v.start_s <= hi
            if route.vehicle_id.endswith("-am"):
                assert route.trips[-1].return_s <= lunch[0]
    assert {served[f"A{k}"][1] for k in range(4)} <= {"A", "C"}  # social workers
    assert {served[f"C{k}"][1] for k in range(3)} == {"B"}  # the cleaning kit
    assert {served[f"F{k}"][1] for k in range(3)} <= {"A", "B"}  # a woman in the team


def test_a_person_keeps_last_time_s_team_when_it_costs_little() -> None:
    visits = [make_visit(f"{k:03d}", k) for k in range(24)]
    # spot 3 lies in the middle of the others; its person was seen by team C last time
    visits[3] = make_visit("003", 3, last_team="C")
    visits[10] = make_visit("010", 10, last_team="B")
    plan = plan_week(inputs_for(visits), MONDAY, PARAMS)

    served = plan.served()
    assert served["003"][1] == "C"
    assert served["010"][1] == "B"
    with_previous, same = plan.continuity()
    assert (with_previous, same) == (2, 2)


def test_continuity_gives_way_to_skills() -> None:
    """Last time team B (no social worker) came; an assessment needs a social worker."""
    visits = [make_visit("A1", 3, "assessment", last_team="B")]
    plan = plan_week(inputs_for(visits), MONDAY, PARAMS)
    assert plan.served()["A1"][1] in {"A", "C"}
    assert plan.continuity() == (1, 0)


def test_what_cannot_be_placed_is_listed_with_its_reason() -> None:
    only_c = [t for t in inputs_for([]).teams if t.code == "C"]
    visits = [
        make_visit("K1", 1, "cleaning"),  # nobody has a cleaning kit
        make_visit(
            "N1", 2, earliest=FRIDAY + dt.timedelta(days=3), latest=FRIDAY + dt.timedelta(days=5)
        ),
    ]
    plan = plan_week(inputs_for(visits, only_c), MONDAY, PARAMS)
    assert plan.unplaced["K1"][0] == NotPlaced.NO_TEAM_WITH_SKILLS
    assert plan.unplaced["N1"][0] == NotPlaced.NO_DAY_IN_WEEK
    assert check_week(plan) == []


def test_a_full_week_says_so() -> None:
    only_b = [t for t in inputs_for([]).teams if t.code == "B"]
    visits = [
        make_visit(f"C{k:02d}", k % 30, "cleaning", earliest=MONDAY, latest=MONDAY)
        for k in range(6)
    ]
    plan = plan_week(inputs_for(visits, only_b), MONDAY, PARAMS)
    reasons = {reason for reason, _ in plan.unplaced.values()}
    # a two-hour cleaning fills a half day: two a day, one before and one after lunch
    assert len(plan.served()) == 2
    assert len(plan.unplaced) == 4
    assert reasons <= {NotPlaced.TEAM_DAYS_FULL, "shift_time_exhausted"}
    assert check_week(plan) == []


def test_the_same_input_gives_the_same_week() -> None:
    inputs = inputs_for(_week_visits())
    first = plan_week(inputs, MONDAY, PARAMS)
    second = plan_week(inputs, MONDAY, PARAMS)
    assert first.served() == second.served()
    assert {k: td.solution for k, td in first.team_days.items()} == {
        k: td.solution for k, td in second.team_days.items()
    }


def test_two_processes_give_the_same_week() -> None:
    from dataclasses import replace

    inputs = inputs_for(_week_visits())
    one = plan_week(inputs, MONDAY, PARAMS)
    two = plan_week(inputs, MONDAY, replace(PARAMS, workers=2))
    assert {k: td.solution for k, td in one.team_days.items()} == {
        k: td.solution for k, td in two.team_days.items()
    }
