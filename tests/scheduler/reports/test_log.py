"""The delivery-log file: round trip, mode 0600, and errors that name the record and field."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from domain.reports import (
    ApplicationRecord,
    DeliveryLog,
    MealOutcome,
    MealRecord,
    NeedCategory,
    ParcelOutcome,
    ParcelRecord,
)
from scheduler.reports.log import DeliveryLogError, read_log, write_log
from scheduler.reports.periods import PeriodError, parse_period

DAY = dt.date(2025, 5, 2)


def test_a_log_written_is_the_log_read_and_private(tmp_path: Path) -> None:
    log = DeliveryLog(
        meals=(
            MealRecord(
                DAY, "dinner", "P-1", "Cuma Mah.", NeedCategory.SICK, MealOutcome.DELIVERED, 2
            ),
        ),
        parcels=(
            ParcelRecord(
                DAY, "P-2", "Yenice Mah.", "gluten_free", 8.0, True, ParcelOutcome.NOT_AT_HOME, 4
            ),
        ),
        applications=(ApplicationRecord(DAY, "whatsapp", "approved"),),
    )
    path = tmp_path / "log.json"
    write_log(log, path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_log(path) == log


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["parcels"][0].pop("kg"), r"parcels\[0\]: missing field\(s\) kg"),
        (
            lambda d: d["parcels"][0].update(colour="red"),
            r"parcels\[0\]: unknown field\(s\) colour",
        ),
        (lambda d: d["parcels"][0].update(day="2025-13-01"), r"parcels\[0\]: month must be"),
        (lambda d: d["parcels"][0].update(outcome="lost"), r"parcels\[0\]: 'lost' is not a valid"),
        (lambda d: d.update(version=9), "version 9, expected 1"),
        (lambda d: d.update(trucks=[]), r"unknown section\(s\) trucks"),
    ],
)
def test_a_bad_log_names_the_record_and_field(tmp_path: Path, edit, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "log.json"
    write_log(
        DeliveryLog(
            parcels=(
                ParcelRecord(DAY, "P-2", "", "standard", 18.0, False, ParcelOutcome.DELIVERED),
            )
        ),
        path,
    )
    document = json.loads(path.read_text())
    edit(document)
    path.write_text(json.dumps(document))
    with pytest.raises(DeliveryLogError, match=message):
        read_log(path)


def test_periods_as_typed() -> None:
    assert (parse_period("2025").start, parse_period("2025").end) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )
    q2 = parse_period("2025Q2")
    assert (q2.start, q2.end, len(q2.months())) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30), 3)
    feb = parse_period("2024-02")
    assert (feb.end, feb.code) == (dt.date(2024, 2, 29), "2024-02")
    for bad in ("2025Q5", "2025-13", "last year", "0000Q1", "0000-01"):
        with pytest.raises(PeriodError):
            parse_period(bad)
