"""The work behind `sofra demo` / `sofra plan`: plan shifts, write files, print a summary.

Everything is first written to a private staging folder beside `--out`; only when the run has
succeeded does each written entry (a shift's folder, the map) replace its namesake under `--out`,
by renames. So a run never leaves yesterday's driver pages beside today's, a failed run leaves the
previous outputs whole, and entries Sofra did not write are left alone. Route sheets and driver
pages hold names, phones and diets: every file is its owner's only (0600, folders 0700).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from demo.calendar import demo_calendar
from demo.town import demo_town
from routing.model import SolveParams
from scheduler.day_plan import ShiftPlan, Town, plan_shift
from scheduler.outputs import road_lines, shift_route_views, write_day_map, write_shift
from scheduler.views import reason_text
from sheets.view import RouteView
from store.exports.files import private_dir, private_umask

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


def run_day(
    day: dt.date, shifts: list[str], out: Path, lang: str, time_limit_s: float | None
) -> list[ShiftPlan]:
    """Plan `shifts` of `day` for the demo town and write everything under `out` (replacing
    what an earlier run wrote there; see the module doc)."""
    with private_umask():
        private_dir(out)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out))
        try:
            town, plans, map_path = _plan_and_write(day, shifts, staging, lang, time_limit_s)
            _publish(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    _print_summary(town, plans, lang)
    console.print(
        f"\n[bold]Çıktılar / outputs:[/bold] {out}/  "
        f"(harita / map: {out / map_path.relative_to(staging)})"
    )
    return plans


def _publish(staging: Path, out: Path) -> None:
    """Move every entry of `staging` to `out`, each replacing its namesake by renames."""
    trash = Path(tempfile.mkdtemp(prefix=f".{out.name}-old-", dir=out))
    try:
        for entry in sorted(staging.iterdir()):
            target = out / entry.name
            if target.exists() or target.is_symlink():
                os.replace(target, trash / entry.name)
            os.replace(entry, target)
    finally:
        shutil.rmtree(trash, ignore_errors=True)


def _plan_and_write(
    day: dt.date, shifts: list[str], out: Path, lang: str, time_limit_s: float | None
) -> tuple[Town, list[ShiftPlan], Path]:
    """Plan `shifts` of `day` and write their files and the day's map under `out`."""
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
            shift_views = shift_route_views(town, plan, lang)
            write_shift(town, plan, shift_views, out / shift, lang, roads)
            views.extend(shift_views)
            progress.advance(task)
        progress.update(task, description="Harita / map")
        map_path = write_day_map(town, plans, views, out, lang, roads)
        progress.advance(task)
    return town, plans, map_path


def _summary_rows(town: Town, plan: ShiftPlan) -> list[str]:
    s = plan.solution
    used = sum(1 for r in s.routes if any(t.visits for t in r.trips))
    share = plan.same_driver_share
    return [
        f"{used}/{len(plan.crews)}",
        f"{len(s.served_stop_ids)}/{len(plan.households)}",
        f"{s.driving_s / 60:.0f} dk",
        f"{s.distance_m / 1000:.1f} km",
        f"{s.max_ride_s / 60:.0f} / {town.settings.max_ride_min} dk",
        str(len(s.unserved)),
        "—" if share is None else f"{share:.0%}",
        "✓" if not plan.violations else f"✗ {len(plan.violations)}",
    ]


SUMMARY_LABELS = (
    "araç / vans used",
    "teslimat / stops served",
    "sürüş / driving",
    "mesafe / distance",
    "en uzun yol / longest ride",
    "hizmet dışı / unserved",
    "dünkü sürücü / same driver as yesterday",
    "doğrulama / verifier",
)


def _print_summary(town: Town, plans: list[ShiftPlan], lang: str) -> None:
    table = Table(title=f"Sofra · İnegöl · {plans[0].day.isoformat()}")
    table.add_column("")
    for plan in plans:
        table.add_column(plan.shift, justify="right")
    columns = [_summary_rows(town, plan) for plan in plans]
    for i, name in enumerate(SUMMARY_LABELS):
        table.add_row(name, *(column[i] for column in columns))
    console.print(table)
    for plan in plans:
        for u in plan.solution.unserved:
            console.print(f"  [yellow]{plan.shift} {u.stop_id}[/yellow]: {reason_text(u, lang)}")
        for violation in plan.violations:
            console.print(f"  [red]{plan.shift}: {violation}[/red]")
