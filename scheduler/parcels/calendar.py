"""A month of parcel rounds: its working days (weekends and public holidays off) and cycles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from domain.parcels import (
    BAYRAM,
    TURKISH_HOLIDAYS_2026,
    BayramCampaign,
    Cycle,
    Family,
    Holiday,
)


@dataclass(frozen=True, slots=True)
class MonthCalendar:
    """The working days of a month; `closed` lists the weekday holidays left out."""

    month: dt.date
    days: tuple[dt.date, ...]
    closed: tuple[Holiday, ...]

    def periods(self, cycle: Cycle) -> tuple[tuple[dt.date, ...], ...]:
        """The cycles of the month: the whole month, or its two halves for biweekly families."""
        if cycle is Cycle.MONTHLY or len(self.days) < 2:
            return (self.days,)
        half = (len(self.days) + 1) // 2
        return (self.days[:half], self.days[half:])


def parse_month(text: str) -> dt.date:
    """The first day of the month "YYYY-MM"; raises ValueError on anything else."""
    try:
        year, month = (int(part) for part in text.split("-"))
        return dt.date(year, month, 1)
    except ValueError:
        raise ValueError(f"month must be written YYYY-MM (e.g. 2026-01), got {text!r}") from None


def month_calendar(
    month: dt.date, holidays: Sequence[Holiday] = TURKISH_HOLIDAYS_2026
) -> MonthCalendar:
    """Monday–Friday of `month` except public holidays."""
    first = month.replace(day=1)
    closed = {h.day: h for h in holidays}
    days, shut = [], []
    day = first
    while day.month == first.month:
        if day.isoweekday() <= 5:
            if day in closed:
                shut.append(closed[day])
            else:
                days.append(day)
        day += dt.timedelta(days=1)
    return MonthCalendar(first, tuple(days), tuple(shut))


def same_day_this_cycle(last: dt.date | None, days: Sequence[dt.date]) -> dt.date | None:
    """Last cycle's day carried over: the same weekday and week of the month ("2nd Tuesday"),
    else the nearest working day with that weekday; None without a last day or such a day."""
    if last is None:
        return None
    ordinal = (last.day - 1) // 7
    same_weekday = [d for d in days if d.isoweekday() == last.isoweekday()]
    if not same_weekday:
        return None
    return min(same_weekday, key=lambda d: (abs((d.day - 1) // 7 - ordinal), d))


@dataclass(frozen=True, slots=True)
class Delivery:
    """One family's delivery in one cycle of the month: `days` are the days it may go on.

    `campaign` names the bayram campaign whose window the delivery is held to (its `family`
    then carries the bayram parcel in `extra`), empty for an ordinary delivery.
    """

    id: str
    family: Family
    period: int
    days: tuple[dt.date, ...]
    keep: dt.date | None
    campaign: str = ""


BAYRAM_SUFFIX = "/bayram"
"""Id suffix of an extra bayram delivery ("F0001/bayram")."""


def deliveries(
    families: Sequence[Family],
    calendar: MonthCalendar,
    campaigns: Sequence[BayramCampaign] = (),
) -> list[Delivery]:
    """Every delivery the month owes: one per family and cycle (id "F0001", "F0001/2").

    A bayram campaign with days in this month holds each family's delivery of the cycle that
    meets its window to the window's days when someone is home then, adding the bayram parcel
    (a family never home in the window keeps its ordinary days, without one); an `extra`
    campaign adds a delivery "F0001/bayram" of the bayram parcel alone on the window's days
    (none of them available: it has no day and is listed with that reason).
    """
    windows = [(c, c.window(calendar.days)) for c in campaigns]
    windows = [(c, w) for c, w in windows if w]
    out = []
    for family in families:
        held: set[str] = set()
        for k, period in enumerate(calendar.periods(family.cycle)):
            days = tuple(d for d in period if family.available_on(d))
            keep = same_day_this_cycle(family.last_day, days) if k == 0 else None
            ident = family.ref if k == 0 else f"{family.ref}/{k + 1}"
            delivery = Delivery(ident, family, k, days, keep if keep in days else None)
            for campaign, window in windows:
                inside = tuple(d for d in days if d in window)
                if campaign.extra or campaign.name in held or not inside:
                    continue
                held.add(campaign.name)
                bayram = replace(family, extra=(*family.extra, BAYRAM))
                kept = delivery.keep if delivery.keep in inside else None
                delivery = Delivery(ident, bayram, k, inside, kept, campaign.name)
            out.append(delivery)
        for campaign, window in windows:
            if campaign.extra:
                only = replace(family, extra=(BAYRAM,), regular=False)
                days = tuple(d for d in window if family.available_on(d))
                ident = family.ref + BAYRAM_SUFFIX
                out.append(Delivery(ident, only, 0, days, None, campaign.name))
    return out
