"""Household imports from CSV and Excel, Turkish or English columns, all rows or none."""

from store.imports.importer import import_households
from store.imports.readers import SpreadsheetError
from store.imports.report import FlaggedRow, ImportRejectedError, ImportResult, RowError

__all__ = [
    "FlaggedRow",
    "ImportRejectedError",
    "ImportResult",
    "RowError",
    "SpreadsheetError",
    "import_households",
]
