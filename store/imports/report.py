"""What an import did, or why it was rejected: every bad row and field, by spreadsheet row."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.errors import StoreError


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem: the spreadsheet row (1 = the header row), the column as headed, the fix."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = "header" if self.row == 1 else f"row {self.row}"
        return (
            f"{where}, {self.column}: {self.message}" if self.column else f"{where}: {self.message}"
        )


class ImportRejectedError(StoreError, ValueError):
    """The file has bad rows: nothing was imported. `errors` lists every one."""

    def __init__(self, source: str, errors: list[RowError]) -> None:
        self.source = source
        self.errors = sorted(errors, key=lambda e: (e.row, e.column))
        rows = len({e.row for e in self.errors})
        lines = "\n".join(f"  {e}" for e in self.errors)
        super().__init__(
            f"{source}: {len(self.errors)} problem(s) in {rows} row(s); nothing was imported. "
            f"Fix these and import the file again:\n{lines}"
        )


@dataclass(frozen=True, slots=True)
class FlaggedRow:
    """A household placed by a low-confidence geocode: imported, marked `needs_review`."""

    row: int
    ref: str
    confidence: float
    method: str
    matched_street: str


@dataclass(slots=True)
class ImportResult:
    """Counts of an accepted import, the rows flagged for review, and columns not used."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    geocoded: int = 0
    flagged: list[FlaggedRow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Rows in the file."""
        return self.created + self.updated + self.unchanged
