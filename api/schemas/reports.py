"""What `GET /reports` reveals: aggregates only, each figure with its text in the asked language
("<5" when suppressed)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from domain.lang import label
from domain.reports import Report
from sheets.report_text import cell_text, period_text, row_text


class FigurePublic(BaseModel):
    """One figure: `value` null when suppressed (fewer people than the threshold)."""

    key: str
    label: str
    value: float | None
    text: str


class CellPublic(BaseModel):
    """A table cell: `value` null when suppressed."""

    value: float | None
    text: str


class RowPublic(BaseModel):
    """A table row (`total` for the total row)."""

    key: str
    label: str
    total: bool
    cells: list[CellPublic]


class TablePublic(BaseModel):
    """A table of the report."""

    key: str
    title: str
    columns: list[FigurePublic] = Field(description="column keys and labels (value unused)")
    rows: list[RowPublic]


class ReportPublic(BaseModel):
    """The report of one period."""

    period: str = Field(description='"2025", "2025Q2" or "2026-01"')
    title: str
    start: dt.date
    end: dt.date
    threshold: int = Field(description="cells counting fewer people are suppressed")
    headline: list[FigurePublic]
    tables: list[TablePublic]

    @classmethod
    def of(cls, report: Report, lang: str) -> ReportPublic:
        """The public view of `report` in `lang`."""
        k = report.threshold
        return cls(
            period=report.period.code,
            title=period_text(report.period, lang),
            start=report.period.start,
            end=report.period.end,
            threshold=k,
            headline=[
                FigurePublic(
                    key=key, label=label(key, lang), value=c.value, text=cell_text(key, c, k, lang)
                )
                for key, c in report.headline.items()
            ],
            tables=[
                TablePublic(
                    key=t.key,
                    title=label(t.key, lang),
                    columns=[
                        FigurePublic(key=c, label=label(c, lang), value=None, text="")
                        for c in t.columns
                    ],
                    rows=[
                        RowPublic(
                            key=r.key,
                            label=row_text(r.key, lang),
                            total=r.total,
                            cells=[
                                CellPublic(value=v.value, text=cell_text(c, v, k, lang))
                                for c, v in zip(t.columns, r.cells, strict=True)
                            ],
                        )
                        for r in t.rows
                    ],
                )
                for t in report.tables
            ],
        )
