"""`sofra report --year 2025 [--quarter 2025Q2 | --month 2026-01] [--lang en] [--out DIR]`.

Reads the store of the settings tree (the embedded SQLite file by default) and writes the PDF,
CSV and Excel of the period's report; prints the headline table. `--demo` reports the simulated
demo year instead (simulated on first use, then reused from the cache), its headline table next
to the published figures and the differences. Errors are one line, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from domain.clock import today
from domain.lang import check_lang


def register(app: typer.Typer) -> None:
    """Add `report` to the `sofra` app."""

    @app.command()
    def report(
        year: Annotated[
            int | None, typer.Option("--year", help="a calendar year, e.g. 2025")
        ] = None,
        quarter: Annotated[str | None, typer.Option("--quarter", help="e.g. 2025Q2")] = None,
        month: Annotated[str | None, typer.Option("--month", help="e.g. 2026-01")] = None,
        lang: Annotated[str, typer.Option("--lang", help="tr or en")] = "tr",
        out: Annotated[
            Path, typer.Option("--out", help="folder for the PDF, CSV and Excel")
        ] = Path("sofra-report"),
        demo: Annotated[
            bool, typer.Option("--demo", help="report the simulated demo year (simulated once)")
        ] = False,
        log_file: Annotated[
            Path | None,
            typer.Option("--log", help="a delivery-log file of parcels, visits, applications"),
        ] = None,
        days: Annotated[
            int | None,
            typer.Option("--days", min=1, hidden=True, help="simulate only the year's first days"),
        ] = None,
    ) -> None:
        """The office's report of a year, quarter or month from its own records."""
        try:
            lang = check_lang(lang)
            run_report(year, quarter, month, lang, out, demo, log_file, days)
        except typer.Exit:
            raise
        except Exception as error:  # one line, never a traceback
            if not _expected(error):
                raise
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from None


def _expected(error: Exception) -> bool:
    from domain.lang import UnsupportedLanguageError
    from scheduler.reports.log import DeliveryLogError
    from scheduler.reports.periods import PeriodError
    from store.errors import SchemaOutdatedError

    return isinstance(
        error,
        PeriodError | DeliveryLogError | UnsupportedLanguageError | SchemaOutdatedError | OSError,
    )


def _period_code(year: int | None, quarter: str | None, month: str | None) -> str:
    from scheduler.reports.periods import PeriodError

    given = [p for p in (str(year) if year else None, quarter, month) if p]
    if len(given) != 1:
        raise PeriodError("give exactly one of --year 2025, --quarter 2025Q2, --month 2026-01")
    return given[0]


def run_report(
    year: int | None,
    quarter: str | None,
    month: str | None,
    lang: str,
    out: Path,
    demo: bool,
    log_file: Path | None,
    days: int | None,
) -> None:
    """Read (or simulate), report, write the files, print the headline table."""
    from config import get_settings
    from demo.year import PUBLISHED_2025
    from domain.lang import label
    from geodata.graph import load_graph
    from scheduler.reports.periods import parse_period
    from scheduler.reports.source import mahalle_centroids, store_report
    from sheets.report_pdf import report_pdf
    from sheets.report_tables import report_csv, report_xlsx
    from sheets.report_text import costs_note
    from sheets.roads import road_lines
    from store.db import make_engine, open_store

    period = parse_period(_period_code(year, quarter, month))
    tree = get_settings()
    road = load_graph(tree.paths.inegol_osm, tree.geodata, cache_dir=tree.paths.cache_dir)
    notes: list[str] = []
    published = None
    if demo:
        store, log_file, note = _demo_year(road, period.start.year, lang, days)
        engine = make_engine(f"sqlite:///{store}")
        notes.append(note)
        notes.append(label("rep_no_fleet_parcels", lang))
        if period.code == "2025":
            published = {k: float(v) for k, v in PUBLISHED_2025.items()}
    else:
        engine = open_store(tree.database_url())
    try:
        report = store_report(
            engine,
            period,
            tree.reports,
            log_file=log_file or tree.reports.log_file,
            centroids=mahalle_centroids(road),
        )
    finally:
        engine.dispose()
    s = tree.reports
    notes.append(
        costs_note(
            s.cost_per_km_try, s.cost_per_van_day_try, s.cost_per_meal_try, s.co2_kg_per_km, lang
        )
    )
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"report-{period.code}-{lang}"
    files = {
        stem.with_suffix(".pdf"): report_pdf(
            report,
            lang=lang,
            roads=road_lines(road),
            published=published,
            notes=notes,
            made_on=today(),
        ),
        stem.with_suffix(".csv"): report_csv(report, lang),
        stem.with_suffix(".xlsx"): report_xlsx(report, lang),
    }
    for path, data in files.items():
        path.write_bytes(data)
    _print_headline(report, lang, published)
    for path in files:
        typer.echo(label("rep_written", lang, path=path))


def _demo_year(road: object, year: int, lang: str, days: int | None) -> tuple[Path, Path, str]:
    """The cached or freshly simulated demo year (with a progress bar): store, log, a note."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from config import get_settings
    from demo.year import demo_year
    from domain.lang import format_number, label
    from geodata.road import RoadGraph

    assert isinstance(road, RoadGraph)
    tree = get_settings()
    console = Console(stderr=True, width=None if sys.stderr.isatty() else 120)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        bar = progress.add_task(label("rep_simulating", lang, year=year), total=days or 365)
        run, fresh = demo_year(
            road,
            tree.scheduler,
            tree.paths.cache_dir,
            year=year,
            days=days,
            progress=lambda done, total: progress.update(bar, completed=done, total=total),
        )
        progress.update(bar, completed=days or 365)
    seconds = format_number(run.seconds, 0, lang)
    note = label("rep_simulated" if fresh else "rep_reused", lang, seconds=seconds)
    return run.store, run.log, note


def _print_headline(report: object, lang: str, published: dict[str, float] | None) -> None:
    from domain.reports import Report
    from sheets.report_pdf import headline_rows
    from sheets.report_text import period_text

    assert isinstance(report, Report)
    rows = headline_rows(report, lang, published)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    typer.echo(period_text(report.period, lang))
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        typer.echo("  ".join(cells).rstrip())
        if n == 0:
            typer.echo("  ".join("-" * w for w in widths))
