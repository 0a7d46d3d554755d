"""Read a household spreadsheet (CSV or Excel) into header names and numbered rows."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from store.errors import StoreError

CSV_ENCODINGS = ("utf-8-sig", "cp1254")
"""UTF-8 first; Windows-1254 is what Turkish Excel writes when told "CSV"."""


class SpreadsheetError(StoreError, ValueError):
    """A file that is not a readable household spreadsheet."""


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One data row: its number as the spreadsheet shows it (header = row 1) and its cells."""

    number: int
    cells: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Sheet:
    """The header names as written in the file, and the non-empty data rows; `unnamed` lists
    the columns (as letters, "K") that hold values under an empty header cell."""

    headers: list[str]
    rows: list[SheetRow]
    unnamed: list[str] = field(default_factory=list)


def read_sheet(path: Path) -> Sheet:
    """Read `.csv` (comma, semicolon or tab separated) or `.xlsx` (its first worksheet)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in {".xlsx", ".xlsm"}:
        return _read_xlsx(path)
    raise SpreadsheetError(f"{path.name}: unsupported file type {suffix!r}; use .csv or .xlsx")


def _read_csv(path: Path) -> Sheet:
    raw = path.read_bytes()
    for encoding in CSV_ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1254 decodes almost any byte string
        raise SpreadsheetError(f"{path.name}: not UTF-8 or Windows-1254 text; save it as UTF-8")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    records = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return _sheet(path, records, first_row=1)


def _read_xlsx(path: Path) -> Sheet:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several unrelated types for a broken file
        raise SpreadsheetError(f"{path.name}: not a readable Excel file ({exc})") from exc
    try:
        sheet = workbook.worksheets[0]
        records = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _sheet(path, records, first_row=1)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _sheet(path: Path, records: list[list[Any]], first_row: int) -> Sheet:
    numbered = [(first_row + i, r) for i, r in enumerate(records) if not all(map(_blank, r))]
    if not numbered:
        raise SpreadsheetError(f"{path.name}: the file is empty; the first row must be headers")
    _, header_cells = numbered[0]
    headers = ["" if _blank(h) else str(h).strip() for h in header_cells]
    rows = [
        SheetRow(number, {h: v for h, v in zip(headers, values, strict=False) if h})
        for number, values in numbered[1:]
    ]
    unnamed = sorted(
        {
            index
            for _, values in numbered[1:]
            for index, value in enumerate(values)
            if not _blank(value) and (index >= len(headers) or not headers[index])
        }
    )
    return Sheet(
        headers=[h for h in headers if h],
        rows=rows,
        unnamed=[get_column_letter(i + 1) for i in unnamed],
    )
