"""The delivery-log file: the records of services whose tables are not in the store yet.

JSON, `{"format": "sofra-delivery-log", "version": 1, "parcels": [...], "visits": [...],
"applications": [...], "fleet": [...], "meals": [...]}`, each record an object of its fields
(dates ISO). Refs are pseudonyms. Written mode 0600 (it is per-person, if pseudonymous).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from domain.reports import (
    ApplicationRecord,
    DeliveryLog,
    FleetDayRecord,
    MealOutcome,
    MealRecord,
    NeedCategory,
    ParcelOutcome,
    ParcelRecord,
    VisitRecord,
)

FORMAT = "sofra-delivery-log"
VERSION = 1
KINDS: dict[str, type] = {
    "meals": MealRecord,
    "parcels": ParcelRecord,
    "visits": VisitRecord,
    "applications": ApplicationRecord,
    "fleet": FleetDayRecord,
}
_ENUMS: dict[str, type] = {"need_category": NeedCategory}


class DeliveryLogError(ValueError):
    """A delivery-log file that cannot be read; the message names the record and field."""


def log_document(log: DeliveryLog) -> dict[str, Any]:
    """The log as its JSON document."""
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for kind in KINDS:
        out[kind] = [
            {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in _fields(r).items()}
            for r in getattr(log, kind)
        ]
    return out


def _fields(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def write_log(log: DeliveryLog, path: Path) -> None:
    """Write `log` to `path` (mode 0600), replacing it whole."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(log_document(log), f, ensure_ascii=False, separators=(",", ":"))
    os.chmod(tmp, 0o600)
    tmp.replace(path)


def read_log(path: Path) -> DeliveryLog:
    """The log in `path`; `DeliveryLogError` naming what is wrong."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DeliveryLogError(f"{path}: cannot read the delivery log ({exc})") from exc
    return log_from_document(document, str(path))


def log_from_document(document: Any, where: str = "delivery log") -> DeliveryLog:
    """The log of a JSON document; unknown or missing fields are errors naming the record."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DeliveryLogError(f"{where}: not a {FORMAT} document")
    if document.get("version") != VERSION:
        raise DeliveryLogError(f"{where}: version {document.get('version')!r}, expected {VERSION}")
    unknown = set(document) - set(KINDS) - {"format", "version"}
    if unknown:
        raise DeliveryLogError(f"{where}: unknown section(s) {', '.join(sorted(unknown))}")
    parts = {kind: tuple(_records(document.get(kind, []), kind, where)) for kind in KINDS}
    return DeliveryLog(**parts)


def _records(items: Any, kind: str, where: str) -> list[Any]:
    cls = KINDS[kind]
    fields = {f.name: f for f in dataclasses.fields(cls)}
    required = {n for n, f in fields.items() if f.default is dataclasses.MISSING}
    if not isinstance(items, list):
        raise DeliveryLogError(f"{where}: {kind} must be a list")
    out = []
    for i, item in enumerate(items):
        at = f"{where}: {kind}[{i}]"
        if not isinstance(item, dict):
            raise DeliveryLogError(f"{at} is not an object")
        if extra := set(item) - set(fields):
            raise DeliveryLogError(f"{at}: unknown field(s) {', '.join(sorted(extra))}")
        if missing := required - set(item):
            raise DeliveryLogError(f"{at}: missing field(s) {', '.join(sorted(missing))}")
        try:
            out.append(cls(**{k: _value(kind, k, v) for k, v in item.items()}))
        except (TypeError, ValueError) as exc:
            raise DeliveryLogError(f"{at}: {exc}") from exc
    return out


def _value(kind: str, name: str, value: Any) -> Any:
    if name == "day":
        return dt.date.fromisoformat(value)
    if name == "outcome" and kind == "meals":
        return MealOutcome(value)
    if name == "outcome" and kind == "parcels":
        return ParcelOutcome(value)
    if name in _ENUMS:
        return _ENUMS[name](value)
    return value
