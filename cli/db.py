"""`sofra db upgrade|current`: migrate the store (DATABASE_URL, or the embedded SQLite file).

The store is the settings tree's (`config.get_settings().database_url()`)."""

from __future__ import annotations

import typer

db_app = typer.Typer(help="The store: migrations.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade_command(
    revision: str = typer.Option("head", help="Migrate up to this revision."),
) -> None:
    """Create or migrate every table of the store (safe to run again)."""
    from config import get_settings
    from store.db import current_revision, make_engine, upgrade

    engine = make_engine(get_settings().database_url())
    upgrade(engine, revision)
    where = engine.url.render_as_string(hide_password=True)
    typer.echo(f"store {where} is at migration {current_revision(engine)}")
    engine.dispose()


@db_app.command("current")
def current_command() -> None:
    """Print the migration the store is at, and the newest one this Sofra knows."""
    from config import get_settings
    from store.db import current_revision, head_revision, make_engine

    engine = make_engine(get_settings().database_url())
    where = engine.url.render_as_string(hide_password=True)
    typer.echo(f"store {where}: at {current_revision(engine) or 'none'}, head {head_revision()}")
    engine.dispose()


def register(app: typer.Typer) -> None:
    """Add the `db` group to the `sofra` app."""
    app.add_typer(db_app, name="db")
