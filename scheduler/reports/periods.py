"""Report periods as typed on the command line: "2025", "2025Q2", "2026-01"."""

from __future__ import annotations

import datetime as dt
import re

from domain.reports import Period, PeriodKind


class PeriodError(ValueError):
    """A period that cannot be read; the message shows the forms that can."""


YEARS = (1900, 2199)
"""Years a report may be of."""


def _check_year(y: int) -> None:
    if not YEARS[0] <= y <= YEARS[1]:
        raise PeriodError(f"year {y}: expected {YEARS[0]}..{YEARS[1]}, e.g. 2025")


def year(y: int) -> Period:
    """The calendar year `y`."""
    _check_year(y)
    return Period(PeriodKind.YEAR, dt.date(y, 1, 1), dt.date(y, 12, 31), f"{y}")


def quarter(y: int, q: int) -> Period:
    """Quarter `q` (1..4) of `y`."""
    _check_year(y)
    if not 1 <= q <= 4:
        raise PeriodError(f"quarter {q} of {y}: a quarter is 1..4, e.g. {y}Q2")
    start = dt.date(y, 3 * q - 2, 1)
    return Period(PeriodKind.QUARTER, start, _month_end(dt.date(y, 3 * q, 1)), f"{y}Q{q}")


def month(y: int, m: int) -> Period:
    """Month `m` (1..12) of `y`."""
    _check_year(y)
    if not 1 <= m <= 12:
        raise PeriodError(f"month {m} of {y}: a month is 01..12, e.g. {y}-01")
    start = dt.date(y, m, 1)
    return Period(PeriodKind.MONTH, start, _month_end(start), f"{y}-{m:02d}")


def parse_period(text: str) -> Period:
    """ "2025" (a year), "2025Q2" (a quarter) or "2026-01" (a month)."""
    t = text.strip().upper()
    if m := re.fullmatch(r"(\d{4})", t):
        return year(int(m[1]))
    if m := re.fullmatch(r"(\d{4})-?Q([1-4])", t):
        return quarter(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
        return month(int(m[1]), int(m[2]))
    raise PeriodError(
        f"period {text!r}: expected a year (2025), quarter (2025Q2) or month (2026-01)"
    )


def _month_end(first: dt.date) -> dt.date:
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)
