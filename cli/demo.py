"""`sofra demo` and `sofra plan`: a day's breakfast and dinner plans with sheets and a map."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from cli.options import DateOption, LangOption, OutFolder
from domain.clock import today

SHIFTS = ("breakfast", "dinner")  # as scheduler.settings.SHIFTS; kept here for a fast start-up
TimeLimit = Annotated[
    float | None,
    typer.Option("--time-limit", min=0.1, help="solver seconds per shift (default 5)"),
]


def _day(date: dt.date | None) -> dt.date:
    """The day asked for, else today in İnegöl."""
    return date or today()


def register(app: typer.Typer) -> None:
    """Add `demo` and `plan` to the `sofra` app."""

    @app.command()
    def demo(
        out: OutFolder = Path("sofra-out"),
        date: DateOption = None,
        lang: LangOption = "tr",
        time_limit: TimeLimit = None,
    ) -> None:
        """Plan breakfast and dinner for İnegöl from the bundled data: sheets, pages, map."""
        from cli.day_run import run_day

        run_day(_day(date), list(SHIFTS), out, lang, time_limit)

    @app.command()
    def plan(
        date: DateOption = None,
        shift: Annotated[str, typer.Option(help="breakfast or dinner")] = "dinner",
        out: OutFolder = Path("sofra-out"),
        lang: LangOption = "tr",
        time_limit: TimeLimit = None,
    ) -> None:
        """Plan one shift of one day for the demo town."""
        if shift not in SHIFTS:
            raise typer.BadParameter(
                f"shift must be one of {', '.join(SHIFTS)}, not {shift!r}", param_hint="--shift"
            )
        from cli.day_run import run_day

        run_day(_day(date), [shift], out, lang, time_limit)
