"""Not at home (or not reached today): move a delivery to another available day of its cycle."""

from __future__ import annotations

import datetime as dt

from scheduler.parcels.assign import Assignment

NOT_AT_HOME = "not_at_home"
"""Reason code of a delivery that found nobody at home and has no day left in its cycle."""


def reschedule_not_at_home(
    assignment: Assignment, delivery_id: str, failed: dt.date, reason: str = NOT_AT_HOME
) -> dt.date | None:
    """The new day of a delivery that found nobody at home on `failed`, updated in place.

    Candidates are the family's available days after `failed` in the same cycle with room and
    stock left; the day with most families of the same building, then of the same
    neighbourhood, then the earliest wins (the van is there anyway). None, and the delivery is
    listed with `reason` (`not_at_home`; a van breakdown passes its own), when no day is left.
    """
    delivery = assignment.deliveries[delivery_id]
    assignment.day_of.pop(delivery_id, None)
    options = [d for d in delivery.days if d > failed and assignment.fits(delivery, d)]
    if not options:
        assignment.unassigned[delivery_id] = reason
        return None

    def closeness(day: dt.date) -> tuple[int, int, dt.date]:
        others = assignment.on(day)
        building = sum(1 for o in others if o.family.building == delivery.family.building)
        hood = sum(1 for o in others if o.family.neighbourhood == delivery.family.neighbourhood)
        return (-building, -hood, day)

    day = min(options, key=closeness)
    assignment.day_of[delivery_id] = day
    assignment.unassigned.pop(delivery_id, None)
    return day
