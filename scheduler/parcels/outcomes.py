"""Outcomes of delivered days, and the rest of the cycle planned again from them.

An outcome says what happened at a family's door on a day: `delivered` or `not_home`. From the
outcomes of the days done so far, `replan_rest` plans the days after the last of them: families
not at home go to another available day of their cycle (`reschedule.py`; none left: listed
`not_at_home`), delivered families are done, and the remaining days are routed again.
Plain data in and out, so the CLI and the API call the same function.

`parse_outcomes` reads the CSV (UTF-8, header row; Turkish or English headers; columns family,
day, outcome; a missing, unknown or misspelt column is an error naming it, a bad cell names its
row and column).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from domain.lang.turkish import tr_lower
from domain.parcels import BAYRAM_CAMPAIGNS_2026, BayramCampaign
from scheduler.parcels.assign import Assignment, NotPlanned
from scheduler.parcels.calendar import MonthCalendar, deliveries
from scheduler.parcels.month import MonthParams, MonthPlan, ParcelInputs, Progress, route_day
from scheduler.parcels.replan import DELIVERED, NOT_HOME, OUTCOMES
from scheduler.parcels.reschedule import reschedule_not_at_home

HEADERS: dict[str, str] = {
    "family": "family",
    "aile": "family",
    "code": "family",
    "kod": "family",
    "day": "day",
    "gün": "day",
    "gun": "day",
    "date": "day",
    "tarih": "day",
    "outcome": "outcome",
    "sonuç": "outcome",
    "sonuc": "outcome",
}
"""Accepted headers (lower case, Turkish or English) → column."""
VALUES: dict[str, str] = {
    "delivered": DELIVERED,
    "teslim edildi": DELIVERED,
    "teslim": DELIVERED,
    "not_home": NOT_HOME,
    "not home": NOT_HOME,
    "evde yok": NOT_HOME,
    "evde_yok": NOT_HOME,
}
"""Accepted outcome cells (lower case) → outcome code."""


class OutcomeError(ValueError):
    """A bad outcomes file: the message names the row and the column."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened at a delivery's door: `delivery` id ("F0001", "F0001/2"), day, outcome."""

    delivery: str
    day: dt.date | None
    outcome: str


def _lower(text: str) -> str:
    return tr_lower(text.strip())


def parse_outcomes(text: str, need_day: bool = True) -> list[Outcome]:
    """The outcomes of a CSV text (module docstring); `need_day=False` makes `day` optional
    (a re-plan of one day knows its day). Raises OutcomeError naming the row and column."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows:
        raise OutcomeError("the outcomes file is empty (expected a header: family, day, outcome)")
    columns: list[str] = []
    for k, head in enumerate(rows[0], start=1):
        name = HEADERS.get(_lower(head))
        if name is None:
            raise OutcomeError(
                f"column {k} {head!r} is not known (expected: family/aile, day/gün, outcome/sonuç)"
            )
        if name in columns:
            raise OutcomeError(f"column {k} {head!r}: {name} is given twice")
        columns.append(name)
    wanted = ["family", "day", "outcome"] if need_day else ["family", "outcome"]
    missing = [c for c in wanted if c not in columns]
    if missing:
        raise OutcomeError(f"missing column(s): {', '.join(missing)}")
    out: list[Outcome] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            raise OutcomeError(f"row {line}: {len(row)} cells, the header has {len(columns)}")
        cell = dict(zip(columns, (c.strip() for c in row), strict=True))
        if not cell["family"]:
            raise OutcomeError(f"row {line}, column family: empty")
        result = VALUES.get(_lower(cell["outcome"]))
        if result is None:
            raise OutcomeError(
                f"row {line}, column outcome: {cell['outcome']!r} is not one of "
                "delivered/teslim edildi, not_home/evde yok"
            )
        day: dt.date | None = None
        if cell.get("day"):
            try:
                day = dt.date.fromisoformat(cell["day"])
            except ValueError:
                raise OutcomeError(
                    f"row {line}, column day: {cell['day']!r} is not a date (YYYY-MM-DD)"
                ) from None
        elif need_day:
            raise OutcomeError(f"row {line}, column day: empty")
        out.append(Outcome(cell["family"], day, result))
    return out


def assignment_from_days(
    inputs: ParcelInputs,
    calendar: MonthCalendar,
    day_stops: Mapping[dt.date, Sequence[str]],
    campaigns: Sequence[BayramCampaign] = BAYRAM_CAMPAIGNS_2026,
) -> Assignment:
    """The month's day choice as a written plan has it: `day_stops` lists each day's stop ids
    (its problem's stops); deliveries on no day are `unassigned` ("days_full" unless the
    family has no available day)."""
    from math import ceil

    items = deliveries(inputs.families, calendar, campaigns)
    by_id = {d.id: d for d in items}
    day_of = {i: day for day, ids in day_stops.items() for i in ids if i in by_id}
    unassigned = {
        d.id: NotPlanned.DAYS_FULL if d.days else NotPlanned.NO_AVAILABLE_DAY
        for d in items
        if d.id not in day_of
    }
    counts = [sum(1 for d in day_of.values() if d == day) for day in calendar.days]
    even = ceil(len(day_of) / max(1, len(calendar.days)) * 1.06) if day_of else 0
    return Assignment(calendar, by_id, day_of, unassigned, max([even, *counts]))


@dataclass
class RestPlan:
    """The days after `as_of` planned again, and where each not-at-home family went."""

    as_of: dt.date
    plan: MonthPlan
    rescheduled: dict[str, dt.date | None] = field(default_factory=dict)
    """Not-at-home delivery → its new day, or None (listed `not_at_home`)."""
    delivered: list[str] = field(default_factory=list)


def replan_rest(
    inputs: ParcelInputs,
    assignment: Assignment,
    outcomes: Sequence[Outcome],
    params: MonthParams | None = None,
    progress: Progress | None = None,
) -> RestPlan:
    """The rest of the cycle after the outcomes' last day (module docstring).

    `assignment` is the month's day choice (updated in place). The returned plan covers only
    the days after the last outcome day, and only the deliveries still due then plus those
    without a day (listed with their reason: not at home, no day, stock), so `check_month`
    checks it. Families planned on a day up to the last outcome day without an outcome count
    as delivered.
    Raises OutcomeError on an outcome for an unknown delivery or a day it was not planned on.
    """
    params = params or MonthParams()
    started = time.perf_counter()
    tick = progress or (lambda stage, done, total: None)
    if not outcomes:
        raise OutcomeError("no outcomes given")
    for o in outcomes:
        if o.delivery not in assignment.deliveries:
            raise OutcomeError(f"family {o.delivery}: not a delivery of this month")
        if o.outcome not in OUTCOMES:
            raise OutcomeError(f"family {o.delivery}: unknown outcome {o.outcome!r}")
        planned = assignment.day_of.get(o.delivery)
        if o.day is not None and planned is not None and planned != o.day:
            raise OutcomeError(f"family {o.delivery}: outcome on {o.day}, but planned on {planned}")
    as_of = max(o.day or assignment.day_of[o.delivery] for o in outcomes)
    rescheduled: dict[str, dt.date | None] = {}
    for o in sorted(outcomes, key=lambda o: o.delivery):
        if o.outcome == NOT_HOME:
            rescheduled[o.delivery] = reschedule_not_at_home(assignment, o.delivery, as_of)
    rest_days = tuple(d for d in assignment.calendar.days if d > as_of)
    rest_calendar = MonthCalendar(assignment.calendar.month, rest_days, assignment.calendar.closed)
    due = {
        i: d
        for i, d in assignment.deliveries.items()
        if assignment.day_of.get(i) in rest_days or i in assignment.unassigned
    }
    rest = Assignment(
        rest_calendar,
        due,
        {i: day for i, day in assignment.day_of.items() if i in due},
        {i: r for i, r in assignment.unassigned.items() if i in due},
        assignment.day_limit,
        assignment.stock,
    )
    days = {}
    for k, day in enumerate(rest_days):
        days[day] = route_day(inputs, day, rest.on(day), params)
        tick("route", k + 1, len(rest_days))
    plan = MonthPlan(rest_calendar, rest, days)
    plan.wall_s = time.perf_counter() - started
    delivered = sorted(o.delivery for o in outcomes if o.outcome == DELIVERED)
    return RestPlan(as_of, plan, rescheduled, delivered)
