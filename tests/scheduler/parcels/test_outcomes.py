"""Outcomes of delivered days: the file, and the rest of the cycle planned with them."""

from __future__ import annotations

import datetime as dt

import pytest
from parcel_town import family, inputs_for, week

from scheduler.parcels.month import MonthParams, check_month, plan_month
from scheduler.parcels.outcomes import (
    Outcome,
    OutcomeError,
    assignment_from_days,
    parse_outcomes,
    replan_rest,
)
from scheduler.parcels.replan import DELIVERED, NOT_HOME
from scheduler.parcels.reschedule import NOT_AT_HOME

FAST = MonthParams(time_limit_s=0.4, improve_s=0.0)


def test_the_outcomes_file_in_turkish_or_english() -> None:
    tr = "Aile,Gün,Sonuç\nF01,2026-01-05,teslim edildi\nF02,2026-01-05,Evde yok\n"
    en = "family,day,outcome\nF01,2026-01-05,delivered\nF02,2026-01-05,not_home\n"
    expected = [
        Outcome("F01", dt.date(2026, 1, 5), DELIVERED),
        Outcome("F02", dt.date(2026, 1, 5), NOT_HOME),
    ]
    assert parse_outcomes(tr) == parse_outcomes(en) == expected
    assert parse_outcomes("aile,sonuç\nF01,teslim\n", need_day=False) == [
        Outcome("F01", None, DELIVERED)
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("family,dya,outcome\n", "column 2 'dya' is not known"),
        ("family,outcome\nF1,delivered\n", "missing column(s): day"),
        ("family,day,outcome\nF1,2026-01-05,lost\n", "row 2, column outcome: 'lost'"),
        ("family,day,outcome\nF1,5 Jan,delivered\n", "row 2, column day: '5 Jan'"),
        ("family,day,outcome\nF1,2026-01-05\n", "row 2: 2 cells"),
        ("", "empty"),
    ],
)
def test_a_bad_outcomes_file_names_row_and_column(text: str, message: str) -> None:
    with pytest.raises(OutcomeError) as caught:
        parse_outcomes(text)
    assert message in str(caught.value)


def test_not_at_home_families_move_to_a_later_day_and_the_rest_is_replanned() -> None:
    families = [family(f"F{i:02d}", i % 15) for i in range(30)]
    families.append(family("MWF", 20, weekdays=frozenset({1, 3, 5})))
    families.append(family("MON", 21, weekdays=frozenset({1})))
    inputs = inputs_for(families)
    plan = plan_month(inputs, week(n=5), FAST)
    monday = dt.date(2026, 1, 5)
    a = plan.assignment
    a.day_of["MWF"] = a.day_of["MON"] = monday
    a.day_limit += 2
    on_monday = [d.id for d in a.on(monday)]
    outcomes = [Outcome(i, monday, DELIVERED) for i in on_monday if i not in {"MWF", "MON"}]
    outcomes += [Outcome("MWF", monday, NOT_HOME), Outcome("MON", monday, NOT_HOME)]
    rest = replan_rest(inputs, a, outcomes, FAST)
    assert rest.as_of == monday
    assert rest.rescheduled["MWF"] in {dt.date(2026, 1, 7), dt.date(2026, 1, 9)}
    assert rest.rescheduled["MON"] is None
    assert rest.plan.unserved["MON"][0] == NOT_AT_HOME
    assert monday not in rest.plan.days and len(rest.plan.days) == 4
    assert check_month(rest.plan) == []
    served = {i for pd in rest.plan.days.values() for i in pd.solution.served_stop_ids}
    assert "MWF" in served and not served & set(on_monday) - {"MWF"}


def test_the_day_choice_read_back_from_written_days() -> None:
    families = [family(f"F{i:02d}", i % 15) for i in range(20)]
    inputs = inputs_for(families)
    plan = plan_month(inputs, week(n=3), FAST)
    stops = {day: [s.id for s in pd.problem.stops] for day, pd in plan.days.items()}
    again = assignment_from_days(inputs, plan.calendar, stops)
    assert again.day_of == plan.assignment.day_of and not again.unassigned
    with pytest.raises(OutcomeError, match="NOPE"):
        replan_rest(inputs, again, [Outcome("NOPE", None, DELIVERED)], FAST)
    day = again.day_of["F00"]
    other = next(d for d in plan.calendar.days if d != day)
    with pytest.raises(OutcomeError, match="planned on"):
        replan_rest(inputs, again, [Outcome("F00", other, DELIVERED)], FAST)
