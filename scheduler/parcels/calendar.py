"""A month of parcel rounds: its working days (weekends and public holidays off) and cycles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from domain.parcels import TURKISH_HOLIDAYS_2026, Cycle, Family, Holiday


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
    """One family's delivery in one cycle of the month: `days` are the days it may go on."""

    id: str
    family: Family
    period: int
    days: tuple[dt.date, ...]
    keep: dt.date | None


def deliveries(families: Sequence[Family], calendar: MonthCalendar) -> list[Delivery]:
    """Every delivery the month owes: one per family and cycle (id "F0001", "F0001/2")."""
    out = []
    for family in families:
        for k, period in enumerate(calendar.periods(family.cycle)):
            days = tuple(d for d in period if family.available_on(d))
            keep = same_day_this_cycle(family.last_day, days) if k == 0 else None
            ident = family.ref if k == 0 else f"{family.ref}/{k + 1}"
            out.append(Delivery(ident, family, k, days, keep if keep in days else None))
    return out
