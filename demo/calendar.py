"""Reproducible holds around a date, so the demo shows clients on hold."""

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
