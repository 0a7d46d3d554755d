"""The work behind `sofra demo` and `sofra plan`: plan shifts from a store, write files, summarise.

Both plan through `scheduler.stored` (the API's planning jobs do too): `sofra demo` from a
temporary store filled with the demo town (`demo.store`), `sofra plan` from the configured
store. Both save each plan as a version in their store and write the same files.

Files are first written to a private staging folder beside `--out`; only when the run has
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
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from sqlalchemy import Engine

from cli.actor import cli_actor
from domain.lang import (
    format_duration,
    format_km,
    format_minutes,
    format_percent,
    shift_name,
    summary_label,
)
from routing.model import SolveParams
from scheduler.day_plan import ShiftPlan, Town
from scheduler.due import held_text
from scheduler.settings import SchedulerSettings
from scheduler.stored import SavedPlan, plan_and_save
from sheets.outputs import write_day_map, write_shift
from sheets.plan_views import kitchen_view, reason_text, route_views
from sheets.roads import path_along_roads, road_lines
from sheets.settings import SheetsSettings
from sheets.view import RouteView
from store.exports.files import private_dir, private_umask

console = Console()

DEMO_ACTOR = "demo"


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


def _params(settings: SchedulerSettings, time_limit_s: float | None) -> SolveParams:
    return settings.solve_params(time_limit_s)


def run_demo(
    day: dt.date, shifts: list[str], out: Path, lang: str, time_limit_s: float | None
) -> list[ShiftPlan]:
    """`sofra demo`: the demo town into a temporary store, `shifts` of `day` planned from it
    (each after yesterday's, whose drivers it keeps), everything written under `out`."""
    from config import get_settings
    from demo.store import fill_demo_store
    from demo.town import demo_town
    from store.db import open_store, session_scope

    config = get_settings()
    steps = 2 + 3 * len(shifts) + 1
    saved: list[SavedPlan] = []
    with _progress() as progress:
        task = progress.add_task("İnegöl yol ağı / road graph", total=steps)
        town = demo_town(config.geodata, config.scheduler, paths=config.paths)
        progress.advance(task)
        progress.update(task, description="Haneler / households → store")
        params = _params(town.settings, time_limit_s)
        yesterday = day - dt.timedelta(days=1)
        with tempfile.TemporaryDirectory(prefix="sofra-demo-") as tmp:
            engine = open_store(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
            try:
                with session_scope(engine) as session:
                    fill_demo_store(session, town.households, town.settings, actor=DEMO_ACTOR)
                progress.advance(task)
                for shift in shifts:
                    progress.update(task, description=f"{shift}: dünün planı / yesterday's plan")
                    _plan(engine, town, yesterday, shift, DEMO_ACTOR, params)
                    progress.advance(task)
                    progress.update(task, description=f"{shift}: bugünün planı / today's plan")
                    saved.append(_plan(engine, town, day, shift, DEMO_ACTOR, params))
                    progress.advance(task)
            finally:
                engine.dispose()
        map_path = _write(saved, out, lang, progress, task, config.sheets)
    _finish(saved, out, lang, map_path)
    return [s.plan for s in saved]


def run_plan(
    day: dt.date,
    shift: str,
    out: Path,
    lang: str,
    time_limit_s: float | None,
    demo_fleet: bool = False,
) -> SavedPlan:
    """`sofra plan`: `shift` of `day` planned from the configured store, saved there as the
    next version of that plan, and written under `out`. With `demo_fleet`, a store without a
    kitchen first gets İnegöl's demo kitchen, vans and drivers."""
    from config import get_settings
    from demo.store import add_demo_fleet
    from geodata.graph import load_graph
    from store.db import open_store, session_scope
    from store.repositories.fleet import active_kitchens

    config = get_settings()
    settings, paths = config.scheduler, config.paths
    with _progress() as progress:
        task = progress.add_task("Yol ağı / road graph", total=4)
        road = load_graph(paths.inegol_osm, config.geodata, cache_dir=paths.cache_dir)
        progress.advance(task)
        engine = open_store(config.database_url())
        try:
            if demo_fleet:
                with session_scope(engine) as session:
                    if not active_kitchens(session):
                        filled = add_demo_fleet(session, settings, actor=cli_actor())
                        console.print(
                            f"Demo mutfağı ve filosu eklendi / added the demo kitchen, "
                            f"{filled.vans} vans and {filled.drivers} drivers"
                        )
            progress.update(task, description=f"{shift}: plan")
            saved = plan_and_save(
                engine,
                road,
                settings,
                day=day,
                shift=shift,
                actor=cli_actor(),
                params=_params(settings, time_limit_s),
            )
            progress.advance(task)
        finally:
            engine.dispose()
        map_path = _write([saved], out, lang, progress, task, config.sheets)
    _finish([saved], out, lang, map_path)
    console.print(f"plan {saved.plan_id}: {saved.plan.day} {shift} v{saved.version} (store)")
    return saved


def _plan(
    engine: Engine, town: Town, day: dt.date, shift: str, actor: str, params: SolveParams
) -> SavedPlan:
    return plan_and_save(
        engine, town.road, town.settings, day=day, shift=shift, actor=actor, params=params
    )


def _write(
    saved: Sequence[SavedPlan],
    out: Path,
    lang: str,
    progress: Progress,
    task_id: TaskID,
    sheets: SheetsSettings,
) -> Path:
    """Write every file into a private staging folder, then publish it under `out` (see the
    module doc); the map's path under `out`."""
    with private_umask():
        private_dir(out)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out))
        try:
            map_path = _write_files(saved, staging, lang, progress, task_id, sheets)
            _publish(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return out / map_path.relative_to(staging)


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


def _write_files(
    saved: Sequence[SavedPlan],
    out: Path,
    lang: str,
    progress: Progress,
    task_id: TaskID,
    sheets: SheetsSettings,
) -> Path:
    """Route sheets, driver pages, plan/problem JSON and GeoJSON per shift, then the day's map."""
    town = saved[0].town
    roads = road_lines(town.road)
    views: list[RouteView] = []
    for s in saved:
        progress.update(task_id, description=f"{s.plan.shift}: rota föyleri / route sheets")
        shift_views = shift_route_views(s.town, s.plan)
        kitchen = kitchen_view(s.town.kitchen)
        write_shift(
            s.plan.problem, s.plan.solution, shift_views, kitchen, out / s.plan.shift, lang, roads
        )
        views.extend(shift_views)
        progress.advance(task_id)
    progress.update(task_id, description="Harita / map")
    unserved = [u for s in saved for u in s.plan.solution.unserved]
    day = saved[0].plan.day
    map_path = write_day_map(
        day, kitchen_view(town.kitchen), views, unserved, out, lang, roads, sheets
    )
    progress.advance(task_id)
    return map_path


def _finish(saved: Sequence[SavedPlan], out: Path, lang: str, map_path: Path) -> None:
    _print_summary(saved[0].town, [s.plan for s in saved], lang)
    console.print(f"\n[bold]Çıktılar / outputs:[/bold] {out}/  (harita / map: {map_path})")


def _summary_rows(town: Town, plan: ShiftPlan, lang: str) -> list[str]:
    s = plan.solution
    used = sum(1 for r in s.routes if any(t.visits for t in r.trips))
    share = plan.same_driver_share
    limit = format_minutes(town.settings.max_ride_min, lang)
    return [
        str(len(plan.households) + len(plan.held)),
        str(len(plan.held)),
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
    "due_today",
    "held",
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
        for h in plan.held:
            console.print(
                f"  [cyan]{plan.shift} {escape(h.ref)}[/cyan]: {escape(held_text(h, lang))}"
            )
        for u in plan.solution.unserved:
            console.print(
                f"  [yellow]{plan.shift} {escape(u.stop_id)}[/yellow]: "
                f"{escape(reason_text(u, lang))}"
            )
        for violation in plan.violations:
            console.print(f"  [red]{plan.shift}: {escape(violation)}[/red]")


def stop(message: str, code: int) -> NoReturn:
    """Print `message` to stderr and end the command with exit `code`."""
    import typer

    typer.echo(message, err=True)
    raise typer.Exit(code=code)
