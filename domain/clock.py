"""The one clock: the municipality's time zone and how times are shown to people.

Plans hold times as seconds since local midnight (Europe/Istanbul). Every time a person reads —
route sheet, driver page, API, dispatcher page — goes through `format_hhmm`, which rounds to the
nearest minute (half a minute up), so 07:14:31 reads 07:15 everywhere.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

TIMEZONE = "Europe/Istanbul"
"""The kitchen's and the drivers' clock (IANA name)."""


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
