"""`sofra visits plan --week 2026-01-05 --demo [--out DIR]`: a week of home visits in one run.

Plans the demo week (8 teams, ~300 visits on the bundled İnegöl extract): assigns every visit
a day and a team, routes each team-day on the engine with windows, skills, working hours and
the lunch break, checks every team-day with the verifier, prints the summary (and the share of
people seen by the same team as last time), and writes per team-day the day sheet (PDF), the
phone page (HTML), `problem.json` and `plan.json` (`sofra verify` replays any team-day), and
`unplaced.csv` with the reasons. Files holding personal data are written mode 0600.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.options import LangOption, OutFolder
from domain.lang import label

if TYPE_CHECKING:
    from rich.console import Console

    from scheduler.visits.week import VisitInputs, WeekPlan


def _week(value: str) -> dt.date:
    from domain.lang.labels import both_languages

    if isinstance(value, dt.date):
        return value
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(both_languages("visit_bad_week", text=value)) from None
    if day.isoweekday() != 1:
        raise typer.BadParameter(both_languages("visit_bad_week", text=value))
    return day


WeekOption = Annotated[
    dt.date, typer.Option("--week", help="the Monday, YYYY-MM-DD", parser=_week, metavar="WEEK")
]


def register(app: typer.Typer) -> None:
    """Add the `visits` group to the `sofra` app."""
    visits = typer.Typer(
        help="Home visits: plan a week of the teams' visits.", no_args_is_help=True
    )
    app.add_typer(visits, name="visits")

    @visits.command("plan")
    def plan(
        week: WeekOption,
        demo: Annotated[bool, typer.Option("--demo", help="the demo teams and visits")] = False,
        out: OutFolder = Path("sofra-visits"),
        time_limit: Annotated[
            float | None,
            typer.Option("--time-limit", min=0.1, help="solver seconds per team-day"),
        ] = None,
        deterministic: Annotated[
            bool | None, typer.Option("--deterministic/--fast", help="same input, same plan")
        ] = None,
        lang: LangOption = "tr",
    ) -> None:
        """Plan WEEK's home visits and write every file to --out."""
        if not demo:
            typer.echo(label("visit_demo_only", lang), err=True)
            raise typer.Exit(2)
        run_visits(week, out, time_limit, deterministic, lang)


def run_visits(
    week: dt.date, out: Path, time_limit: float | None, deterministic: bool | None, lang: str
) -> None:
    """Plan, summarise, check and write (see the module docstring); the engine's budget, seed
    and mode default to the settings tree's `visits` section."""
    from dataclasses import replace

    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    from config import get_settings
    from demo.visits import demo_visit_inputs
    from scheduler.visits.week import check_week, plan_week

    console = Console()
    inputs = demo_visit_inputs(week_start=week)
    params = get_settings().visits.week_params()
    if time_limit is not None:
        params = replace(params, time_limit_s=time_limit)
    if deterministic is not None:
        params = replace(params, deterministic=deterministic)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
    )
    with Progress(*columns, TimeElapsedColumn(), console=console, transient=False) as bar:
        tasks: dict[str, TaskID] = {}

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(label(f"visit_stage_{stage}", lang), total=total)
            bar.update(tasks[stage], completed=done, total=max(1, total))

        week_plan = plan_week(inputs, week, params, tick)
        n = len(week_plan.team_days)
        tick("write", 0, n)
        write_week(week_plan, inputs, out, lang, lambda k: tick("write", k, n))
    summary(console, week_plan, lang)
    problems = check_week(week_plan)
    if problems:
        console.print(label("visit_check_failed", lang))
        for line in problems[:20]:
            console.print(f"  {line}", markup=False)
        raise typer.Exit(1)
    console.print(label("visit_written", lang, n=len(week_plan.team_days), path=out))


def _private(path: Path) -> None:
    os.chmod(path, 0o600)


def write_week(
    plan: WeekPlan, inputs: VisitInputs, out: Path, lang: str, tick: object = None
) -> None:
    """Per team-day: the day sheet (PDF), the phone page (HTML), problem.json and plan.json;
    the week's unplaced visits with reasons (CSV). Personal data: mode 0600."""
    import csv

    from domain.lang.visits_labels import visit_word
    from routing.jsonio import dump_problem, dump_solution
    from sheets.visit_outputs import render_team_day_page, render_team_day_pdf, sheet_from_solution

    out.mkdir(parents=True, exist_ok=True)
    for k, ((day, code), td) in enumerate(sorted(plan.team_days.items()), start=1):
        folder = out / day.isoformat() / code
        folder.mkdir(parents=True, exist_ok=True)
        dump_problem(td.problem, folder / "problem.json")
        dump_solution(td.solution, folder / "plan.json")
        sheet = sheet_from_solution(day, td.team, inputs.office, td.solution, plan.visits)
        render_team_day_pdf([sheet], lang, folder / "day-sheet.pdf")
        (folder / "phone.html").write_text(render_team_day_page(sheet, lang), encoding="utf-8")
        for name in ("problem.json", "plan.json", "day-sheet.pdf", "phone.html"):
            _private(folder / name)
        if callable(tick):
            tick(k)
    path = out / "unplaced.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["visit", label("visit_what", lang), label("visit_outcome", lang), "detail"])
        for ident, (reason, detail) in sorted(plan.unplaced.items()):
            v = plan.visits[ident]
            w.writerow(
                [
                    ident,
                    visit_word("kind", v.kind.code, lang),
                    visit_word("reason", reason, lang),
                    detail,
                ]
            )
    _private(path)


def summary(console: Console, plan: WeekPlan, lang: str) -> None:
    """The week per day: team-days, visits, not placed, driving, km, same team as last time."""
    from collections import Counter

    from rich.table import Table

    from domain.lang import format_duration, format_percent
    from domain.lang.visits_labels import visit_word
    from scheduler.visits.week import continuity_of

    table = Table(title=label("visit_week_title", lang, week=plan.week_start.isoformat()))
    for key in (
        "visit_col_day",
        "visit_col_team_days",
        "visit_col_visits",
        "visit_col_driving",
        "visit_col_km",
        "visit_col_same_team",
    ):
        table.add_column(label(key, lang), justify="right")
    served = plan.served()
    for day in plan.days:
        tds = [td for (d, _c), td in plan.team_days.items() if d == day]
        on_day = {i: k for i, k in served.items() if k[0] == day}
        prev, same = continuity_of(plan.visits, on_day)
        table.add_row(
            day.isoformat(),
            str(sum(1 for td in tds if td.solution.served_stop_ids)),
            str(len(on_day)),
            format_duration(sum(td.solution.driving_s for td in tds), lang),
            f"{sum(td.solution.distance_m for td in tds) / 1000:.1f}",
            f"{same}/{prev}",
        )
    prev, same = plan.continuity()
    table.add_row(
        label("visit_total", lang),
        str(sum(1 for td in plan.team_days.values() if td.solution.served_stop_ids)),
        str(len(served)),
        format_duration(plan.driving_s, lang),
        f"{plan.distance_m / 1000:.1f}",
        f"{same}/{prev}",
        style="bold",
    )
    console.print(table)
    share = format_percent(same / prev if prev else 0.0, lang)
    console.print(label("visit_continuity", lang, same=same, total=prev, share=share))
    console.print(f"{label('visit_col_unplaced', lang)}: {len(plan.unplaced)}")
    for reason, n in Counter(r for r, _ in plan.unplaced.values()).most_common():
        console.print(f"  {visit_word('reason', reason, lang)}: {n}")
