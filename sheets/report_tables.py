"""The report's tables as CSV and Excel (openpyxl): the same text as the PDF's tables."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font

from domain.lang import label
from domain.reports import Report
from sheets.report_pdf import headline_rows, table_rows
from sheets.report_text import period_text

SHEET_TITLE_MAX = 31
"""Excel's limit on a sheet name."""


def report_sections(report: Report, lang: str = "tr") -> list[tuple[str, list[list[str]]]]:
    """(title, rows) of the headline figures and of every table."""
    sections = [(label("rep_headline", lang), headline_rows(report, lang))]
    for table in report.tables:
        sections.append((label(table.key, lang), table_rows(table, report.threshold, lang)))
    return sections


def report_csv(report: Report, lang: str = "tr") -> bytes:
    """Every table one after another, each under its title line (UTF-8 with BOM for Excel)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([label("rep_title", lang), period_text(report.period, lang)])
    for title, rows in report_sections(report, lang):
        writer.writerow([])
        writer.writerow([title])
        writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def report_xlsx(report: Report, lang: str = "tr") -> bytes:
    """One sheet per table; the header row bold."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in report_sections(report, lang):
        sheet = book.create_sheet(title[:SHEET_TITLE_MAX].replace(":", " "))
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 44
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
