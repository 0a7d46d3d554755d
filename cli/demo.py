"""`sofra demo` and `sofra plan`: a day's breakfast and dinner plans with sheets and a map."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

Lang = Annotated[str, typer.Option("--lang", help="tr (Türkçe) or en (English)")]
Out = Annotated[Path, typer.Option("--out", help="folder for plans, sheets and the map")]
SHIFTS = ("breakfast", "dinner")  # as scheduler.settings.SHIFTS; kept here for a fast start-up
TimeLimit = Annotated[
    float | None, typer.Option("--time-limit", help="solver seconds per shift (default 5)")
]


def _parse_date(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date; use YYYY-MM-DD") from None


def register(app: typer.Typer) -> None:
    """Add `demo` and `plan` to the `sofra` app."""

    @app.command()
    def demo(
        out: Out = Path("sofra-out"),
        date: Annotated[str | None, typer.Option(help="YYYY-MM-DD (default today)")] = None,
        lang: Lang = "tr",
        time_limit: TimeLimit = None,
    ) -> None:
        """Plan breakfast and dinner for İnegöl from the bundled data: sheets, pages, map."""
        from cli.day_run import run_day

        run_day(_parse_date(date), list(SHIFTS), out, lang, time_limit)

    @app.command()
    def plan(
        date: Annotated[str | None, typer.Option(help="YYYY-MM-DD (default today)")] = None,
        shift: Annotated[str, typer.Option(help="breakfast or dinner")] = "dinner",
        out: Out = Path("sofra-out"),
        lang: Lang = "tr",
        time_limit: TimeLimit = None,
    ) -> None:
        """Plan one shift of one day for the demo town."""
        if shift not in SHIFTS:
            raise typer.BadParameter(f"shift must be one of {', '.join(SHIFTS)}, not {shift!r}")
        from cli.day_run import run_day

        run_day(_parse_date(date), [shift], out, lang, time_limit)
