"""Who gets which meal on a date: regular plans, holds, one-off cancellations and additions."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from geodata.households import Household
from scheduler.due import households_due


class OneOffKind(StrEnum):
    """A one-off change to a single delivery."""

    CANCEL = "cancel"
    ADD = "add"


@dataclass(frozen=True, slots=True)
class Hold:
    """No meals for `ref` from `start` to `end` inclusive (hospital stay, visiting family)."""

    ref: str
    start: dt.date
    end: dt.date
    reason: str = ""

    def covers(self, day: dt.date) -> bool:
        """True when the hold is in force on `day`."""
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class OneOff:
    """Cancel or add one household's delivery for one date and shift."""

    ref: str
    day: dt.date
    shift: str
    kind: OneOffKind
    reason: str = ""


@dataclass(slots=True)
class Calendar:
    """Exceptions to the regular meal plans."""

    holds: list[Hold] = field(default_factory=list)
    one_offs: list[OneOff] = field(default_factory=list)

    def on_hold(self, ref: str, day: dt.date) -> bool:
        """True when `ref` has a hold in force on `day`."""
        return any(h.ref == ref and h.covers(day) for h in self.holds)

    def refs(self, day: dt.date, shift: str, kind: OneOffKind) -> set[str]:
        """Households with a one-off change of `kind` for this date and shift."""
        return {o.ref for o in self.one_offs if (o.day, o.shift, o.kind) == (day, shift, kind)}


def deliveries_on(
    households: Sequence[Household], day: dt.date, shift: str, calendar: Calendar | None = None
) -> list[Household]:
    """Households to deliver to on `day` for `shift`, in reference order.

    Regular plans first, then one-off additions; holds and one-off cancellations win over both
    (a household on hold gets nothing, even if someone added a one-off delivery).
    """
    calendar = calendar or Calendar()
    by_ref = {h.ref: h for h in households}
    due = {h.ref for h in households_due(households, day, shift)}
    due |= {ref for ref in calendar.refs(day, shift, OneOffKind.ADD) if ref in by_ref}
    due -= calendar.refs(day, shift, OneOffKind.CANCEL)
    due = {ref for ref in due if not calendar.on_hold(ref, day)}
    return [by_ref[ref] for ref in sorted(due)]


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
