"""`sofra demo`: plan today's İnegöl day from the bundled data (grows with the planner)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add `demo` to the `sofra` app."""

    @app.command()
    def demo() -> None:
        """Plan today's breakfast and dinner for İnegöl from the bundled data."""
        typer.echo("Sofra demo: the planner is being built.")
