"""Options shared by the `sofra` commands, checked as they are parsed, before any work starts:
a refused `--lang de` or `--date 31.02.2025` costs no time and writes nothing.

Dates are read by `domain.clock.parse_date`, as in the spreadsheet import: 2025-01-31 or
31.01.2025, within 2000..2100.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from domain.clock import DATE_MAX, DATE_MIN, DateError, DateOutOfRangeError, parse_date
from domain.lang.labels import LANGS, both_languages, check_lang


def check_lang_option(value: str) -> str:
    """`value` if Sofra has labels in it ("tr", "en"); else a usage error naming them."""
    try:
        return check_lang(value)
    except ValueError:
        raise typer.BadParameter(
            both_languages("unsupported_lang", code=value, langs=", ".join(LANGS))
        ) from None


def parse_date_option(value: str) -> dt.date:
    """A `--date` as 2025-01-31 or 31.01.2025; else a usage error."""
    if isinstance(value, dt.date):  # a default given as a date
        return value
    try:
        return parse_date(value)
    except DateOutOfRangeError:
        low, high = DATE_MIN.isoformat(), DATE_MAX.isoformat()
        message = both_languages("date_out_of_range", text=value, low=low, high=high)
        raise typer.BadParameter(message) from None
    except DateError:
        raise typer.BadParameter(both_languages("bad_date", text=value)) from None


def check_out_folder(value: Path) -> Path:
    """An `--out` folder: missing (it will be made) or a folder, never a file."""
    if value.exists() and not value.is_dir():
        raise typer.BadParameter(both_languages("out_not_a_folder", path=value))
    return value


LangOption = Annotated[
    str, typer.Option("--lang", help="tr (Türkçe) or en (English)", callback=check_lang_option)
]
DateOption = Annotated[
    dt.date | None,
    typer.Option(
        "--date",
        help="YYYY-MM-DD or DD.MM.YYYY (default today)",
        parser=parse_date_option,
        metavar="DATE",
    ),
]
OutFolder = Annotated[
    Path,
    typer.Option("--out", help="folder for plans, sheets and the map", callback=check_out_folder),
]
