"""`sofra parcels plan --month 2026-01 [--out DIR]`: a month of food-parcel rounds in one run.

Plans the demo families (6,091 on the bundled İnegöl extract): chooses each family's day,
routes every day, moves families between days where it saves driving, then writes the month
calendar (CSV + PNG), and per day `problem.json` and `plan.json` (so `sofra verify` replays
any day), a loading list per van and the route sheets (PDF).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.options import LangOption, OutFolder
from domain.lang import label

if TYPE_CHECKING:
    from rich.console import Console

    from scheduler.parcels.month import MonthPlan, ParcelInputs


def _month(value: str) -> dt.date:
    from domain.lang.labels import both_languages
    from scheduler.parcels.calendar import parse_month

    if isinstance(value, dt.date):
        return value
    try:
        return parse_month(value)
    except ValueError:
        raise typer.BadParameter(both_languages("bad_month", text=value)) from None


MonthOption = Annotated[
    dt.date,
    typer.Option("--month", help="YYYY-MM", parser=_month, metavar="MONTH"),
]


def register(app: typer.Typer) -> None:
    """Add the `parcels` group to the `sofra` app."""
    parcels = typer.Typer(help="Food parcels: plan a month of deliveries.", no_args_is_help=True)
    app.add_typer(parcels, name="parcels")

    @parcels.command("plan")
    def plan(
        month: MonthOption,
        out: OutFolder = Path("sofra-parcels"),
        time_limit: Annotated[
            float, typer.Option("--time-limit", min=0.1, help="solver seconds per day")
        ] = 4.0,
        improve: Annotated[
            float, typer.Option("--improve", min=0.0, help="seconds for moving families")
        ] = 60.0,
        deterministic: Annotated[
            bool, typer.Option("--deterministic", help="same input, same plan")
        ] = False,
        sheets: Annotated[bool, typer.Option("--sheets/--no-sheets", help="route sheets")] = True,
        lang: LangOption = "tr",
    ) -> None:
        """Plan MONTH's parcel rounds for the demo families and write every file to --out."""
        run_parcels(month, out, time_limit, improve, deterministic, sheets, lang)


def run_parcels(
    month: dt.date,
    out: Path,
    time_limit: float,
    improve: float,
    deterministic: bool,
    sheets: bool,
    lang: str,
) -> None:
    """Plan, summarise and write (see the module docstring)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    from demo.parcels import demo_parcel_inputs
    from scheduler.parcels.calendar import month_calendar
    from scheduler.parcels.month import MonthParams, check_month, plan_month

    console = Console()
    calendar = month_calendar(month)
    if not calendar.days:
        console.print(label("no_working_day", lang, month=month.strftime("%Y-%m")))
        raise typer.Exit(1)
    inputs = demo_parcel_inputs()
    params = MonthParams(time_limit_s=time_limit, improve_s=improve, deterministic=deterministic)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
    )
    with Progress(*columns, TimeElapsedColumn(), console=console, transient=False) as bar:
        tasks: dict[str, TaskID] = {}

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(label(f"stage_{stage}", lang), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        month_plan = plan_month(inputs, calendar, params, tick)
        tick("write", 0, len(month_plan.days))
        write_month(
            month_plan, inputs, out, sheets, lang, lambda k: tick("write", k, len(month_plan.days))
        )
    _summary(console, month_plan, inputs, lang)
    problems = check_month(month_plan)
    if problems:
        console.print("[red]" + "\n".join(problems[:20]))
        raise typer.Exit(1)
    console.print(label("parcels_written", lang, n=len(month_plan.days), path=out))


def write_month(
    plan: MonthPlan,
    inputs: ParcelInputs,
    out: Path,
    sheets: bool,
    lang: str,
    tick: object = None,
) -> None:
    """The calendar, and per day problem.json, plan.json, loading.csv and route sheets."""
    from collections import Counter

    from routing.jsonio import dump_problem, dump_solution
    from sheets.parcel_outputs import (
        calendar_png,
        loading_lines,
        render_parcel_sheets,
        write_calendar_csv,
        write_loading_csv,
    )

    out.mkdir(parents=True, exist_ok=True)
    families = {d.id: d.family for d in plan.assignment.deliveries.values()}
    vans = {v.id: v for v in inputs.vans}
    served = {i for pd in plan.days.values() for i in pd.solution.served_stop_ids}
    count: Counter[tuple[dt.date, str]] = Counter()
    kg: Counter[tuple[dt.date, str]] = Counter()
    for day, pd in plan.days.items():
        for stop in pd.problem.stops:
            if stop.id in served:
                hood = families[stop.id].neighbourhood
                count[(day, hood)] += 1
                kg[(day, hood)] += families[stop.id].kg
    rows = [(day, hood, n, kg[(day, hood)]) for (day, hood), n in sorted(count.items())]
    write_calendar_csv(out / "calendar.csv", rows, lang)
    calendar_png(out / "calendar.png", rows, plan.calendar.month, lang)
    for k, (day, pd) in enumerate(sorted(plan.days.items()), start=1):
        folder = out / day.isoformat()
        folder.mkdir(exist_ok=True)
        dump_problem(pd.problem, folder / "problem.json")
        dump_solution(pd.solution, folder / "plan.json")
        write_loading_csv(folder / "loading.csv", loading_lines(pd.solution, families), lang)
        if sheets:
            render_parcel_sheets(
                folder / "route-sheets.pdf",
                day,
                pd.solution,
                families,
                vans,
                inputs.warehouse,
                lang,
            )
        if callable(tick):
            tick(k)
    _write_unserved(plan, out / "unserved.csv", lang)


def _write_unserved(plan: MonthPlan, path: Path, lang: str) -> None:
    import csv

    from domain.lang import parcel_reason

    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                label("col_ref", lang),
                label("neighbourhood", lang),
                label("unserved_reasons", lang),
                label("col_detail", lang),
            ]
        )
        for ident, (reason, detail) in plan.unserved.items():
            f = plan.assignment.deliveries[ident].family
            w.writerow([ident, f.neighbourhood, parcel_reason(reason, lang), detail])


def _summary(console: Console, plan: MonthPlan, inputs: ParcelInputs, lang: str) -> None:
    from collections import Counter

    from rich.table import Table

    from domain.lang import format_duration, parcel_reason

    families = {d.id: d.family for d in plan.assignment.deliveries.values()}
    table = Table(title=label("month_title", lang, month=plan.calendar.month.strftime("%Y-%m")))
    for key in (
        "sum_day",
        "sum_families",
        "sum_kg",
        "sum_vans",
        "sum_driving",
        "sum_km",
        "sum_unserved",
    ):
        table.add_column(label(key, lang), justify="right")
    totals = [0, 0, 0, 0, 0]
    for day, pd in sorted(plan.days.items()):
        served = pd.solution.served_stop_ids
        kg = sum(families[i].kg for i in served)
        vans = len({r.vehicle_id.rsplit("-", 1)[0] for r in pd.solution.routes})
        row = [
            len(served),
            kg,
            pd.solution.driving_s,
            pd.solution.distance_m,
            len(pd.solution.unserved),
        ]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        table.add_row(
            day.isoformat(),
            f"{row[0]:,}",
            f"{kg:,}",
            str(vans),
            format_duration(row[2], lang),
            f"{row[3] / 1000:.1f}",
            str(row[4]),
        )
    unserved = plan.unserved
    table.add_row(
        label("sum_total", lang),
        f"{totals[0]:,}",
        f"{totals[1]:,}",
        "",
        format_duration(totals[2], lang),
        f"{totals[3] / 1000:.1f}",
        str(len(unserved)),
        style="bold",
    )
    console.print(table)
    reasons = Counter(reason for reason, _ in unserved.values())
    for reason, n in reasons.most_common():
        console.print(f"  {parcel_reason(reason, lang)}: {n}")
    del inputs
