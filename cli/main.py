"""Entry point of the `sofra` command; each command group lives in its own module."""

from __future__ import annotations

import sys

import typer

from cli import (
    db,
    demo,
    graph,
    households,
    parcel_import,
    parcels,
    report,
    serve,
    simulate,
    solve,
    users,
    visits,
    whatsapp,
)

app = typer.Typer(
    name="sofra",
    help="Sofra: route planning for home-delivered meals (İnegöl).",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main() -> None:
    """Sofra: route planning for home-delivered meals (İnegöl)."""
    if "config" in sys.modules:  # importing config costs ~1.5 s (store, SQLAlchemy): only if used
        from config import reset_settings

        reset_settings()  # each command reads the settings tree from the environment afresh


for module in (
    demo,
    graph,
    solve,
    db,
    households,
    simulate,
    serve,
    users,
    parcels,
    report,
    visits,
    whatsapp,
    parcel_import,
):
    module.register(app)


if __name__ == "__main__":
    app()
