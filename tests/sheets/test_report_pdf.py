"""The report PDF: Turkish headline figures on page 1, İ ı ğ ş as text, English on request;
the CSV and Excel hold the same tables; nothing but aggregates."""

from __future__ import annotations

import datetime as dt
import io

from api_testing import pdf_text
from openpyxl import load_workbook
from pypdf import PdfReader

from domain.reports import DeliveryLog, MealOutcome, MealRecord, NeedCategory, Report
from scheduler.reports.aggregate import build_report
from scheduler.reports.periods import parse_period
from scheduler.reports.settings import ReportSettings
from sheets.report_pdf import report_pdf
from sheets.report_tables import report_csv, report_xlsx

CENTROIDS = {
    "Şehitler Mah.": (40.07, 29.51),
    "Akhisar Mah.": (40.08, 29.52),
    "Hamidiye Mah.": (40.075, 29.50),
}
MAHALLE = ["Şehitler Mah."] * 6 + ["Akhisar Mah."] * 3 + ["Hamidiye Mah."] * 3


def _report() -> Report:
    meals = []
    for day in range(1, 29):  # 12 households × 28 days, dinner, one portion
        for n in range(12):
            mahalle = MAHALLE[n]
            meals.append(
                MealRecord(
                    dt.date(2025, 2, day),
                    "dinner",
                    f"P-{n:03d}",
                    mahalle,
                    NeedCategory.OVER_65,
                    MealOutcome.DELIVERED,
                )
            )
    return build_report(
        DeliveryLog(meals=tuple(meals)), parse_period("2025"), ReportSettings(), CENTROIDS
    )


ROADS = [[(40.07, 29.50), (40.08, 29.53)]]


def test_page_one_has_the_turkish_headline_figures_and_letters() -> None:
    pdf = report_pdf(_report(), lang="tr", roads=ROADS, made_on=dt.date(2026, 1, 5))
    first = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Sosyal Hizmetler Faaliyet Raporu" in first and "2025 yılı" in first
    assert "Sıcak yemek verilen hane 12" in first
    assert "Dağıtılan öğün 336" in first  # 12 × 28
    assert "İnegöl Belediyesi" in first
    for letter in "İığş":
        assert letter in first
    text = pdf_text(pdf)
    assert "Şehitler Mah." in text and "<5" in text  # Akhisar's and Hamidiye's 3 suppressed
    assert "P-0" not in text


def test_english_on_request() -> None:
    text = pdf_text(report_pdf(_report(), lang="en", roads=ROADS))
    assert "Social Services Activity Report" in text and "Meals delivered 336" in text
    assert "Households given hot meals 12" in text


def test_csv_and_excel_hold_the_tables() -> None:
    report = _report()
    csv_text = report_csv(report, "tr").decode("utf-8-sig")
    assert "Mahallelere göre" in csv_text and "Şehitler Mah.,6,168" in csv_text
    # 3 and 3 households: both hidden, together 6 (at least 5), so 12 - 6 reveals no one.
    assert "Akhisar Mah.,<5,<5" in csv_text and "Hamidiye Mah.,<5,<5" in csv_text
    book = load_workbook(io.BytesIO(report_xlsx(report, "en")))
    assert "By neighbourhood" in book.sheetnames
    rows = list(book["By neighbourhood"].values)
    assert ("Total", "12", "336", "0", "0") in rows
