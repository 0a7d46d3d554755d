"""`sofra demo` and `sofra plan`: a day's plans with sheets, driver pages and a map.

`sofra demo` needs nothing but the repository: it fills a temporary store with the demo town and
plans from it. `sofra plan` plans from the configured store (households imported with
`sofra households import`) and saves the plan there as a new version.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from domain.services import SHIFTS

Lang = Annotated[str, typer.Option("--lang", help="tr (Türkçe) or en (English)")]
Out = Annotated[Path, typer.Option("--out", help="folder for plans, sheets and the map")]
Date = Annotated[str | None, typer.Option(help="YYYY-MM-DD (default today)")]
TimeLimit = Annotated[
    float | None, typer.Option("--time-limit", help="solver seconds per shift (default 5)")
]


def _parse_date(text: str | None) -> dt.date:
    if text is None:
        from domain.clock import today

        return today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date; use YYYY-MM-DD") from None


def _check_shift(shift: str | None) -> list[str]:
    if shift is None:
        return list(SHIFTS)
    if shift not in SHIFTS:
        raise typer.BadParameter(f"shift must be one of {', '.join(SHIFTS)}, not {shift!r}")
    return [shift]


def register(app: typer.Typer) -> None:
    """Add `demo` and `plan` to the `sofra` app."""

    @app.command()
    def demo(
        out: Out = Path("sofra-out"),
        date: Date = None,
        shift: Annotated[
            str | None, typer.Option(help="breakfast or dinner (default both)")
        ] = None,
        lang: Lang = "tr",
        time_limit: TimeLimit = None,
    ) -> None:
        """Plan breakfast and dinner for İnegöl from the bundled data: sheets, pages, map."""
        from cli.day_run import run_demo

        run_demo(_parse_date(date), _check_shift(shift), out, lang, time_limit)

    @app.command()
    def plan(
        date: Date = None,
        shift: Annotated[str, typer.Option(help="breakfast or dinner")] = "dinner",
        out: Out = Path("sofra-out"),
        lang: Lang = "tr",
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
            run_plan(_parse_date(date), shifts[0], out, lang, time_limit, demo_fleet)
        except PlanningError as exc:
            stop(f"cannot plan: {exc}", code=1)
        except StoreError as exc:
            stop(f"error: {exc}", code=2)
