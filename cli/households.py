"""`sofra households import FILE` and `sofra households export`: the municipality's lists."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from cli.actor import cli_actor
from cli.options import LangOption

households_app = typer.Typer(help="Households: import and export.", no_args_is_help=True)


class ExportFormat(StrEnum):
    """Export file formats."""

    CSV = "csv"
    GEOJSON = "geojson"


@households_app.command("import")
def import_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help=".csv or .xlsx file"),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check and count; write nothing."),
    allow_extra_columns: bool = typer.Option(
        False,
        "--allow-extra-columns",
        help="Import although some columns are not Sofra's (they are left out); without it an "
        "unknown or misspelt column rejects the file.",
    ),
    lang: LangOption = "en",
) -> None:
    """Import households (Turkish or English columns): all rows or, on any bad row or unknown
    column, none."""
    from config import get_settings
    from store.db import open_store, session_scope
    from store.errors import StoreError
    from store.imports import ImportRejectedError, import_households

    settings = get_settings()
    try:
        engine = open_store(settings.database_url())
        try:
            with session_scope(engine) as session:
                result = import_households(
                    session,
                    file,
                    actor=cli_actor(),
                    settings=settings.store,
                    osm_path=settings.paths.inegol_osm,
                    dry_run=dry_run,
                    allow_extra_columns=allow_extra_columns,
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
        f"{verb} {result.total} households from {file.name}: {result.created} created, "
        f"{result.updated} updated, {result.unchanged} unchanged, {result.geocoded} geocoded"
    )
    if result.flagged:
        typer.echo(f"{len(result.flagged)} placed by a weak address match; check them on the map:")
        for flagged in result.flagged:
            typer.echo(
                f"  row {flagged.row}, {flagged.ref}: {flagged.method} match "
                f"'{flagged.matched_street}' (confidence {flagged.confidence:.2f})"
            )
    if result.ignored_columns:
        typer.echo(f"columns not used: {', '.join(result.ignored_columns)}")


@households_app.command("export")
def export_command(
    fmt: ExportFormat = typer.Option(ExportFormat.CSV, "--format", help="csv or geojson"),
    pseudonymise: bool = typer.Option(
        False, "--pseudonymise", help="For planners: no name, phone, address, diets or notes."
    ),
    out: Path | None = typer.Option(None, "--out", help="File to write (default: stdout)."),
    lang: LangOption = "en",
    include_inactive: bool = typer.Option(False, help="Also deactivated households."),
) -> None:
    """Export households as CSV (the import format) or GeoJSON points."""
    import io

    from config import get_settings
    from store.db import open_store, session_scope
    from store.exports.files import write_private_text
    from store.exports.households import (
        PSEUDONYMISED_COLUMNS,
        feature_collection,
        household_columns,
        household_record,
        pseudonymised_record,
        write_csv,
    )
    from store.exports.pseudonym import pseudonym_key
    from store.repositories.households import list_households

    settings = get_settings()
    engine = open_store(settings.database_url())
    try:
        with session_scope(engine) as session:
            households = list_households(session, active_only=not include_inactive)
            if pseudonymise:
                key, decimals = pseudonym_key(session), settings.store.pseudonym_decimals
                records = [pseudonymised_record(h, key=key, decimals=decimals) for h in households]
                columns = list(PSEUDONYMISED_COLUMNS)
            else:
                records = [household_record(h, lang=lang) for h in households]
                columns = household_columns(lang)
    finally:
        engine.dispose()
    buffer = io.StringIO()
    if fmt is ExportFormat.CSV:
        write_csv(records, buffer, columns)
    else:
        json.dump(feature_collection(records), buffer, ensure_ascii=False, default=str)
        buffer.write("\n")
    if out is None:
        sys.stdout.write(buffer.getvalue())
    else:
        write_private_text(out, buffer.getvalue())
        typer.echo(f"wrote {len(records)} households to {out}", err=True)


def register(app: typer.Typer) -> None:
    """Add the `households` group to the `sofra` app."""
    app.add_typer(households_app, name="households")
