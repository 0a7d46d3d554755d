"""`sofra parcels plan --month 2026-01 [--out DIR]`: a month of food-parcel rounds in one run.

Plans the demo families (6,091 on the bundled İnegöl extract): chooses each family's day,
routes every day, moves families between days where it saves driving, then writes the month
calendar (CSV + PNG), and per day `problem.json` and `plan.json` (so `sofra verify` replays
any day), a loading list per van and the route sheets (PDF).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.options import LangOption, OutFolder, parse_date_option
from domain.lang import label

if TYPE_CHECKING:
    from rich.console import Console

    from domain.parcels import Family
    from scheduler.parcels.assign import Assignment
    from scheduler.parcels.month import MonthPlan, ParcelDay, ParcelInputs
    from scheduler.parcels.replan import ReplanChange


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
        outcomes: Annotated[
            Path | None,
            typer.Option(
                "--outcomes",
                help="CSV family,day,outcome (delivered/not_home) of the days done: re-plan "
                "the rest of the month in --out, not-at-home families rescheduled",
                exists=True,
                dir_okay=False,
            ),
        ] = None,
        lang: LangOption = "tr",
    ) -> None:
        """Plan MONTH's parcel rounds for the demo families and write every file to --out."""
        if outcomes is not None:
            run_rest(month, out, outcomes, time_limit, sheets, lang)
            return
        run_parcels(month, out, time_limit, improve, deterministic, sheets, lang)

    @parcels.command("replan")
    def replan(
        folder: Annotated[
            Path,
            typer.Option("--dir", help="a month written by `sofra parcels plan`", file_okay=False),
        ],
        day: Annotated[
            dt.date,
            typer.Option("--day", help="YYYY-MM-DD", parser=parse_date_option, metavar="DAY"),
        ],
        van: Annotated[str, typer.Option("--van", help="the van that broke down, e.g. V2")],
        at: Annotated[str, typer.Option("--at", help="when it broke down, HH:MM")],
        done: Annotated[
            Path | None,
            typer.Option(
                "--done",
                help="CSV family,outcome (delivered/not_home) of the day so far "
                "(default: every visit started before --at is delivered)",
                exists=True,
                dir_okay=False,
            ),
        ] = None,
        time_limit: Annotated[
            float, typer.Option("--time-limit", min=0.1, help="solver seconds")
        ] = 4.0,
        sheets: Annotated[bool, typer.Option("--sheets/--no-sheets", help="route sheets")] = True,
        lang: LangOption = "tr",
    ) -> None:
        """Re-plan DAY after VAN broke down AT: delivered parcels stay, the rest moves."""
        run_replan(folder, day, van, at, done, time_limit, sheets, lang)


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

    from sheets.parcel_outputs import calendar_png, write_calendar_csv

    out.mkdir(parents=True, exist_ok=True)
    families = {d.id: d.family for d in plan.assignment.deliveries.values()}
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
    for k, (_day, pd) in enumerate(sorted(plan.days.items()), start=1):
        write_day(pd, out, families, inputs, sheets, lang)
        if callable(tick):
            tick(k)
    _write_unserved(plan, out / "unserved.csv", lang)


def write_day(
    pd: ParcelDay,
    out: Path,
    families: dict[str, Family],
    inputs: ParcelInputs,
    sheets: bool,
    lang: str,
) -> None:
    """One day's folder `out/YYYY-MM-DD`: problem.json, plan.json, loading.csv, route sheets
    (files holding names and addresses are the owner's only)."""
    from routing.jsonio import dump_problem, dump_solution
    from sheets.parcel_outputs import loading_lines, render_parcel_sheets, write_loading_csv
    from store.exports.files import private_umask

    folder = out / pd.day.isoformat()
    with private_umask():
        folder.mkdir(exist_ok=True)
        dump_problem(pd.problem, folder / "problem.json")
        dump_solution(pd.solution, folder / "plan.json")
        write_loading_csv(folder / "loading.csv", loading_lines(pd.solution, families), lang)
        if sheets:
            vans = {v.id: v for v in inputs.vans}
            render_parcel_sheets(
                folder / "route-sheets.pdf",
                pd.day,
                pd.solution,
                families,
                vans,
                inputs.warehouse,
                lang,
            )


def _write_unserved(plan: MonthPlan, path: Path, lang: str) -> None:
    import csv

    from domain.lang import parcel_reason
    from store.exports.files import private_umask

    with private_umask(), path.open("w", newline="", encoding="utf-8") as fh:
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


def demo_inputs() -> ParcelInputs:
    """The families, warehouse, vans and matrix a written month was planned from (the demo)."""
    from demo.parcels import demo_parcel_inputs

    return demo_parcel_inputs()


def _fail(console: Console, message: str, code: int = 2) -> typer.Exit:
    console.print(message, markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _day_stops(out: Path, month: dt.date) -> dict[dt.date, list[str]]:
    """Each written day's stop ids (its problem.json's stops), for the days of `month`."""
    import json

    found: dict[dt.date, list[str]] = {}
    for folder in sorted(out.glob(f"{month:%Y-%m}-??")):
        path = folder / "problem.json"
        if not path.is_file():
            continue
        day = dt.date.fromisoformat(folder.name)
        document = json.loads(path.read_text(encoding="utf-8"))
        found[day] = [str(s["id"]) for s in document.get("stops", [])]
    return found


def _written_assignment(out: Path, month: dt.date, inputs: ParcelInputs) -> Assignment:
    """The day choice of the month written in `out` (or a fresh one when nothing is there)."""
    from domain.parcels import BAYRAM_CAMPAIGNS_2026
    from scheduler.parcels.assign import assign_days
    from scheduler.parcels.calendar import deliveries, month_calendar
    from scheduler.parcels.month import xy_of
    from scheduler.parcels.outcomes import assignment_from_days

    calendar = month_calendar(month)
    stops = _day_stops(out, month)
    if stops:
        return assignment_from_days(inputs, calendar, stops)
    items = deliveries(inputs.families, calendar, BAYRAM_CAMPAIGNS_2026)
    xy, origin = xy_of(items, inputs.warehouse)
    return assign_days(calendar, items, xy, origin)


def run_replan(
    out: Path,
    day: dt.date,
    van: str,
    at: str,
    done_file: Path | None,
    time_limit: float,
    sheets: bool,
    lang: str,
) -> None:
    """`sofra parcels replan`: the day re-planned, its files and the receiving days rewritten."""
    import re

    from rich.console import Console

    from domain.clock import hhmm_to_s
    from routing.errors import ProblemError
    from routing.jsonio import load_problem, load_solution
    from scheduler.parcels.month import MonthParams, ParcelDay, route_day
    from scheduler.parcels.outcomes import OutcomeError, parse_outcomes
    from scheduler.parcels.replan import ReplanError, replan_day

    console = Console()
    if not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", at):
        raise _fail(console, label("bad_clock", lang, text=at))
    folder = out / day.isoformat()
    if not (folder / "problem.json").is_file() or not (folder / "plan.json").is_file():
        raise _fail(console, label("no_parcel_day", lang, day=day.isoformat(), path=out))
    try:
        problem = load_problem(folder / "problem.json")
        solution = load_solution(folder / "plan.json")
    except (ProblemError, ValueError) as exc:
        raise _fail(console, f"{folder}: {exc}") from None
    done = None
    if done_file is not None:
        try:
            outcomes = parse_outcomes(done_file.read_text(encoding="utf-8"), need_day=False)
        except (OutcomeError, UnicodeDecodeError) as exc:
            raise _fail(console, f"{done_file}: {exc}") from None
        other = [o for o in outcomes if o.day is not None and o.day != day]
        if other:
            raise _fail(console, f"{done_file}: {other[0].delivery} {other[0].day} ≠ {day}")
        done = {o.delivery: o.outcome for o in outcomes}
    inputs = demo_inputs()
    assignment = _written_assignment(out, day.replace(day=1), inputs)
    params = MonthParams(time_limit_s=time_limit)
    try:
        result = replan_day(
            ParcelDay(day, problem, solution),
            van_out=van,
            at_s=hhmm_to_s(at),
            done=done,
            assignment=assignment,
            params=params,
        )
    except ReplanError as exc:
        raise _fail(console, str(exc)) from None
    families = {d.id: d.family for d in assignment.deliveries.values()}
    write_day(result.day, out, families, inputs, sheets, lang)
    _write_changes(folder / f"replan-{van}.csv", result.changes, lang)
    for target in sorted(set(result.rescheduled.values())):
        if (out / target.isoformat()).is_dir():
            again = route_day(inputs, target, assignment.on(target), params)
            write_day(again, out, families, inputs, sheets, lang)
    _replan_summary(console, result, van, at, lang)


def _write_changes(path: Path, changes: Sequence[ReplanChange], lang: str) -> None:
    import csv

    from store.exports.files import private_umask

    with private_umask(), path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([label("col_ref", lang), label("col_change", lang), label("col_detail", lang)])
        for c in changes:
            w.writerow([c.stop_id, label(f"replan_{c.kind}", lang), c.detail])


def _replan_summary(console: Console, result: object, van: str, at: str, lang: str) -> None:
    from collections import Counter

    from scheduler.parcels.replan import Replan

    assert isinstance(result, Replan)
    counts = Counter(c.kind for c in result.changes)
    console.print(
        label(
            "replan_summary",
            lang,
            van=van,
            at=at,
            day=result.day.day.isoformat(),
            moved=counts["moved"],
            rescheduled=counts["rescheduled"],
            unserved=counts["unserved"],
            aboard=len(result.on_broken_van),
        ),
        markup=False,
        highlight=False,
    )
    for c in result.changes:
        console.print(f"  {c.stop_id}: {label(f'replan_{c.kind}', lang)} {c.detail}", markup=False)


def run_rest(
    month: dt.date, out: Path, outcomes_file: Path, time_limit: float, sheets: bool, lang: str
) -> None:
    """`sofra parcels plan --outcomes FILE`: the days after the outcomes re-planned in `out`."""
    import csv

    from rich.console import Console

    from domain.lang import parcel_reason
    from scheduler.parcels.month import MonthParams, check_month
    from scheduler.parcels.outcomes import OutcomeError, parse_outcomes, replan_rest
    from store.exports.files import private_umask

    console = Console()
    try:
        outcomes = parse_outcomes(outcomes_file.read_text(encoding="utf-8"))
        inputs = demo_inputs()
        assignment = _written_assignment(out, month, inputs)
        rest = replan_rest(inputs, assignment, outcomes, MonthParams(time_limit_s=time_limit))
    except (OutcomeError, UnicodeDecodeError) as exc:
        raise _fail(console, f"{outcomes_file}: {exc}") from None
    out.mkdir(parents=True, exist_ok=True)
    families = {d.id: d.family for d in assignment.deliveries.values()}
    for pd in rest.plan.days.values():
        write_day(pd, out, families, inputs, sheets, lang)
    with private_umask(), (out / "rescheduled.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([label("col_ref", lang), label("col_new_day", lang), label("col_detail", lang)])
        for ident, new_day in sorted(rest.rescheduled.items()):
            reason = "" if new_day else parcel_reason("not_at_home", lang)
            w.writerow([ident, new_day.isoformat() if new_day else "", reason])
    _summary(console, rest.plan, inputs, lang)
    moved = sum(1 for d in rest.rescheduled.values() if d is not None)
    console.print(
        label(
            "rest_summary",
            lang,
            day=rest.as_of.isoformat(),
            delivered=len(rest.delivered),
            moved=moved,
            left=len(rest.rescheduled) - moved,
            n=len(rest.plan.days),
        ),
        markup=False,
    )
    problems = check_month(rest.plan)
    if problems:
        raise _fail(console, "\n".join(problems[:20]), 1)
