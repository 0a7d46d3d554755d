"""`sofra graph FILE`: build (or load from the cache) a road graph and print its summary."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add `graph` to the `sofra` app."""

    @app.command()
    def graph(
        file: Path = typer.Argument(..., help="OSM file (.osm, .osm.xml, .osm.gz/.bz2, .osm.pbf)"),
    ) -> None:
        """Build the drivable road graph of FILE (cached) and print a one-line JSON summary."""
        import json  # heavy geodata imports stay out of CLI start-up

        from config import get_settings
        from geodata.errors import OsmFileError
        from geodata.graph import load_graph

        settings = get_settings()
        try:
            road = load_graph(file, settings.geodata, cache_dir=settings.paths.cache_dir)
        except OsmFileError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=2) from exc
        typer.echo(json.dumps(road.summary.as_dict(), ensure_ascii=False))
