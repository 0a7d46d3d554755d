"""`sofra demo` and `sofra plan`: a day's plans with sheets, driver pages and a map.

`sofra demo` needs nothing but the repository: it fills a temporary store with the demo town and
plans from it. `sofra plan` plans from the configured store (households imported with
`sofra households import`) and saves the plan there as a new version. Every option is checked as
it is parsed, before any work starts (`cli.options`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from cli.options import DateOption, LangOption, OutFolder
from domain.clock import today
from domain.services import SHIFTS

TimeLimit = Annotated[
    float | None,
    typer.Option("--time-limit", min=0.1, help="solver seconds per shift (default 5)"),
]


def _day(date: dt.date | None) -> dt.date:
    """The day asked for, else today in İnegöl."""
    return date or today()


def _check_shift(shift: str | None) -> list[str]:
    if shift is None:
        return list(SHIFTS)
    if shift not in SHIFTS:
        raise typer.BadParameter(
            f"shift must be one of {', '.join(SHIFTS)}, not {shift!r}", param_hint="--shift"
        )
    return [shift]


def register(app: typer.Typer) -> None:
    """Add `demo` and `plan` to the `sofra` app."""

    @app.command()
    def demo(
        out: OutFolder = Path("sofra-out"),
        date: DateOption = None,
        shift: Annotated[
            str | None, typer.Option(help="breakfast or dinner (default both)")
        ] = None,
        lang: LangOption = "tr",
        time_limit: TimeLimit = None,
    ) -> None:
        """Plan breakfast and dinner for İnegöl from the bundled data: sheets, pages, map."""
        shifts = _check_shift(shift)
        from cli.day_run import run_demo

        run_demo(_day(date), shifts, out, lang, time_limit)

    @app.command()
    def plan(
        date: DateOption = None,
        shift: Annotated[str, typer.Option(help="breakfast or dinner")] = "dinner",
        out: OutFolder = Path("sofra-out"),
        lang: LangOption = "tr",
        time_limit: TimeLimit = None,
        demo_fleet: Annotated[
            bool,
            typer.Option(
                "--demo-fleet",
                help="if the store has no kitchen, add İnegöl's demo kitchen, vans and drivers",
            ),
        ] = False,
    ) -> None:
        """Plan one shift from the store (DATABASE_URL, or the embedded SQLite file), save it
        as a new plan version there, and write sheets, pages and the map."""
        shifts = _check_shift(shift)
        from cli.day_run import run_plan, stop
        from scheduler.stored import PlanningError
        from store.errors import StoreError

        try:
            run_plan(_day(date), shifts[0], out, lang, time_limit, demo_fleet)
        except PlanningError as exc:
            stop(f"cannot plan: {exc}", code=1)
        except StoreError as exc:
            stop(f"error: {exc}", code=2)
