"""Households out: spreadsheet rows (the import format, Turkish or English), GeoJSON, and a
pseudonymised version for planners without name, phone, address, diets or notes."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from domain.households import Household
from store.exports.cells import is_formula_like, neutralise
from store.exports.files import open_private
from store.exports.pseudonym import coarse, pseudonym
from store.imports.columns import COLUMNS, header_of
from store.imports.values import format_days, format_diets, format_meal_plan

PSEUDONYMISED_COLUMNS = (
    "pseudonym",
    "lat",
    "lon",
    "neighbourhood",
    "meal_plan",
    "service_days",
    "portions",
    "required_skills",
    "start_date",
    "end_date",
)


def household_record(household: Household, *, lang: str = "en") -> dict[str, Any]:
    """One household as a spreadsheet row keyed by the import headers of `lang` ("en"/"tr")."""
    values: dict[str, Any] = {
        "ref": household.ref,
        "name": household.name,
        "phone": household.phone,
        "street": household.street,
        "house_number": household.house_number,
        "neighbourhood": household.neighbourhood,
        "lat": round(household.lat, 7),
        "lon": round(household.lon, 7),
        "meal_plan": format_meal_plan(household.meal_plan, lang),
        "service_days": format_days(household.service_days, lang),
        "diets": format_diets(household.diets, lang),
        "notes": household.notes,
        "portions": household.portions,
        "required_skills": ", ".join(household.required_skills),
        "start_date": household.start_date or "",
        "end_date": household.end_date or "",
    }
    return {header_of(field, lang): values[field] for field in COLUMNS}


def pseudonymised_record(household: Household, *, key: bytes, decimals: int) -> dict[str, Any]:
    """A household for planners: a stable pseudonym and a location rounded to `decimals`."""
    return {
        "pseudonym": pseudonym(key, household.ref),
        "lat": coarse(household.lat, decimals),
        "lon": coarse(household.lon, decimals),
        "neighbourhood": household.neighbourhood,
        "meal_plan": household.meal_plan.value,
        "service_days": format_days(household.service_days, "en"),
        "portions": household.portions,
        "required_skills": ", ".join(household.required_skills),
        "start_date": household.start_date.isoformat() if household.start_date else "",
        "end_date": household.end_date.isoformat() if household.end_date else "",
    }


def write_csv(records: Sequence[dict[str, Any]], out: TextIO, columns: Sequence[str]) -> None:
    """Write records as CSV (comma-separated, UTF-8 text) with these columns; text that a
    spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe."""
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writerow({c: neutralise(c) for c in columns})
    writer.writerows({k: neutralise(v) for k, v in record.items()} for record in records)


def write_xlsx(records: Sequence[dict[str, Any]], path: Path, columns: Sequence[str]) -> None:
    """Write records as a one-sheet Excel workbook with bold headers and fitted column widths,
    readable by its owner only (0600).

    No cell is ever a formula: text that Excel would read as one (=, +, -, @ first) is stored
    as a text cell with Excel's apostrophe prefix (`quotePrefix`), so "=HYPERLINK(…)" shows as
    the text it is and "+90 532 …" as a phone number, and re-imports unchanged.
    """
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Haneler"
    sheet.append(list(columns))
    for record in records:
        sheet.append([record.get(c, "") for c in columns])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD.MM.YYYY"  # how Turkish spreadsheets show dates
            elif isinstance(cell.value, str) and (
                cell.data_type == "f" or is_formula_like(cell.value)
            ):
                cell.data_type = "s"  # openpyxl makes any "=…" text a formula
                cell.quotePrefix = True
    for index, column in enumerate(columns, start=1):
        sheet.cell(row=1, column=index).font = Font(bold=True)
        width = max([len(str(column))] + [len(str(r.get(column, ""))) for r in records[:200]])
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, 50)
    sheet.freeze_panes = "A2"
    with open_private(path, "wb") as out:
        workbook.save(out)


def household_columns(lang: str) -> list[str]:
    """The headers of a household spreadsheet in `lang`."""
    return [header_of(field, lang) for field in COLUMNS]


def feature_collection(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """GeoJSON points from records with "lat"/"lon" (any language: Enlem/Boylam too)."""
    features = []
    for record in records:
        lat = record.get("lat", record.get("Enlem"))
        lon = record.get("lon", record.get("Boylam"))
        properties = {k: v for k, v in record.items() if k not in {"lat", "lon", "Enlem", "Boylam"}}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}
