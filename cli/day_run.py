"""The work behind `sofra demo` / `sofra plan`: plan shifts, write files, print a summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from demo.calendar import demo_calendar
from demo.town import demo_town
from domain.lang import (
    format_duration,
    format_km,
    format_minutes,
    format_percent,
    shift_name,
    summary_label,
)
from routing.model import SolveParams
from scheduler.day_plan import ShiftPlan, Town, plan_shift
from sheets.outputs import write_day_map, write_shift
from sheets.plan_views import kitchen_view, reason_text, route_views
from sheets.roads import path_along_roads, road_lines
from sheets.view import RouteView

console = Console()


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def shift_route_views(town: Town, plan: ShiftPlan) -> list[RouteView]:
    """Route views of one shift plan, with paths along the real roads."""
    return route_views(
        plan.solution,
        plan.crews,
        plan.households,
        kitchen_view(town.kitchen),
        plan.day,
        plan.shift,
        town.settings.max_ride_min,
        path_along_roads(town.road),
    )


def run_day(
    day: dt.date, shifts: list[str], out: Path, lang: str, time_limit_s: float | None
) -> list[ShiftPlan]:
    """Plan `shifts` of `day` for the demo town and write everything under `out`."""
    steps = 2 + 3 * len(shifts) + 1
    plans: list[ShiftPlan] = []
    views: list[RouteView] = []
    with _progress() as progress:
        task = progress.add_task("İnegöl yol ağı / road graph", total=steps)
        town = demo_town()
        progress.advance(task)
        progress.update(task, description="Haneler / households")
        limit = time_limit_s or town.settings.solver_time_limit_s
        params = SolveParams(time_limit_s=limit, seed=1)
        yesterday = day - dt.timedelta(days=1)
        calendars = {d: demo_calendar(town.households, d) for d in (yesterday, day)}
        roads = road_lines(town.road)
        progress.advance(task)
        for shift in shifts:
            progress.update(task, description=f"{shift}: dünün planı / yesterday's plan")
            before = plan_shift(town, yesterday, shift, calendars[yesterday], params=params)
            progress.advance(task)
            progress.update(task, description=f"{shift}: bugünün planı / today's plan")
            plan = plan_shift(town, day, shift, calendars[day], previous=before, params=params)
            plans.append(plan)
            progress.advance(task)
            progress.update(task, description=f"{shift}: rota föyleri / route sheets")
            shift_views = shift_route_views(town, plan)
            kitchen = kitchen_view(town.kitchen)
            write_shift(plan.problem, plan.solution, shift_views, kitchen, out / shift, lang, roads)
            views.extend(shift_views)
            progress.advance(task)
        progress.update(task, description="Harita / map")
        unserved = [u for plan in plans for u in plan.solution.unserved]
        map_path = write_day_map(day, kitchen_view(town.kitchen), views, unserved, out, lang, roads)
        progress.advance(task)
    _print_summary(town, plans, lang)
    console.print(f"\n[bold]Çıktılar / outputs:[/bold] {out}/  (harita / map: {map_path})")
    return plans


def _summary_rows(town: Town, plan: ShiftPlan, lang: str) -> list[str]:
    s = plan.solution
    used = sum(1 for r in s.routes if any(t.visits for t in r.trips))
    share = plan.same_driver_share
    limit = format_minutes(town.settings.max_ride_min, lang)
    return [
        f"{used}/{len(plan.crews)}",
        f"{len(s.served_stop_ids)}/{len(plan.households)}",
        format_duration(s.driving_s, lang),
        format_km(s.distance_m, lang),
        f"{format_minutes(s.max_ride_s / 60, lang)} / {limit}",
        str(len(s.unserved)),
        "—" if share is None else format_percent(share, lang),
        "✓" if not plan.violations else f"✗ {len(plan.violations)}",
    ]


SUMMARY_KEYS = (
    "vans_used",
    "stops_served",
    "driving",
    "distance",
    "longest_ride",
    "unserved",
    "same_driver",
    "verifier",
)
"""The rows of the summary table, named in both languages ("sürüş / driving")."""


def _print_summary(town: Town, plans: list[ShiftPlan], lang: str) -> None:
    table = Table(title=f"Sofra · İnegöl · {plans[0].day.isoformat()}")
    table.add_column("")
    for plan in plans:
        table.add_column(shift_name(plan.shift, lang), justify="right")
    columns = [_summary_rows(town, plan, lang) for plan in plans]
    for i, key in enumerate(SUMMARY_KEYS):
        name = f"{summary_label(key, 'tr')} / {summary_label(key, 'en')}"
        table.add_row(name, *(column[i] for column in columns))
    console.print(table)
    for plan in plans:
        for u in plan.solution.unserved:
            console.print(f"  [yellow]{plan.shift} {u.stop_id}[/yellow]: {reason_text(u, lang)}")
        for violation in plan.violations:
            console.print(f"  [red]{plan.shift}: {violation}[/red]")
