"""The office's reports: `GET /reports` (JSON), `/reports.pdf`, `/reports.csv`, `/reports.xlsx`.

One period per request: `year=2025`, `quarter=2025Q2` or `month=2026-01`. Aggregates only,
suppressed below the threshold (`SOFRA_REPORTS__SUPPRESS_BELOW`); admins, dispatchers and
planners may read them, drivers, teams and call-centre agents may not.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from api.core.problems import PROBLEM_RESPONSES, ProblemError
from api.deps import StateDep, require
from api.schemas.common import Lang
from api.schemas.reports import ReportPublic
from config import get_settings
from domain.clock import today
from domain.reports import Report
from scheduler.reports.log import DeliveryLogError
from scheduler.reports.periods import PeriodError, parse_period
from scheduler.reports.source import mahalle_centroids, store_report
from sheets.report_pdf import report_pdf
from sheets.report_tables import report_csv, report_xlsx
from sheets.report_text import costs_note
from sheets.roads import road_lines
from store.models.accounts import Role

router = APIRouter(tags=["reports"], responses=PROBLEM_RESPONSES)

REPORT_ROLES = (Role.ADMIN, Role.DISPATCHER, Role.PLANNER)
"""Who may read reports: aggregates only, so planners too."""
ReportReader = Annotated[object, Depends(require(*REPORT_ROLES))]

Year = Annotated[int | None, Query(ge=2000, le=2100, description="e.g. 2025")]
Quarter = Annotated[str | None, Query(max_length=7, pattern=r"^\d{4}-?Q[1-4]$")]
Month = Annotated[str | None, Query(max_length=7, pattern=r"^\d{4}-\d{2}$")]


def _report(state: StateDep, year: int | None, quarter: str | None, month: str | None) -> Report:
    given = [p for p in (str(year) if year else None, quarter, month) if p]
    if len(given) != 1:
        raise ProblemError(
            422,
            "give exactly one of year=2025, quarter=2025Q2, month=2026-01",
            slug="validation",
            field="year",
        )
    try:
        period = parse_period(given[0])
        settings = get_settings().reports
        return store_report(
            state.engine,
            period,
            settings,
            log_file=settings.log_file,
            centroids=mahalle_centroids(state.road),
        )
    except PeriodError as error:
        raise ProblemError(422, str(error), slug="validation", field="period") from None
    except DeliveryLogError as error:
        raise ProblemError(500, str(error), slug="delivery-log") from None


@router.get("/reports", response_model=ReportPublic)
def get_report(
    state: StateDep,
    _user: ReportReader,
    year: Year = None,
    quarter: Quarter = None,
    month: Month = None,
    lang: Lang = "tr",
) -> ReportPublic:
    """The report of a period: headline figures and tables, small cells suppressed."""
    return ReportPublic.of(_report(state, year, quarter, month), lang)


def _file(data: bytes, media: str, name: str) -> Response:
    return Response(
        data,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/reports.pdf", response_class=Response)
def get_report_pdf(
    state: StateDep,
    _user: ReportReader,
    year: Year = None,
    quarter: Quarter = None,
    month: Month = None,
    lang: Lang = "tr",
) -> Response:
    """The report as a PDF (Turkish by default)."""
    report = _report(state, year, quarter, month)
    s = get_settings().reports
    note = costs_note(
        s.cost_per_km_try, s.cost_per_van_day_try, s.cost_per_meal_try, s.co2_kg_per_km, lang
    )
    pdf = report_pdf(report, lang=lang, roads=road_lines(state.road), notes=[note], made_on=today())
    return _file(pdf, "application/pdf", f"report-{report.period.code}-{lang}.pdf")


@router.get("/reports.csv", response_class=Response)
def get_report_csv(
    state: StateDep,
    _user: ReportReader,
    year: Year = None,
    quarter: Quarter = None,
    month: Month = None,
    lang: Lang = "tr",
) -> Response:
    """The report's tables as CSV."""
    report = _report(state, year, quarter, month)
    name = f"report-{report.period.code}-{lang}.csv"
    return _file(report_csv(report, lang), "text/csv; charset=utf-8", name)


@router.get("/reports.xlsx", response_class=Response)
def get_report_xlsx(
    state: StateDep,
    _user: ReportReader,
    year: Year = None,
    quarter: Quarter = None,
    month: Month = None,
    lang: Lang = "tr",
) -> Response:
    """The report's tables as an Excel workbook, one sheet per table."""
    report = _report(state, year, quarter, month)
    media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return _file(report_xlsx(report, lang), media, f"report-{report.period.code}-{lang}.xlsx")
