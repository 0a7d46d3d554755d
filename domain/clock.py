"""The one clock: the municipality's time zone and how times are shown to people.

Plans hold times as seconds since local midnight (Europe/Istanbul). Every time a person reads —
route sheet, driver page, API, dispatcher page — goes through `format_hhmm`, which rounds to the
nearest minute (half a minute up), so 07:14:31 reads 07:15 everywhere.

Every date a person types — CLI options, spreadsheet cells, scenario files — goes through
`parse_date` (ISO 2025-01-31 or Turkish 31.01.2025), and every date Sofra accepts lies in
`DATE_MIN`..`DATE_MAX` (`check_date_range`), so a typo such as 0001-01-01 is refused at the edge
instead of overflowing a calculation deep inside.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

TIMEZONE = "Europe/Istanbul"
"""The kitchen's and the drivers' clock (IANA name)."""

DATE_MIN = dt.date(2000, 1, 1)
DATE_MAX = dt.date(2100, 12, 31)
"""The dates Sofra accepts anywhere (plans, holds, households, scenarios, CLI options)."""

DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y")
"""ISO first, then how Turkish offices write them: 31.01.2025, 31/01/2025, 31-01-2025, 31.01.25."""


class DateError(ValueError):
    """A date that cannot be read, or lies outside `DATE_MIN`..`DATE_MAX`; the message says how
    to write it."""


class DateOutOfRangeError(DateError):
    """A real date, but outside `DATE_MIN`..`DATE_MAX` (0001-01-01, a year typed 2205)."""


def check_date_range(day: dt.date) -> dt.date:
    """`day` itself, or `DateError` when it lies outside `DATE_MIN`..`DATE_MAX`."""
    if isinstance(day, dt.datetime):
        day = day.date()
    if not DATE_MIN <= day <= DATE_MAX:
        raise DateOutOfRangeError(
            f"date {day.isoformat()} is outside {DATE_MIN.isoformat()}..{DATE_MAX.isoformat()}; "
            "check the year"
        )
    return day


def parse_date(text: str) -> dt.date:
    """A date written as 2025-01-31 (ISO) or 31.01.2025 (also 31/01/2025, 31-01-2025, 31.01.25),
    checked against `DATE_MIN`..`DATE_MAX`; `DateError` naming the formats otherwise."""
    written = text.strip()
    for fmt in DATE_FORMATS:
        try:
            day = dt.datetime.strptime(written, fmt).date()
        except ValueError:
            continue
        return check_date_range(day)
    raise DateError(f"unreadable date {written!r}; write 2025-01-31 or 31.01.2025")


def zone(name: str = TIMEZONE) -> ZoneInfo:
    """The local time zone."""
    return ZoneInfo(name)


def now(tz: str = TIMEZONE) -> dt.datetime:
    """The current local time, aware."""
    return dt.datetime.now(zone(tz))


def today(tz: str = TIMEZONE) -> dt.date:
    """Today's date in İnegöl, whatever the server's own time zone is."""
    return now(tz).date()


def hhmm_to_s(text: str) -> int:
    """Seconds since midnight of an "HH:MM" clock time."""
    hours, minutes = text.split(":")
    return int(hours) * 3600 + int(minutes) * 60


def round_to_minute(seconds: float) -> int:
    """Whole minutes of `seconds`, rounded half up (07:14:30 → 07:15): the one rounding rule."""
    return int(seconds // 60) + (1 if seconds % 60 >= 30 else 0)


def format_hhmm(seconds: float) -> str:
    """Seconds since midnight as "HH:MM", rounded to the nearest minute."""
    minutes = round_to_minute(seconds)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def format_local_hhmm(moment: dt.datetime, tz: str = TIMEZONE) -> str:
    """An aware moment as the kitchen's clock shows it, "HH:MM" (`format_hhmm` rounding)."""
    return format_hhmm(seconds_of_day(moment.astimezone(zone(tz))) + moment.microsecond / 1e6)


def seconds_of_day(moment: dt.datetime) -> int:
    """Seconds since local midnight of an aware or naive local datetime."""
    return moment.hour * 3600 + moment.minute * 60 + moment.second
