"""`sofra parcels import FILE.xlsx|csv` and `sofra parcels import --demo`: parcel families into
the store (all rows or none), added to the `parcels` group of `cli.parcels`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.actor import cli_actor
from cli.options import LangOption

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def import_command(
    file: Annotated[
        Path | None, typer.Argument(exists=True, dir_okay=False, help=".csv or .xlsx file")
    ] = None,
    demo: Annotated[
        bool, typer.Option("--demo", help="Load the 6,091 demo families instead of a file.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and count; write nothing.")
    ] = False,
    lang: LangOption = "en",
) -> None:
    """Import parcel families (Turkish or English columns): all rows or, on any bad row or
    unknown column, none."""
    from config import get_settings
    from store.db import open_store, session_scope
    from store.errors import StoreError
    from store.imports.parcel_families import import_parcel_families
    from store.imports.report import ImportRejectedError

    if (file is None) == (not demo):
        typer.echo("error: give a FILE or --demo (not both)", err=True)
        raise typer.Exit(code=2)
    settings = get_settings()
    try:
        engine = open_store(settings.database_url())
        try:
            with session_scope(engine) as session:
                if file is None:
                    n = _demo(session)
                    typer.echo(
                        f"Loaded {n} demo parcel families"
                        if n
                        else "The store already has parcel families; nothing loaded"
                    )
                    return
                result = import_parcel_families(
                    session,
                    file,
                    actor=cli_actor(),
                    settings=settings.store,
                    dry_run=dry_run,
                    lang=lang,
                )
        finally:
            engine.dispose()
    except ImportRejectedError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(code=1) from exc
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    verb = "Would import" if dry_run else "Imported"
    typer.echo(
        f"{verb} {result.total} parcel families from {file.name}: {result.created} created, "
        f"{result.updated} updated, {result.unchanged} unchanged"
    )


def _demo(session: Session) -> int:
    from config import get_settings
    from demo.parcel_store import fill_demo_families
    from demo.parcels import generate_families
    from geodata.graph import load_graph
    from store.repositories.parcels import count_families

    if count_families(session) > 0:
        return 0  # before the road graph: loading it takes seconds
    tree = get_settings()
    road = load_graph(tree.paths.inegol_osm, tree.geodata, cache_dir=tree.paths.cache_dir)
    return fill_demo_families(session, generate_families(road), actor=cli_actor())


def register(app: typer.Typer) -> None:
    """Add `import` to the `parcels` group (registered before, by `cli.parcels`)."""
    for group in app.registered_groups:
        if group.name == "parcels" and group.typer_instance is not None:
            group.typer_instance.command("import")(import_command)
            return
    raise RuntimeError("cli.parcels must be registered before cli.parcel_import")
