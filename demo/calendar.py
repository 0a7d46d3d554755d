"""Reproducible demo holds: over each enrolment (what the demo store holds), or around one date
(what a simulated day draws)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable

from domain.calendar import Calendar, Hold
from domain.households import Household

HOLD_SHARE = 0.04
"""Share of the day's clients on hold around any date: hospital stays and family visits."""

HOLD_REASONS = ("Hastanede", "Ailesinin yanında", "Kısa süreli bakım evinde")


def demo_calendar(households: Iterable[Household], day: dt.date, seed: int = 2025) -> Calendar:
    """A reproducible set of holds around `day`, so the demo shows clients on hold."""
    rng = random.Random(f"{seed}-{day.isoformat()}")
    holds = []
    for household in households:
        if rng.random() < HOLD_SHARE:
            start = day - dt.timedelta(days=rng.randint(0, 5))
            end = start + dt.timedelta(days=rng.randint(3, 14))
            holds.append(Hold(household.ref, start, end, rng.choice(HOLD_REASONS)))
    return Calendar(holds=holds)


HOLD_DAYS = (3, 14)
"""Shortest and longest demo hold, days."""
MEAN_DAYS_BETWEEN_HOLDS = 204
"""Mean days at home between two holds: a hold lasts 8.5 days on average, so about
`HOLD_SHARE` (4%) of the enrolled clients are on hold on any date: 8.5 / (8.5 + 204)."""
OPEN_HOLDS_UNTIL = dt.date(2027, 12, 31)
"""Holds of an open-ended enrolment are drawn up to this date."""


def demo_holds(households: Iterable[Household], seed: int = 2025) -> list[Hold]:
    """Reproducible holds over each household's enrolment, the same whatever day is planned.

    This is the calendar the demo town fills a store with (`sofra demo`, the API's first start),
    so every planned day shows about `HOLD_SHARE` of its clients on hold. Each household draws
    its own holds from its own random stream (adding a household changes no other's holds).
    """
    holds = []
    for household in households:
        if household.start_date is None:
            continue
        rng = random.Random(f"{seed}-holds-{household.ref}")
        last = household.end_date or OPEN_HOLDS_UNTIL
        start = household.start_date + dt.timedelta(
            days=round(rng.expovariate(1 / MEAN_DAYS_BETWEEN_HOLDS))
        )
        while start <= last:
            length = rng.randint(*HOLD_DAYS)
            end = min(start + dt.timedelta(days=length - 1), last)
            holds.append(Hold(household.ref, start, end, rng.choice(HOLD_REASONS)))
            gap = round(rng.expovariate(1 / MEAN_DAYS_BETWEEN_HOLDS))
            start = end + dt.timedelta(days=1 + gap)
    return holds
